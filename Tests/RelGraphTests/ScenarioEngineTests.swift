import Foundation
import Testing
@testable import RelGraph
import TestSupport

@Suite("Scenario engine: the equilibrium and the properties the issues ask for")
struct ScenarioEngineTests {
    /// A~B has two ties (cooperation 0.6, energy 0.4); C->E is a directed mediation (κ = ½).
    static let handModel = ScenarioText.tinyModel(["A", "B", "C", "D", "E"], [("A", "C", 0.5), ("B", "C", -0.5), ("C", "D", 0.6), ("A", "B", 0.6)],
                                     moreTies: """
                                       - {between: [A, B], kind: energy, weight: 0.4, cite: [{source: s, quote: q}]}
                                       - {from: C, to: E, kind: mediation, weight: 0.8, cite: [{source: s, quote: q}]}
                                     """ + "\n")

    @Test("one small world worked by hand gives the exact numbers")
    func handWorked() throws {
        // Relations (docs/relations.md): A~B = 1 − (1 − 0.6)(1 − ½·0.4) = 1 − 0.4 · 0.8 = 0.68;
        // A~C 0.5, B~C −0.5, C~D 0.6, C~E = ½ · 0.8 = 0.4 (directed mediation counts half).
        // Shocks: A~C set to 0.9, B~C cut. Frozen: A~C (S = 0.9), B~C (gone, S = 0).
        // Shock size = max(|0.9 − 0.5|, |0 − (−0.5)|) = 0.5, so m = min(0.05, 0.1 · 0.5) = 0.05.
        // Movable: A~B, C~D, C~E. Only A~B has a common neighbour (C); both its legs are frozen, so
        // one evaluation is the equilibrium. Neighbours, before or after: N(A) = {B, C},
        // N(B) = {A, C}, N(C) = {A, B, D, E}, N(D) = N(E) = {C}. n is the number of common
        // neighbours (the pair's triangles), not of actors tied to either end.
        //  A~B: n = |{C}| = 1. ΔP = S_AC·S_CB − R_AC·R_CB = 0.9 · 0 − 0.5 · (−0.5) = 0.25.
        //       atanh(0.68) = ½ ln(1.68 / 0.32) = ½ ln 5.25 = 0.8291140383017662;
        //       W = tanh(0.8291140383017662 + 0.45 · 0.25 / 1) = tanh(0.9416140383…) = 0.7359629403711306.
        //       Carried by C: α · ΔP / n = 0.1125 (atanh units).
        //  C~D, C~E: no common neighbour: unchanged.
        // Untied pairs (T = tanh(α · ΔP / n)), each through C alone, so n = |{C}| = 1 (the union
        // of their neighbours, {B, C} or {A, C}, would halve every one of them):
        //  A~D: ΔP = 0.9 · 0.6 − 0.5 · 0.6 = 0.24: tanh(0.108) = 0.10758204589840359 ≥ m: listed.
        //  B~D: ΔP = 0 · 0.6 − (−0.5) · 0.6 = 0.3: tanh(0.135) = 0.13418580993090867: listed.
        //  A~E: ΔP = 0.9 · 0.4 − 0.5 · 0.4 = 0.16: tanh(0.072) = 0.07187584144881773: listed.
        //  B~E: ΔP = 0 · 0.4 − (−0.5) · 0.4 = 0.2: tanh(0.09) = 0.0897577847471601: listed.
        //  D~E: through C, whose legs C~D and C~E do not move: ΔP = 0.
        let p = try ScenarioText.plan(model: Self.handModel, scenario: ScenarioText.scenario("  - set: {tie: A~C, weight: 0.9}\n  - cut: B~C", propagation: "{model: balance, coupling: 0.45}"))
        let result = try ScenarioEngine.run(p)
        #expect(result.assessment.shockSize == 0.5)
        #expect(result.assessment.materiality == 0.05)
        let ab = try #require(result.pairs.first { $0.name == "A~B" })
        #expect(abs(ab.before! - 0.68) < 1e-15)
        #expect(abs(ab.after! - 0.7359629403711306) < 1e-12)
        #expect(ab.carriers.map(\.through) == ["C"])
        #expect(abs(ab.carriers[0].amount - 0.1125) < 1e-15)
        #expect(result.pairs.map(\.name).sorted() == ["A~B", "A~C", "B~C"])
        let ac = try #require(result.pairs.first { $0.name == "A~C" })
        #expect(ac.after == 0.9 && ac.before == 0.5)
        #expect(result.pairs.first { $0.name == "B~C" }?.after == nil)
        #expect(result.emergent.map(\.name).sorted() == ["A~D", "A~E", "B~D", "B~E"])
        for (name, tendency) in [("A~D", 0.10758204589840359), ("B~D", 0.13418580993090867), ("A~E", 0.07187584144881773), ("B~E", 0.0897577847471601)] {
            #expect(abs(result.emergent.first { $0.name == name }!.change - tendency) < 1e-12, "\(name)")
        }
        // The ties of A~B are drawn moved by the pair's change in atanh units.
        let energy = try #require(result.ties.first { $0.tie.kind == .energy })
        #expect(energy.status == .propagated)
        #expect(abs(energy.after! - tanh(atanh(0.4) + (atanh(0.7359629403711306) - atanh(0.68)))) < 1e-12)
        #expect(result.ties.first { $0.tie.kind == .mediation }?.status == .unchanged)
    }

    @Test("the equilibrium solves its own equation: atanh(W) = atanh(R⁰) + α·ΔP(W)/n for every movable pair")
    func fixedPoint() throws {
        for seed in 1 ... 6 {
            let (model, victim) = Self.randomModel(seed: UInt64(seed))
            let world = try ScenarioWorld(try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: \(victim)")))
            let structure = world.structure, state = world.central
            // n from its definition: the ends' common neighbours, before or after the shocks.
            var neighbours = [Set<Int>](repeating: [], count: structure.nodeCount)
            for pair in structure.ends {
                neighbours[pair.low].insert(pair.high)
                neighbours[pair.high].insert(pair.low)
            }
            var checked = 0
            for p in 0 ..< structure.pairCount where state.live[p] && state.after[p] != state.before[p] {
                let ends = structure.ends[p]
                let n = Double(neighbours[ends.low].intersection(neighbours[ends.high]).count)
                #expect(structure.reach[p] == n)
                let right = atanh(state.before[p]) + world.coupling * structure.pressureChange(p, before: state.before, after: state.after) / n
                #expect(abs(atanh(state.after[p]) - right) < 1e-8)
                checked += 1
            }
            #expect(checked > 3)
        }
    }

    /// A random 10-actor model with strong ties, and an actor to remove.
    static func randomModel(seed: UInt64) -> (String, String) {
        var random = SplitMix64(seed: seed)
        let actors = (0 ..< 10).map { "N\($0)" }
        var ties: [(String, String, Double)] = []
        for i in 0 ..< 10 { for j in (i + 1) ..< 10 where random.unit() < 0.6 {
            ties.append((actors[i], actors[j], (Double(random.below(199)) / 100 - 0.99).rounded(toPlaces: 2)))
        } }
        return (ScenarioText.tinyModel(actors, ties.filter { $0.2 != 0 }), actors[random.below(10)])
    }

    @Test("no shock, no effect")
    func noShock() async throws {
        let model = try #require(ModelLoader.load(Self.handModel, path: "m").model)
        let plan = ScenarioPlan.make(Scenario(path: "s", title: "nothing", shocks: []), model: model).0!
        for result in [try ScenarioEngine.run(plan), try await Self.drawn(plan, draws: 20)] {
            #expect(result.pairs.isEmpty)
            #expect(result.emergent.isEmpty)
            #expect(result.ties.allSatisfy { $0.status == .unchanged && $0.before == $0.after })
            #expect(result.actorEffects.allSatisfy { $0.before == $0.after })
            #expect(result.graphBefore == result.graphAfter)
            #expect(result.assessment.materiality == 0)
        }
    }

    static func drawn(_ plan: ScenarioPlan, draws: Int, seed: UInt64 = 1, solver: EquilibriumSolver = EquilibriumSolver()) async throws -> ScenarioResult {
        try await ScenarioEngine.run(plan, draws: draws, seed: seed, solver: solver)
    }

    @Test("removing an actor with no ties changes nothing for the others")
    func isolatedRemoval() throws {
        let model = ScenarioText.tinyModel(["A", "B", "C", "D", "Lonely"], [("A", "B", 0.8), ("B", "C", 0.5), ("A", "C", -0.4), ("C", "D", 0.6)])
        let result = try ScenarioEngine.run(try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: Lonely")))
        #expect(result.pairs.isEmpty)
        #expect(result.emergent.isEmpty)
        for effect in result.actorEffects where effect.actor != "Lonely" {
            #expect(effect.before == effect.after, "\(effect.actor)")
        }
        #expect(result.graphBefore.balance == result.graphAfter.balance)
    }

    @Test("relations stay inside −1 … +1 and none sticks at ±1", arguments: 1 ... 8)
    func bounded(seed: Int) throws {
        let (model, victim) = Self.randomModel(seed: UInt64(seed) + 100)
        let result = try ScenarioEngine.run(try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: \(victim)", propagation: "{model: balance, coupling: 0.49}")))
        for pair in result.pairs { if let after = pair.after { #expect(after > -1 && after < 1) } }
        for effect in result.ties { if let after = effect.after { #expect(after > -1 && after < 1) } }
        // A pair near +1 still moves when pressure changes.
        let near = ScenarioText.tinyModel(["A", "B", "C"], [("A", "B", 0.99), ("A", "C", 0.9), ("B", "C", 0.9)])
        let moved = try ScenarioEngine.run(try ScenarioText.plan(model: near, scenario: ScenarioText.scenario("  - set: {tie: B~C, weight: -0.9}")))
        let ab = try #require(moved.pairs.first { $0.name == "A~B" })
        #expect(ab.after! < 0.99)
    }

    @Test("symmetric inputs give symmetric results, to the bit")
    func symmetry() throws {
        // A and B are mirror images: each tied to C (+0.7) and D (−0.5); C–D +0.4; E hangs off C.
        let model = ScenarioText.tinyModel(["A", "B", "C", "D", "E"], [("A", "C", 0.7), ("B", "C", 0.7), ("A", "D", -0.5), ("B", "D", -0.5), ("C", "D", 0.4), ("C", "E", 0.6)])
        let result = try ScenarioEngine.run(try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - set: {tie: C~D, weight: -0.8}")))
        let after = { (a: String, b: String) in result.pairs.first { Pair($0.first, $0.second) == Pair(a, b) }!.after! }
        #expect(after("A", "C") == after("B", "C"))
        #expect(after("A", "D") == after("B", "D"))
        #expect(after("A", "C") != 0.7)
        let measures = { (id: String) in result.actorEffects.first { $0.actor == id }!.after! }
        for metric in ActorMetric.allCases {
            #expect(abs(measures("A").value(metric) - measures("B").value(metric)) < 1e-12, "\(metric)")
        }
        let emergent = { (a: String, b: String) in result.emergent.first { Pair($0.first, $0.second) == Pair(a, b) }?.change }
        #expect(emergent("A", "E") == emergent("B", "E"))
    }

    @Test("the draws are the same whatever the scheduling: blocks in parallel give what one block in order gives")
    func scheduling() async throws {
        let (model, victim) = Self.randomModel(seed: 3)
        let world = try ScenarioWorld(try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: \(victim)")))
        let runner = DrawRunner(world: world, evidence: ScenarioEngine.evidence(world), draws: 300, seed: 9, probe: nil, probeWidth: 0)
        #expect(DrawRunner.blocks(300).count > 1)
        let parallel = try await runner.run()
        let sequential = try runner.run(0 ..< 300)
        #expect(parallel.after == sequential.after && parallel.before == sequential.before && parallel.tendency == sequential.tendency)
        #expect(parallel.tieWeights == sequential.tieWeights && parallel.coupling == sequential.coupling)
        #expect(Set(parallel.before).count > 10 && Set(parallel.tieWeights).count > 100)
    }

    @Test("effects are the same whatever the iteration settings")
    func iterationSettings() async throws {
        for seed in 1 ... 4 {
            let (model, victim) = Self.randomModel(seed: UInt64(seed) + 20)
            let p = try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: \(victim)"))
            let loose = try ScenarioEngine.run(p), tight = try ScenarioEngine.run(p, solver: EquilibriumSolver(tolerance: 1e-14, iterationCap: 100_000))
            #expect(loose.pairs.map(\.name) == tight.pairs.map(\.name))
            for (a, b) in zip(loose.pairs, tight.pairs) { #expect(abs(a.change - b.change) < 1e-8) }
            // A warm start elsewhere ends at the same equilibrium: it is unique.
            let world = try ScenarioWorld(p)
            var state = world.central
            try world.solver.solve(world.structure, &state, coupling: world.coupling, start: state.after.map { $0 * -0.5 })
            for (a, b) in zip(state.after, world.central.after) { #expect(abs(a - b) < 1e-8) }
            // With draws, the reported numbers (two decimals) and verdicts agree.
            let drawnLoose = try await Self.drawn(p, draws: 100), drawnTight = try await Self.drawn(p, draws: 100, solver: EquilibriumSolver(tolerance: 1e-14))
            for (a, b) in zip(drawnLoose.pairs, drawnTight.pairs) {
                #expect(a.name == b.name && a.uncertainty?.verdict == b.uncertainty?.verdict)
                #expect(abs(a.reportedChange - b.reportedChange) < 1e-7)
            }
        }
    }

    @Test("the iteration cap reports non-convergence as an error; for α < ½ the guaranteed cap is never reached")
    func convergence() throws {
        let (model, victim) = Self.randomModel(seed: 5)
        let p = try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: \(victim)", propagation: "{model: balance, coupling: 0.49}"))
        #expect(throws: EquilibriumError.self) { try ScenarioEngine.run(p, solver: EquilibriumSolver(iterationCap: 1)) }
        for seed in 1 ... 12 {
            let (model, victim) = Self.randomModel(seed: UInt64(seed) + 40)
            let world = try ScenarioWorld(try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: \(victim)", propagation: "{model: balance, coupling: 0.49}")))
            #expect(world.central.iterations <= world.solver.guaranteedSweeps(coupling: 0.49))
            #expect(world.central.iterations > 1)
        }
        #expect(EquilibriumSolver().guaranteedSweeps(coupling: 0.25) == 42)
    }

    @Test("with propagation off only the shocked pairs move, and nothing is emergent")
    func noPropagation() throws {
        let result = try ScenarioEngine.run(try ScenarioText.plan(model: Self.handModel, scenario: ScenarioText.scenario("  - cut: B~C", propagation: "{model: none}")))
        #expect(result.ties.filter { $0.status == .propagated }.isEmpty)
        #expect(result.pairs.map(\.name) == ["B~C"])
        #expect(result.emergent.isEmpty)
    }

    @Test("materiality is the smaller of 0.05 and a tenth of the shock's largest change to a relation")
    func materiality() throws {
        let small = try ScenarioEngine.run(try ScenarioText.plan(model: Self.handModel, scenario: ScenarioText.scenario("  - set: {tie: C~D, weight: 0.4}")))
        #expect(abs(small.assessment.shockSize - 0.2) < 1e-15)
        #expect(abs(small.assessment.materiality - 0.02) < 1e-15)
        let large = try ScenarioEngine.run(try ScenarioText.plan(model: Self.handModel, scenario: ScenarioText.scenario("  - remove: C")))
        #expect(large.assessment.shockSize == 0.6)
        #expect(large.assessment.materiality == 0.05)
    }

    @Test("predict: pair changes and tendencies without measures, as the full run finds them")
    func predict() throws {
        let p = try ScenarioText.plan(model: Self.handModel, scenario: ScenarioText.scenario("  - set: {tie: A~C, weight: 0.9}\n  - cut: B~C", propagation: "{model: balance, coupling: 0.45}"))
        let prediction = try ScenarioEngine.predict(p)
        let full = try ScenarioEngine.run(p)
        #expect(prediction.pairs.map { "\($0.first)~\($0.second)" }.sorted() == full.pairs.map(\.name).sorted())
        #expect(prediction.pairs.first { $0.first == "A" && $0.second == "B" }?.after == full.pairs.first { $0.name == "A~B" }?.after)
        #expect(prediction.emergent.map { "\($0.first)~\($0.second)" }.sorted() == full.emergent.map(\.name).sorted())
        // A floor of 0.1 keeps A~D and B~D (0.108 and 0.134, handWorked), not A~E or B~E (0.072, 0.090).
        let strong = try ScenarioEngine.predict(p, tendencyFloor: 0.1)
        #expect(strong.emergent.map { "\($0.first)~\($0.second)" }.sorted() == ["A~D", "B~D"])
        let all = try ScenarioEngine.predict(p, tendencyFloor: 0)
        #expect(all.emergent.map { "\($0.first)~\($0.second)" }.sorted() == ["A~D", "A~E", "B~D", "B~E"])
        #expect(prediction.pairs.first { $0.second == "C" && $0.first == "A" }?.shocked == true)
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
