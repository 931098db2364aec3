import Testing
@testable import RelGraph
@testable import RelGraphFormats
import TestSupport

@Suite("Bibliography: sources, the ties they support, and thin evidence")
struct BibliographyTests {
    func ledger(on day: String? = nil) throws -> SourceLedger {
        let result = load(try Fixture.text("bibliography.yaml"), path: "bibliography.yaml")
        let model = try #require(result.model)
        return SourceLedger(model, on: day.flatMap(PartialDate.init(parsing:))?.firstDay)
    }

    @Test("single-source ties, low-graded-only ties and uncited sources")
    func flags() throws {
        let ledger = try ledger()
        #expect(ledger.singleSourceTies.map(ledger.name(ofTie:)) == ["A~C:friction", "B->C:support"])
        #expect(ledger.lowGradeOnlyTies.map(ledger.name(ofTie:)) == ["A~C:friction"])
        #expect(ledger.uncitedSources.map(\.id) == ["unused"])
        // Two quotes from one source count once.
        #expect(ledger.entries.map { $0.ties.count } == [2, 2, 0])
        // Before 2024 the friction tie does not hold yet: only the alliance and the support count.
        let early = try self.ledger(on: "2023-06")
        #expect(early.tieIndices == [0, 2])
        #expect(early.lowGradeOnlyTies.isEmpty)
    }

    @Test("Markdown: a readable document, model text escaped")
    func markdown() throws {
        #expect(BibliographyFormat.markdown.write(try ledger()) == expectedMarkdown + "\n")
    }

    @Test("BibTeX: @online with a URL, @article otherwise, key = source id, TeX specials escaped")
    func bibtex() throws {
        #expect(BibliographyFormat.bibtex.write(try ledger()) == expectedBibTeX + "\n")
    }

    @Test("CSL-JSON: date-parts from the partial date, authors split where simple, keys sorted")
    func cslJSON() throws {
        #expect(BibliographyFormat.cslJSON.write(try ledger()) == expectedCSLJSON + "\n")
    }

    @Test("author names: split only when plainly a personal name")
    func names() {
        #expect(PersonName.list("Thornike Gordadze") == [.person(family: "Gordadze", given: "Thornike")])
        #expect(PersonName.list("John F. Kennedy") == [.person(family: "Kennedy", given: "John F.")])
        #expect(PersonName.list("O'Brien, Máire") == [.person(family: "O'Brien", given: "Máire")])
        #expect(PersonName.list("Ludwig van Beethoven") == [.literal("Ludwig van Beethoven")])
        #expect(PersonName.list("Carnegie Endowment for International Peace") == [.literal("Carnegie Endowment for International Peace")])
        #expect(PersonName.list("A. Smith; B. Jones & Chen Li") == [.person(family: "Smith", given: "A."), .person(family: "Jones", given: "B."), .person(family: "Li", given: "Chen")])
    }

    @Test("JSON strings escape quotes, backslashes and control characters, not slashes")
    func jsonStrings() {
        #expect(JSONText.compact("a\"b\\c\nd\u{1}é/f") == #""a\"b\\c\nd\u0001é/f""#)
        #expect(JSONText.pretty(["b": 1, "a": 2]) == "{\n  \"a\" : 2,\n  \"b\" : 1\n}\n")
    }

    @Test("the format follows the output file's extension")
    func formatFromExtension() {
        #expect(BibliographyFormat(path: "refs.bib") == .bibtex)
        #expect(BibliographyFormat(path: "out/refs.JSON") == .cslJSON)
        #expect(BibliographyFormat(path: "refs.md") == .markdown)
        #expect(BibliographyFormat(path: "refs.txt") == nil)
    }
}

private let expectedMarkdown = #"""
    # Sources of “Tiny &amp; &lt;bibliography&gt;”

    3 sources behind its 3 ties.

    ## Where the evidence is thin

    ### Ties resting on a single source (2)

    - `A~C:friction` — crisis-group
    - `B->C:support` — smith-2024

    ### Ties resting only on low-graded sources (1)

    - `A~C:friction` — crisis-group (D4)

    ### Sources cited by nothing (1)

    - unused — Nobody cites me

    ## Sources

    ### smith-2024

    “Pipelines {and} 100% of \_power\_”, Jane Smith, *Journal of Routes*, 2024-03. Grade B2. <https://example.org/a?x=1&y=%7B2%7D>

    Supports 2 ties (1 on this source alone):

    - `A~B:alliance`
    - `B->C:support` — only source

    ### crisis-group

    “A report”, International Crisis Group, *Crisis Group*, 2023-11-05. Grade D4 (low).

    Supports 2 ties (1 on this source alone; 1 only on low-graded sources):

    - `A~B:alliance`
    - `A~C:friction` — only source

    ### unused

    “Nobody cites me”, Doe, John and Ann Lee, 2022.

    Cited by no tie.
    """#

private let expectedBibTeX = #"""
    @online{smith-2024,
      author = {Smith, Jane},
      title = {Pipelines \{and\} 100\% of \_power\_},
      organization = {Journal of Routes},
      date = {2024-03},
      year = {2024},
      url = {https://example.org/a?x=1&y=%7B2%7D},
      annotation = {Admiralty grade B2. Supports 2 ties (1 on this source alone): A\textasciitilde{}B:alliance, B->C:support.}
    }

    @article{crisis-group,
      author = {{International Crisis Group}},
      title = {A report},
      journaltitle = {Crisis Group},
      date = {2023-11-05},
      year = {2023},
      annotation = {Admiralty grade D4 (low). Supports 2 ties (1 on this source alone; 1 only on low-graded sources): A\textasciitilde{}B:alliance, A\textasciitilde{}C:friction.}
    }

    @article{unused,
      author = {Doe, John and Lee, Ann},
      title = {Nobody cites me},
      date = {2022},
      year = {2022},
      annotation = {Cited by no tie.}
    }
    """#

private let expectedCSLJSON = #"""
    [
      {
        "URL" : "https://example.org/a?x=1&y=%7B2%7D",
        "author" : [
          {
            "family" : "Smith",
            "given" : "Jane"
          }
        ],
        "container-title" : "Journal of Routes",
        "id" : "smith-2024",
        "issued" : {
          "date-parts" : [
            [
              2024,
              3
            ]
          ]
        },
        "note" : "Admiralty grade B2. Supports 2 ties (1 on this source alone): A~B:alliance, B->C:support.",
        "title" : "Pipelines {and} 100% of _power_",
        "type" : "webpage"
      },
      {
        "author" : [
          {
            "literal" : "International Crisis Group"
          }
        ],
        "container-title" : "Crisis Group",
        "id" : "crisis-group",
        "issued" : {
          "date-parts" : [
            [
              2023,
              11,
              5
            ]
          ]
        },
        "note" : "Admiralty grade D4 (low). Supports 2 ties (1 on this source alone; 1 only on low-graded sources): A~B:alliance, A~C:friction.",
        "title" : "A report",
        "type" : "article-journal"
      },
      {
        "author" : [
          {
            "family" : "Doe",
            "given" : "John"
          },
          {
            "family" : "Lee",
            "given" : "Ann"
          }
        ],
        "id" : "unused",
        "issued" : {
          "date-parts" : [
            [
              2022
            ]
          ]
        },
        "note" : "Cited by no tie.",
        "title" : "Nobody cites me",
        "type" : "article"
      }
    ]
    """#
