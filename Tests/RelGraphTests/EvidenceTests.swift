import Testing
@testable import RelGraph
import TestSupport

@Suite("Evidence: quotes looked up in local copies of their sources")
struct EvidenceTests {
    @Test("typography does not count: quotes, dashes, spaces, line breaks, ellipsis characters")
    func normalization() {
        #expect(QuoteText.normalized("a “b” ‘c’ d′s — e\u{00A0}f\n\t g…") == #"a "b" 'c' d's-e f g..."#)
        #expect(QuoteText.normalized("Baku – Moscow") == QuoteText.normalized("Baku--Moscow"))
        #expect(QuoteText.normalized("co\u{00AD}operation\u{200B}") == "cooperation")
        // Composed and decomposed accents are the same text.
        #expect(QuoteText.normalized("Türkiye") == QuoteText.normalized("Tu\u{0308}rkiye"))
        // Case is not typography.
        #expect(QuoteText.normalized("Baku") != QuoteText.normalized("baku"))
    }

    @Test("an ellipsis splits a quote into parts, with the punctuation that leans on it")
    func fragments() {
        #expect(QuoteText.fragments("Relations have cooled ... and trade has fallen") == ["Relations have cooled", "and trade has fallen"])
        #expect(QuoteText.fragments("… first, [...] second; …. third …") == ["first", "second", "third"])
        #expect(QuoteText.fragments("no ellipsis here.") == ["no ellipsis here."])
        #expect(QuoteText.fragments(" ... ") == [])
    }

    @Test("parts must appear in order")
    func order() {
        let document = EvidenceText("one two three four")
        #expect(document.locate(["two", "four"]) == [4..<7, 14..<18])
        #expect(document.locate(["three", "one"]) == nil)
        #expect(EvidenceCheck.hint(["three", "one"], document) == "its parts are all in the document, but not in this order")
    }

    @Test("inline Markdown is ignored in every document, block markers in .md files")
    func markdown() {
        let text = "# Title\n> The **peace agreement** opened the [TRIPP corridor](https://example.org/tripp), *business as usual*.\n- snake_case stays"
        #expect(MarkdownPlainText.text(of: text, blockMarkers: true)
            == "Title\nThe peace agreement opened the TRIPP corridor, business as usual.\nsnake_case stays")
        #expect(MarkdownPlainText.text(of: "a [b](#) c", blockMarkers: false) == "a b c")
    }

    /// Appending to a `String.UnicodeScalarView` with `append(contentsOf:)` copies the whole
    /// view: normalising a 1.3 MB document took 48 s that way (quadratic), and at 4 MB it would
    /// take ten minutes. Here each piece is normalised alone and the whole must be their sum.
    @Test("a document of megabytes with links, typography and quotes is normalised in one pass")
    func megabytesDocument() {
        let piece = "The **pipeline** — “[Baku–Tbilisi](https://x.org/btc)” …\n"
        let count = (4 << 20) / piece.utf8.count
        let text = String(repeating: piece, count: count)
        let normalized = QuoteText.normalized(MarkdownPlainText.text(of: text, blockMarkers: true))
        let one = QuoteText.normalized(MarkdownPlainText.text(of: piece, blockMarkers: true))
        #expect(one == "The pipeline-\"Baku-Tbilisi\" ...")
        let expected = Array(repeating: one, count: count).joined(separator: " ")
        let same = normalized == expected
        #expect(same, "\(normalized.utf8.count) bytes, \(expected.utf8.count) expected")
    }

    @Test("the closest passage: least edit distance, shown as whole words")
    func closestPassage() throws {
        let document = EvidenceText("Relations with Moscow have cooled since December 2024, and trade has fallen by a third. Gas flows on.")
        let passage = try #require(ClosestPassage.find("trade has fallen by a half", in: document))
        // "half" → "third" is four edits (insert t, h = h, a → i, l → r, f → d).
        #expect(passage == ClosestPassage(text: "trade has fallen by a third", distance: 4))
        let typo = try #require(ClosestPassage.find("Relations with Mosow", in: document))
        #expect(typo == ClosestPassage(text: "Relations with Moscow", distance: 1))
        #expect(ClosestPassage.find("zebra quagga", in: document) == nil)
    }

    @Test("Sellers' algorithm: the best substring, not the whole text")
    func sellers() {
        let text = Array("xx the quick brown fox yy".unicodeScalars)
        let match = ClosestPassage.sellers(Array("quack brown".unicodeScalars), text, 0..<text.count)
        #expect(match.distance == 1)
        #expect(String(String.UnicodeScalarView(text[match.start..<match.end])) == "quick brown")
    }

    @Test("a misquote is reported at the quote itself, with the closest passage")
    func position() throws {
        let marked = MarkedText("""
        relgraph: 1
        title: T
        as_of: 2025
        sources:
          - {id: s, title: S, date: 2024}
        actors:
          - {id: A, kind: state}
          - {id: B, kind: state}
        ties:
          - between: [A, B]
            kind: friction
            weight: -0.5
            cite:
              - {source: s, quote: "Relations with Moscow have cooled ... by a third"}
              - source: s
                quote: ⟪misquote⟫"trade has fallen by a half"
        """)
        let model = try #require(load(marked.text).model)
        let document = EvidenceText("Relations with Moscow have cooled since December 2024,\nand trade has fallen by a third.")
        let findings = model.ties[0].citations.compactMap { EvidenceCheck.check($0, against: document, path: "test.yaml") }
        #expect(findings.map { MarkedText.Mark(code: $0.code, line: Int($0.position.line), column: Int($0.position.column)) } == marked.marks)
        #expect(findings.first?.description
            == "test.yaml:16:16: error: quote not found in s; closest passage (4 edits): “trade has fallen by a third” [misquote]")
    }
}
