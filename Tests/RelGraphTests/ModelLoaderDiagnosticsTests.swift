import Foundation
import Testing
@testable import RelGraph
import TestSupport

@Suite("Every finding of relgraph check, at its exact line and column")
struct ModelLoaderDiagnosticsTests {
    @Test("the seeded fixture reports exactly its marked findings")
    func seededFixture() throws {
        let marked = MarkedText(try Fixture.text("seeded-errors.yaml"))
        let result = load(marked.text, path: "seeded.yaml")
        let reported = Set(result.diagnostics.map { MarkedText.Mark(code: $0.code, line: Int($0.position.line), column: Int($0.position.column)) })
        let expected = Set(marked.marks)
        #expect(reported.subtracting(expected).sorted { $0.description < $1.description } == [], "reported but not marked")
        #expect(expected.subtracting(reported).sorted { $0.description < $1.description } == [], "marked but not reported")
        #expect(result.diagnostics.count == marked.marks.count, "each finding reported once")
    }

    @Test("the seeded fixture covers every code the issue lists")
    func coverage() throws {
        let codes = Set(MarkedText(try Fixture.text("seeded-errors.yaml")).marks.map(\.code))
        for code in ["unknown-key", "missing-key", "duplicate-id", "unknown-actor", "self-tie", "duplicate-tie",
                     "missing-citation", "unknown-source", "empty-quote", "invalid-weight", "weight-out-of-range",
                     "unknown-kind", "sign-mismatch", "invalid-date", "until-before-since", "outside-actor-validity",
                     "invalid-url", "invalid-grade", "unused-source", "isolated-actor"] {
            #expect(codes.contains(code), "no seeded case for \(code)")
        }
    }

    @Test("warnings are warnings, everything else is an error")
    func severities() throws {
        let result = load(MarkedText(try Fixture.text("seeded-errors.yaml")).text)
        let warnings = Set(result.diagnostics.filter { $0.severity == .warning }.map(\.code))
        #expect(warnings == ["sign-mismatch", "unused-source", "isolated-actor"])
    }

    @Test("did-you-mean hints for misspelt ids and keys")
    func hints() throws {
        let result = load(MarkedText(try Fixture.text("seeded-errors.yaml")).text)
        let hint = { (code: String) in result.diagnostics.first { $0.code == code }?.hint }
        #expect(hint("unknown-actor") == "did you mean 'Alpha'?")
        #expect(hint("unknown-source") == "did you mean 'good'?")
        #expect(result.diagnostics.contains { $0.code == "unknown-kind" && $0.hint == "did you mean 'alliance'?" })
        #expect(result.diagnostics.contains { $0.code == "unknown-kind" && $0.hint == "did you mean 'state'?" })
    }

    @Test("malformed YAML is reported at its position, and nothing else is")
    func malformedYAML() {
        let result = load("relgraph: 1\ntitle: \"unclosed\nactors: []\n")
        #expect(result.codes == ["yaml-syntax"])
        #expect(result.diagnostics[0].position.line >= 2)
        #expect(result.model == nil)
        let tabs = load("relgraph: 1\nactors:\n\t- id: A\n")
        #expect(tabs.codes == ["yaml-syntax"])
        #expect(tabs.diagnostics[0].position == TextPosition(line: 3, column: 1))
    }

    @Test("unsupported format versions")
    func versions() {
        for version in ["2", "\"one\"", "1.5"] {
            let result = load("relgraph: \(version)\ntitle: t\nas_of: 2024\nsources: []\nactors: []\n")
            #expect(result.codes == ["unsupported-version"], "version \(version)")
            #expect(result.diagnostics.first?.position == TextPosition(line: 1, column: 11))
        }
        #expect(load("title: t\nas_of: 2024\nsources: []\nactors: []\n").codes == ["missing-key"])
    }

    @Test("an empty file, a file of blanks, a list instead of a mapping")
    func wrongShapes() {
        #expect(load("").codes == ["empty-file"])
        #expect(load("   \n\n").codes == ["empty-file"])
        #expect(load("- a\n- b\n").codes == ["wrong-type"])
        #expect(load("---\nrelgraph: 1\n---\nrelgraph: 1\n").codes == ["multiple-documents"])
    }

    @Test("binary garbage is not text, at the byte where it stops being UTF-8")
    func binary() {
        let result = ModelLoader.load([0x72, 0x65, 0x6C, 0x0A, 0xFF, 0xFE, 0x00, 0x01], path: "bin")
        #expect(result.codes == ["not-text"])
        #expect(result.diagnostics[0].position == TextPosition(line: 2, column: 1))
    }

    /// Nine aliases to the level below, twelve levels: 9¹³ nodes expanded. An alias costs one
    /// record however large its anchor, and the budget (twice the file's size) is crossed on
    /// the fourth line (`a3`), so reading stops there with one finding.
    @Test("an alias bomb is refused where it crosses the budget instead of expanded")
    func aliasBomb() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let result = load(yaml)
        #expect(result.codes == ["alias-expansion"])
        #expect(result.diagnostics.first?.position.line == 4)
    }

    @Test("small aliases are fine")
    func smallAlias() throws {
        let yaml = try Fixture.text("minimal.yaml").replacingOccurrences(of: "  - {id: A, kind: state}", with: "  - &a {id: A, kind: state}")
        #expect(load(yaml).diagnostics.isEmpty)
    }

    @Test("nesting deeper than any model is refused with a position")
    func deepNesting() {
        let yaml = "relgraph: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let result = load(yaml)
        #expect(result.codes == ["too-deep"])
    }

    @Test("duplicate keys are reported at the second one")
    func duplicateKeys() throws {
        let yaml = try Fixture.text("minimal.yaml").replacingOccurrences(of: "title: \"Two states\"", with: "title: \"Two states\"\ntitle: again")
        let result = load(yaml)
        #expect(result.codes == ["duplicate-key"])
        #expect(result.diagnostics[0].position == TextPosition(line: 3, column: 1))
    }

    @Test("a tie with both between and from/to, or three ends")
    func tieEnds() throws {
        let base = try Fixture.text("minimal.yaml")
        let both = base.replacingOccurrences(of: "  - between: [A, B]\n", with: "  - between: [A, B]\n    from: A\n")
        #expect(load(both).codes.contains("tie-ends"))
        let three = base.replacingOccurrences(of: "[A, B]", with: "[A, B, A]")
        #expect(load(three).codes.contains("tie-ends"))
    }

    @Test("ties between actors written by label or alias get a hint to use the id")
    func aliasInTie() throws {
        let yaml = try Fixture.text("minimal.yaml")
            .replacingOccurrences(of: "  - {id: B, kind: state}", with: "  - {id: B, kind: state, aliases: [Bravo]}")
            .replacingOccurrences(of: "[A, B]", with: "[A, Bravo]")
        let result = load(yaml)
        let diagnostic = try #require(result.diagnostics.first { $0.code == "unknown-actor" })
        #expect(diagnostic.hint == "ties use ids: 'Bravo' is a name of 'B'")
    }

    @Test("the printed form is one line with the code at the end")
    func printedForm() {
        let diagnostic = Diagnostic(.unknownActor("X\ny", hint: "did you mean 'Y'?"), path: "m.yaml", at: TextPosition(line: 3, column: 7))
        #expect(diagnostic.description == "m.yaml:3:7: error: unknown actor 'X y'; did you mean 'Y'? [unknown-actor]")
    }

    @Test("a clean model has no findings")
    func cleanModel() throws {
        let result = load(try Fixture.text("minimal.yaml"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.model?.ties.count == 1)
    }
}
