import Foundation
import Testing
@testable import RelGraph

/// Builds a plan from YAML text for a model and a scenario, failing the test on any error.
func plan(model modelYAML: String, scenario scenarioYAML: String, at: PartialDate? = nil) throws -> ScenarioPlan {
    let model = try #require(ModelLoader.load(modelYAML, path: "m.yaml").model)
    let loaded = ScenarioLoader.load(scenarioYAML, path: "s.yaml")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
    let scenario = try #require(loaded.scenario)
    let (plan, diagnostics) = ScenarioPlan.make(scenario, model: model, at: at)
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    return try #require(plan)
}

/// A model from compact tie lines "A B 0.5" (mutual cooperation or friction by sign).
func tinyModel(_ actors: [String], _ ties: [(String, String, Double)], extra: String = "") -> String {
    var yaml = "relgraph: 1\ntitle: tiny\nas_of: 2025-01-01\nsources: [{id: s, title: S, date: 2025}]\nactors:\n"
    for actor in actors { yaml += "  - {id: \(actor), kind: state}\n" }
    yaml += extra
    yaml += "ties:\n"
    for (a, b, w) in ties {
        yaml += "  - {between: [\(a), \(b)], kind: \(w >= 0 ? "cooperation" : "friction"), weight: \(w), cite: [{source: s, quote: q}]}\n"
    }
    return yaml
}

func scenario(_ shocks: String, propagation: String = "{model: balance, steps: 3, rate: 0.5, threshold: 0.15}") -> String {
    "relgraph: 1\ntitle: t\nshocks:\n\(shocks)\npropagation: \(propagation)\n"
}

@Suite("Scenario engine: the properties the issue asks for")
struct ScenarioEngineTests {
    static let triangle = tinyModel(["A", "B", "C", "D"], [("A", "B", 0.8), ("B", "C", 0.5), ("A", "C", -0.4), ("C", "D", 0.6)])

    @Test("one small graph worked by hand gives the exact numbers")
    func handWorked() throws {
        // W0: AB +0.8, BC +0.5, AC −0.4, CD +0.6. Shock: BC set to −0.5 (so D = −1.0 on BC).
        // One step, rate 0.5, synchronous; n = actors other than the pair tied to either end.
        //  AB: common neighbour C; n = |{C}| = 1. ΔP = (−0.4)(−0.5) − (−0.4)(0.5) = 0.4.
        //      Δw = 0.5 · (1 − 0.8²) · 0.4 / 1 = 0.072 → 0.872
        //  AC: common neighbour B; n = |{B, D}| = 2. ΔP = (0.8)(−0.5) − (0.8)(0.5) = −0.8.
        //      Δw = 0.5 · (1 − 0.4²) · (−0.8) / 2 = −0.168 → −0.568
        //  BD: no tie; common neighbour C; n = |{A, C}| = 2. ΔP = (−0.5)(0.6) − (0.5)(0.6) = −0.6
        //      → virtual tie 0 + 0.5 · (1 − 0) · (−0.6) / 2 = −0.15
        //  CD: no intermediary's tie changed → unchanged.
        let p = try plan(model: Self.triangle, scenario: scenario("  - set: {tie: B~C, weight: -0.5}", propagation: "{model: balance, steps: 1, rate: 0.5, threshold: 0.1}"))
        let result = ScenarioEngine.run(p)
        let after = { (a: String, b: String) in result.ties.first { Pair($0.tie.from, $0.tie.to) == Pair(a, b) }?.after }
        #expect(abs(after("A", "B")! - 0.872) < 1e-12)
        #expect(abs(after("A", "C")! - -0.568) < 1e-12)
        #expect(after("B", "C") == -0.5)
        #expect(after("C", "D") == 0.6)
        #expect(result.emergent.count == 1)
        #expect(result.emergent.first?.name == "B~D")
        #expect(abs(result.emergent.first!.change - -0.15) < 1e-12)
        let ab = try #require(result.pairs.first { $0.name == "A~B" })
        #expect(ab.carriers.map(\.through) == ["C"])
        #expect(abs(ab.carriers[0].amount - 0.2) < 1e-12, "rate · c_C / n = 0.5 · 0.4")
    }

    @Test("no shock, no effect")
    func noShock() throws {
        let model = try #require(ModelLoader.load(Self.triangle, path: "m").model)
        let plan = ScenarioPlan.make(Scenario(path: "s", title: "nothing", shocks: []), model: model).0!
        let result = ScenarioEngine.run(plan)
        #expect(result.pairs.isEmpty)
        #expect(result.emergent.isEmpty)
        #expect(result.ties.allSatisfy { $0.status == .unchanged && $0.before == $0.after })
        #expect(result.actorEffects.allSatisfy { $0.before == $0.after })
        #expect(result.graphBefore == result.graphAfter)
    }

    @Test("removing an actor with no ties changes nothing for the others")
    func isolatedRemoval() throws {
        let model = tinyModel(["A", "B", "C", "D", "Lonely"], [("A", "B", 0.8), ("B", "C", 0.5), ("A", "C", -0.4), ("C", "D", 0.6)])
        let result = ScenarioEngine.run(try plan(model: model, scenario: scenario("  - remove: Lonely")))
        #expect(result.pairs.isEmpty)
        #expect(result.emergent.isEmpty)
        for effect in result.actorEffects where effect.actor != "Lonely" {
            #expect(effect.before == effect.after, "\(effect.actor)")
        }
        #expect(result.graphBefore.balance == result.graphAfter.balance)
        #expect(result.graphBefore.components == result.graphAfter.components)
    }

    @Test("weights stay within −1 … +1 under strong, repeated pressure", arguments: 1...12)
    func bounded(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed))
        let actors = (0..<9).map { "N\($0)" }
        var ties: [(String, String, Double)] = []
        for i in 0..<9 { for j in (i + 1)..<9 where random.unit() < 0.6 {
            ties.append((actors[i], actors[j], (random.unit() * 2 - 1).rounded(toPlaces: 2)))
        } }
        let victim = actors[Int(random.unit() * 9) % 9]
        let result = ScenarioEngine.run(try plan(model: tinyModel(actors, ties), scenario: scenario("  - remove: \(victim)", propagation: "{model: balance, steps: 25, rate: 1, threshold: 0}")))
        for effect in result.ties {
            if let after = effect.after { #expect((-1...1).contains(after)) }
        }
        for pair in result.pairs { if let after = pair.after { #expect((-1...1).contains(after)) } }
    }

    @Test("symmetric inputs give symmetric results")
    func symmetry() throws {
        // A and B are mirror images: each tied to C (+0.7) and D (−0.5); C–D +0.4; E hangs off C.
        let model = tinyModel(["A", "B", "C", "D", "E"], [("A", "C", 0.7), ("B", "C", 0.7), ("A", "D", -0.5), ("B", "D", -0.5), ("C", "D", 0.4), ("C", "E", 0.6)])
        let result = ScenarioEngine.run(try plan(model: model, scenario: scenario("  - set: {tie: C~D, weight: -0.8}")))
        let after = { (a: String, b: String) in result.ties.first { Pair($0.tie.from, $0.tie.to) == Pair(a, b) }!.after! }
        #expect(after("A", "C") == after("B", "C"))
        #expect(after("A", "D") == after("B", "D"))
        let measures = { (id: String) in result.actorEffects.first { $0.actor == id }!.after! }
        // Weights are computed pair by pair in a mirrored order: equal to the bit. Centralities
        // sum over all nodes, where A and B sit at different places: equal to rounding.
        for metric in ActorMetric.allCases {
            #expect(abs(measures("A").value(metric) - measures("B").value(metric)) < 1e-12, "\(metric)")
        }
        let emergent = { (a: String, b: String) in result.emergent.first { Pair($0.first, $0.second) == Pair(a, b) }?.change }
        #expect(emergent("A", "E") == emergent("B", "E"))
    }

    @Test("the same input gives the same output, to the byte")
    func deterministic() throws {
        let model = tinyModel(["A", "B", "C", "D", "E"], [("A", "C", 0.7), ("B", "C", 0.3), ("A", "D", -0.5), ("B", "D", -0.2), ("C", "D", 0.4), ("C", "E", 0.6)])
        let text = scenario("  - remove: C\n  - add: {between: [A, E], kind: partnership, weight: 0.5}")
        let first = EffectsDocument(ScenarioEngine.run(try plan(model: model, scenario: text))).json()
        let second = EffectsDocument(ScenarioEngine.run(try plan(model: model, scenario: text))).json()
        #expect(first == second)
    }

    @Test("with propagation off only the shocked ties move")
    func noPropagation() throws {
        let result = ScenarioEngine.run(try plan(model: Self.triangle, scenario: scenario("  - cut: B~C", propagation: "{model: none}")))
        #expect(result.ties.filter { $0.status == .propagated }.isEmpty)
        #expect(result.pairs.map(\.name) == ["B~C"])
    }
}

/// A small deterministic generator (SplitMix64) so property tests repeat exactly.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10.0, Double(places))
        return (self * scale).rounded() / scale
    }
}
