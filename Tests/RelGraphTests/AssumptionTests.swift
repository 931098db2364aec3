import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// `basis: assumption` with its `rationale`, and a citation's `reading`: loaded, checked and
/// left out on request (the writers that carry them: AssumptionInterchangeTests).
@Suite("Assumptions and readings in the model format")
struct AssumptionTests {
    func fixture(withoutAssumptions: Bool = false) throws -> ModelLoader.Result {
        ModelLoader.load(try Fixture.text("assumptions.yaml"), path: "assumptions.yaml", withoutAssumptions: withoutAssumptions)
    }

    @Test("an assumption tie loads with its rationale and no citations; check lists it, naming the tie and quoting the rationale")
    func assumptionLoads() throws {
        let result = try fixture()
        let model = try #require(result.model)
        #expect(model.ties[0].basis == .assumption)
        #expect(model.ties[0].rationale == "The United States is a founding member of NATO (1949); the articles take it as given.")
        #expect(model.ties[0].citations.isEmpty)
        #expect(model.ties[1].basis == .cited && model.ties[1].rationale == nil)
        #expect(result.diagnostics.map(\.description) == [
            "assumptions.yaml:15:12: warning: tie US~NATO:membership rests on an assumption, not a source: "
                + "\u{201C}The United States is a founding member of NATO (1949); the articles take it as …\u{201D} [assumption]",
        ])
        #expect(!result.hasErrors)
    }

    @Test("each citation keeps its own reading of the weight")
    func readings() throws {
        let model = try #require(try fixture().model)
        #expect(model.ties[1].weight == 0.6)
        #expect(model.ties[1].citations.map(\.reading) == [0.6, 0.3])
        #expect(model.ties[1].citations[1].readingPosition == TextPosition(line: 27, column: 18))
    }

    @Test("every mistake with basis, rationale and reading is reported at its node")
    func mistakes() {
        let marked = MarkedText("""
        relgraph: 1
        title: T
        as_of: 2024
        sources:
          - {id: s, title: S, date: 2024}
        actors:
          - {id: A, kind: state}
          - {id: B, kind: state}
        ties:
          - between: [A, B]
            kind: cooperation
            weight: 0.5
            basis: ⟪assumption⟫assumption
            rationale: "public record"
          - ⟪missing-key⟫between: [A, B]
            kind: trade
            weight: 0.5
            basis: ⟪assumption⟫assumption
          - between: [A, B]
            kind: alliance
            weight: 0.5
            basis: ⟪assumption⟫assumption
            rationale: "x"
            cite: ⟪basis-mismatch⟫[{source: s, quote: q}]
          - between: [A, B]
            kind: security
            weight: 0.5
            rationale: ⟪basis-mismatch⟫"x"
            cite: [{source: s, quote: q}]
          - between: [A, B]
            kind: energy
            weight: 0.5
            basis: ⟪invalid-value⟫guess
            cite: [{source: s, quote: q}]
          - between: [A, B]
            kind: partnership
            weight: 0.5
            cite:
              - {source: s, quote: q, reading: ⟪weight-out-of-range⟫1.5}
              - {source: s, quote: q, reading: ⟪invalid-weight⟫high}
              - {source: s, quote: q, reading: ⟪sign-mismatch⟫-0.4}

        """)
        let result = load(marked.text, path: "m.yaml")
        let reported = result.diagnostics.map { MarkedText.Mark(code: $0.code, line: Int($0.position.line), column: Int($0.position.column)) }
        #expect(Set(reported) == Set(marked.marks))
        #expect(reported.count == marked.marks.count)
        let lines = Set(result.diagnostics.map(\.description))
        #expect(lines.contains("m.yaml:15:5: error: an assumption tie has no 'rationale' [missing-key]"))
        #expect(lines.contains("m.yaml:24:11: error: an assumption tie has no 'cite': it rests on its rationale, not on a source; "
                               + "to cite sources, remove 'basis: assumption' and 'rationale' [basis-mismatch]"))
        #expect(lines.contains("m.yaml:28:16: error: 'rationale' belongs to an assumption tie; a cited tie says why in 'note'; "
                               + "write 'basis: assumption' and no 'cite', or move the text to 'note' [basis-mismatch]"))
        #expect(lines.contains("m.yaml:33:12: error: unknown basis 'guess'; one of: cited, assumption [invalid-value]"))
        #expect(lines.contains("m.yaml:39:40: error: reading 1.5 is outside −1 … +1; a source's reading of the weight, on the same scale (docs/weights.md) [weight-out-of-range]"))
        #expect(lines.contains("m.yaml:40:40: error: reading must be a number, found 'high' [invalid-weight]"))
        #expect(lines.contains("m.yaml:41:40: warning: a 'partnership' tie is expected to be positive (cooperative), but s's reading is -0.4; "
                               + "check the sign, or choose another kind [sign-mismatch]"))
    }

    @Test("a scenario's citations cite an argument, not a weight: reading is an unknown key there")
    func scenarioCitationHasNoReading() {
        let text = """
        relgraph: 1
        title: S
        cite:
          - {source: s, quote: q, reading: 0.5}
        shocks:
          - remove: A

        """
        let result = ScenarioLoader.load(text, path: "s.yaml")
        #expect(result.diagnostics.map(\.description) == ["s.yaml:4:27: error: unknown key 'reading' in a citation [unknown-key]"])
        #expect(!ScenarioLoader.citationKeys.contains("reading") && ModelLoader.citationKeys.contains("reading"))
    }

    @Test("withoutAssumptions leaves the assumption ties out before validation, and says how many")
    func withoutAssumptions() throws {
        let result = try fixture(withoutAssumptions: true)
        let model = try #require(result.model)
        #expect(result.droppedAssumptions == 1)
        #expect(model.ties.map { $0.name(withKind: true) } == ["US~Armenia:partnership"])
        // NATO's only tie was the assumption: without it, NATO stands alone.
        #expect(result.diagnostics.map(\.description) == ["assumptions.yaml:9:5: warning: actor 'NATO' has no ties [isolated-actor]"])
        #expect(try fixture().droppedAssumptions == 0)
    }
}
