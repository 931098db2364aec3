import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// A kind only this test knows: `reverse: TIE` turns one tie's sign. It is one type and one
/// registration (the `kinds` list below), as docs/scenarios.md's "Adding a shock kind" says.
struct ReverseTie: ShockKind {
    var tie: TieReference

    static let key = "reverse"
    static let syntax = "`reverse: TIE`"
    static let effect = "The tie's weight changes sign."

    static func read(_ value: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)? {
        ScenarioLoader.tieReference(value, log: &log).map { (ReverseTie(tie: $0), value.position) }
    }

    var summary: String { "reverse \(tie)" }

    func target(in resolution: inout ShockResolution) -> ShockTarget? { resolution.tieTarget(tie) }

    func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)? {
        resolution.single(tie).map { Step(tie: $0, weight: -resolution.model.ties[$0].weight) }
    }

    struct Step: ShockStep {
        let tie: Int
        let weight: Double
        func apply(to world: inout WorldEdits) { world.rewriteTie(tie, .set(weight)) }
    }
}

@Suite("Shock kinds: one type each, one list")
struct ShockKindTests {
    static let kinds: [any ShockKind.Type] = ShockKinds.all + [ReverseTie.self]
    static let model = ScenarioText.tinyModel(["A", "B", "C"], [("A", "B", 0.6), ("B", "C", 0.5), ("A", "C", 0.4)])

    @Test("a kind registered in a test is read, resolved and applied like the built-in ones")
    func testOnlyKind() throws {
        let text = ScenarioText.scenario("  - reverse: A~B\n")
        let loaded = ScenarioLoader.load(text, path: "s.yaml", kinds: Self.kinds)
        #expect(loaded.diagnostics.isEmpty)
        let scenario = try #require(loaded.scenario)
        #expect(scenario.shocks.map(\.summary) == ["reverse A~B"])

        let model = try #require(ModelLoader.load(Self.model, path: "m.yaml").model)
        let (plan, diagnostics) = ScenarioPlan.make(scenario, model: model)
        #expect(diagnostics.isEmpty)
        let result = try ScenarioEngine.run(try #require(plan))
        let reversed = try #require(result.ties.first { $0.tie.from == "A" && $0.tie.to == "B" })
        #expect(reversed.before == 0.6)
        #expect(reversed.shocked == -0.6)
        // Its findings are positioned like any kind's: an unknown tie at the shock's value.
        let (_, unknown) = ScenarioPlan.make(try #require(ScenarioLoader.load(ScenarioText.scenario("  - reverse: A~D\n"), path: "s.yaml", kinds: Self.kinds).scenario), model: model)
        #expect(unknown.map(\.code) == ["unknown-actor"])
        #expect(unknown.first?.position == TextPosition(line: 4, column: 14))
    }

    @Test("without its registration the kind is an unknown key, and the form lists the kinds")
    func unregistered() {
        let loaded = ScenarioLoader.load(ScenarioText.scenario("  - reverse: A~B\n"), path: "s.yaml")
        #expect(loaded.diagnostics.map(\.code) == ["unknown-key"])
        let both = ScenarioLoader.load(ScenarioText.scenario("  - {cut: A~B, reverse: A~C}\n"), path: "s.yaml", kinds: Self.kinds)
        #expect(both.diagnostics.map(\.code) == ["shock-form"])
        #expect(both.diagnostics.first?.message == "a shock is one of \((ShockKinds.keys + ["reverse"]).joined(separator: ", ")), one per list item")
    }

    @Test("docs/scenarios.md's shock table has one row per kind, as the kinds describe themselves")
    func docsTable() throws {
        let docs = try String(contentsOfFile: Repository.path("docs/scenarios.md"), encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "### Shocks\n").dropFirst().first)
        let rows = section.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("| `") }
            .prefix { $0.hasPrefix("|") }.map(String.init)
        #expect(rows == ShockKinds.markdownRows(), "docs/scenarios.md should have:\n\(ShockKinds.markdownRows().joined(separator: "\n"))")
    }

    @Test("the built-in factories build the kinds' own values")
    func factories() throws {
        let tie = try TieReference(parsing: "A~B")
        let shocks = [Shock(.remove(actor: "A"), origin: .commandLine(flag: "--remove A")),
                      Shock(.cut(tie), origin: .commandLine(flag: "")), Shock(.set(tie, weight: 0.5), origin: .commandLine(flag: "")),
                      Shock(.scale(tie, factor: 2), origin: .commandLine(flag: "")),
                      Shock(.add(from: "A", to: "B", directed: false, kind: .cooperation, weight: 0.3, label: nil), origin: .commandLine(flag: "")),
                      Shock(.addActor(id: "D", kind: .state, label: nil, group: nil), origin: .commandLine(flag: ""))]
        #expect(shocks.map { type(of: $0.kind).key } == ShockKinds.keys)
        #expect((shocks[2].kind as? SetTie)?.weight == 0.5)
    }

    @Test("the kinds hold the hardened input rules: decimal numbers only, every problem of a set reported, added ids unique by letter case")
    func hardenedRules() throws {
        let set = ScenarioLoader.load(ScenarioText.scenario("  - set: {tie: \"A~\", weight: 0x1}\n"), path: "s.yaml")
        #expect(set.diagnostics.map(\.code) == ["malformed-tie", "invalid-weight"])
        let scale = ScenarioLoader.load(ScenarioText.scenario("  - scale: {tie: \"A~\", by: nan}\n"), path: "s.yaml")
        #expect(scale.diagnostics.map(\.code) == ["malformed-tie", "invalid-value"])

        #expect(throws: ShockFlagError.self) { try SetTie.parse(flagValue: "A~B=0x.8") }
        #expect(throws: ShockFlagError.self) { try ScaleTie.parse(flagValue: "A~B=0x1p-1") }
        #expect(throws: ShockFlagError.self) { try AddTie.parse(flagValue: "A~C cooperation nan") }
        #expect(try ScaleTie.parse(flagValue: "A~B= 5e-1 ").factor == 0.5)
        #expect(try AddTie.parse(flagValue: "A~C cooperation .25").weight == 0.25)

        let model = try #require(ModelLoader.load(Self.model, path: "m.yaml").model)
        let added = Scenario(path: "s.yaml", title: "t", shocks: [("Q", 3), ("q", 4), ("a", 5)].map { id, line in
            Shock(.addActor(id: id, kind: .state, label: nil, group: nil), origin: .file(TextPosition(line: line, column: 5)))
        })
        let (plan, diagnostics) = ScenarioPlan.make(added, model: model)
        #expect(plan == nil)
        #expect(diagnostics.map(\.description) == ["s.yaml:4:5: error: actor id 'q' is already used [duplicate-id]",
                                                   "s.yaml:5:5: error: actor id 'a' is already used [duplicate-id]"])
    }
}
