#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a scenario: baseline → shocks → the equilibrium of balance pressure → uncertainty
/// draws → measures → explanations → verdicts (docs/scenarios.md, "The engine").
public enum ScenarioEngine {
    /// The default number of uncertainty draws and their seed.
    public static let standardDraws = 1000
    public static let standardSeed: UInt64 = 1

    /// The scenario with its uncertainty: `draws` worlds drawn from the sources' grades, the
    /// ties' confidence and the coupling's range, run in parallel; every effect gets its
    /// median, interval, share of draws and verdict, findings their key ties and the sources
    /// they rest on. The same (plan, draws, seed) gives the same result to the bit.
    /// - Parameter brokerage: exact betweenness, or an estimate on large graphs (docs/scenarios.md).
    public static func run(_ plan: ScenarioPlan, brokerage: BrokerageMethod = .automatic, draws: Int, seed: UInt64,
                           solver: EquilibriumSolver = EquilibriumSolver()) async throws -> ScenarioResult {
        precondition(draws > 0, "at least one draw")
        let world = try ScenarioWorld(plan, solver: solver)
        let evidence = Self.evidence(world)
        let sampled = brokerage.sampleSize(for: world.graph(world.central, weights: world.structure.codedWeights.weights,
                                                            present: world.structure.codedWeights.present, after: false))
        let (readers, measures) = ExpectationCheck.readers(plan.scenario.expectations, world: world)
        let probe = ExpectationProbe(world: world, measures: measures, brokerageSources: sampled)
        let measure: @Sendable (EquilibriumState, [Double], [Bool]) -> [Double] = { state, weights, present in
            probe(state, weights: weights, present: present)
        }
        let runner = DrawRunner(world: world, evidence: evidence, draws: draws, seed: seed, probe: measures.isEmpty ? nil : measure,
                                probeWidth: measures.count * 3)
        let table = try await runner.run()
        var assessment = EffectAssessment(world: world, table: table, evidence: evidence)
        try await assessment.leaveEachOut()
        var result = assemble(world, brokerage: sampled, assessment: assessment)
        result.assessment.draws = draws
        result.assessment.seed = seed
        result.assessment.couplingRange = runner.couplingRange
        return result.with(expectations: expectations(plan.scenario.expectations, readers: readers, world: world, table: table,
                                                      columns: measures.count, result: result))
    }

    /// The central run alone: the coded world, α = the scenario's coupling, no draws (every
    /// change is listed without a verdict; expectations are judged on the central run).
    public static func run(_ plan: ScenarioPlan, brokerage: BrokerageMethod = .automatic,
                           solver: EquilibriumSolver = EquilibriumSolver()) throws -> ScenarioResult {
        let world = try ScenarioWorld(plan, solver: solver)
        let coded = world.structure.codedWeights
        let sampled = brokerage.sampleSize(for: world.graph(world.central, weights: coded.weights, present: coded.present, after: false))
        let result = assemble(world, brokerage: sampled, assessment: nil)
        let (readers, measures) = ExpectationCheck.readers(plan.scenario.expectations, world: world)
        // One "draw": the central world.
        let probe = ExpectationProbe(world: world, measures: measures, brokerageSources: sampled)
        let table = DrawRunner.Table(
            draws: 1, before: world.tracked.map { world.central.before[$0] },
            after: world.tracked.map { world.after(ofPair: $0, world.central, coupling: world.coupling) },
            direct: world.tracked.map { world.central.shocked[$0] },
            tendency: (0 ..< world.untied.count).map { world.rule == .balance ? world.untied.tendency($0, world.central, coupling: world.coupling) : 0 },
            tieWeights: [], coupling: [world.coupling], probes: probe(world.central, weights: coded.weights, present: coded.present))
        return result.with(expectations: expectations(plan.scenario.expectations, readers: readers, world: world, table: table,
                                                      columns: measures.count, result: result))
    }

    /// What the engine predicts, without measures, pictures or draws: each pair's relation
    /// before and at the equilibrium, and the untied pairs' tendencies of at least
    /// `tendencyFloor` (nil: the scenario's materiality; 0: every non-zero one). Cheap enough to
    /// call many times (a backtest's folds).
    public static func predict(_ plan: ScenarioPlan, coupling: Double? = nil, tendencyFloor: Double? = nil,
                               solver: EquilibriumSolver = EquilibriumSolver()) throws -> ScenarioPrediction {
        let world = try ScenarioWorld(plan, coupling: coupling, solver: solver)
        let structure = world.structure, central = world.central
        var pairs: [ScenarioPrediction.Pair] = []
        for p in 0 ..< structure.pairCount where central.after[p] != central.before[p] || structure.tiedBefore[p] != structure.tiedAfter[p] {
            let ends = structure.ends[p]
            pairs.append(.init(first: world.nodes[ends.low], second: world.nodes[ends.high],
                               before: structure.tiedBefore[p] ? central.before[p] : nil,
                               after: structure.tiedAfter[p] ? central.after[p] : nil, shocked: structure.frozen[p]))
        }
        var emergent: [ScenarioPrediction.Tendency] = []
        if world.rule == .balance {
            let floor = tendencyFloor ?? world.materiality
            // Every untied pair left out has |T| < floor (`untiedCandidates`).
            let untied = UntiedPairs(structure, pairs: structure.untiedCandidates(central, floor: floor))
            for u in 0 ..< untied.count {
                let tendency = untied.tendency(u, central, coupling: world.coupling)
                guard tendency != 0 && abs(tendency) >= floor else { continue }
                emergent.append(.init(first: world.nodes[untied.ends[u].low], second: world.nodes[untied.ends[u].high], tendency: tendency))
            }
        }
        return ScenarioPrediction(pairs: pairs, emergent: emergent, materiality: world.materiality, shockSize: world.shockSize)
    }

    /// Each baseline tie's evidence (added ties have none: the scenario fixes them).
    static func evidence(_ world: ScenarioWorld) -> [TieEvidence?] {
        let belief = world.plan.model.sourceBelief
        return world.structure.tieSlots.indices.map { s in
            world.structure.tieSlots[s].isBaseline ? TieEvidence(world.slotTies[s], sources: belief) : nil
        }
    }

    // MARK: - The result

    static func assemble(_ world: ScenarioWorld, brokerage sampled: Int?, assessment: EffectAssessment?) -> ScenarioResult {
        let structure = world.structure, central = world.central
        let effects = tieEffects(world)

        var pairs = world.tracked.enumerated().compactMap { t, p -> PairEffect? in
            guard central.after[p] != central.before[p] || structure.tiedBefore[p] != structure.tiedAfter[p] else { return nil }
            var effect = Explainer.pair(p, world: world, effects: effects)
            effect.uncertainty = assessment?.pairs[t]
            return effect
        }
        var emergent = (0 ..< world.untied.count).compactMap { u -> PairEffect? in
            var effect = Explainer.untied(u, world: world, effects: effects)
            guard let tendency = effect.tendency, tendency != 0, abs(tendency) >= world.materiality else { return nil }
            effect.uncertainty = assessment?.untied[u]
            return effect
        }
        pairs.sort(by: Explainer.reportOrder)
        emergent.sort(by: Explainer.reportOrder)

        let coded = structure.codedWeights
        let before = MeasureSet(world.graph(central, weights: coded.weights, present: coded.present, after: false), brokerageSources: sampled)
        let after = MeasureSet(world.graph(central, weights: coded.weights, present: coded.present, after: true), brokerageSources: sampled)
        let pairsByActor = PairEffect.byActor(pairs)
        let actorEffects = world.nodes.indices.map { i -> ActorEffect in
            let id = world.nodes[i]
            return ActorEffect(actor: id,
                               before: world.baselineActors.contains(id) ? before.actor(i) : nil,
                               after: world.removedActors.contains(id) ? nil : after.actor(i),
                               pairs: pairsByActor[id] ?? [])
        }.sorted { abs($0.change(.strength)) > abs($1.change(.strength)) || (abs($0.change(.strength)) == abs($1.change(.strength)) && $0.actor < $1.actor) }

        let graphBefore = before.graph(activeNodes: world.baselineActors)
        let graphAfter = after.graph(activeNodes: Set(world.nodes).subtracting(world.removedActors))
        var result = ScenarioResult(plan: world.plan, actors: world.actors, removedActors: world.removedActors, baselineActors: world.baselineActors,
                                    ties: effects, pairs: pairs, emergent: emergent, actorEffects: actorEffects, graphBefore: graphBefore,
                                    graphAfter: graphAfter, expectations: [])
        result.brokerageSources = sampled
        result.assessment.coupling = world.coupling
        result.assessment.shockSize = world.shockSize
        result.assessment.materiality = world.materiality
        return result
    }

    /// Every tie through the scenario, in slot order (the model's, then the added ones).
    static func tieEffects(_ world: ScenarioWorld) -> [TieEffect] {
        let structure = world.structure, central = world.central
        var pairOfSlot = [Int](repeating: 0, count: structure.tieSlots.count)
        for p in 0 ..< structure.pairCount { for s in structure.slots(of: p) { pairOfSlot[Int(s)] = p } }
        return structure.tieSlots.indices.map { s in
            let slot = structure.tieSlots[s], tie = world.slotTies[s], p = pairOfSlot[s]
            let before: Double? = slot.isBaseline ? tie.weight : nil
            let shocked = slot.weightAfterShocks(before)
            var after = shocked
            var status: TieEffect.Status
            switch slot.fate {
            case .unchanged: status = .unchanged
            case .removed: status = .removed
            case .added: status = .added
            case .rewritten(let rewrites):
                if case .scale? = rewrites.last { status = .scaled } else { status = .set }
            }
            if status == .unchanged, structure.movable[p], central.after[p] != central.before[p], let weight = shocked {
                after = ScenarioWorld.shifted(weight, by: atanh(central.after[p]) - atanh(central.before[p]))
                if after != weight { status = .propagated }
            }
            return TieEffect(id: world.slotIDs[s], tie: tie, modelIndex: slot.modelIndex, before: before, shocked: shocked, after: after, status: status)
        }
    }

    /// Each expectation judged over the draws (or the central run as one draw).
    static func expectations(_ expectations: [Expectation], readers: [ExpectationCheck.Reader], world: ScenarioWorld,
                             table: DrawRunner.Table, columns: Int, result: ScenarioResult) -> [ExpectationOutcome] {
        let tracked = world.tracked.count, untied = world.untied.count, draws = table.draws
        return zip(expectations, readers).map { expectation, reader in
            var samples: ExpectationCheck.Samples?
            var central: (Double?, Double?) = (nil, nil)
            var name = expectation.summary
            switch reader {
            case .pair(let t):
                let p = world.tracked[t], ends = world.structure.ends[p]
                samples = .init(before: (0 ..< draws).map { table.before[$0 * tracked + t] },
                                after: (0 ..< draws).map { table.after[$0 * tracked + t] },
                                direct: (0 ..< draws).map { table.direct[$0 * tracked + t] })
                central = (world.structure.tiedBefore[p] ? world.central.before[p] : nil,
                           world.structure.tiedAfter[p] ? world.after(ofPair: p, world.central, coupling: world.coupling) : nil)
                name = "\(world.nodes[ends.low])~\(world.nodes[ends.high])"
            case .untied(let u):
                let ends = world.untied.ends[u]
                let values = (0 ..< draws).map { table.tendency[$0 * untied + u] }
                samples = .init(before: Array(repeating: 0, count: draws), after: values, direct: Array(repeating: 0, count: draws))
                central = (nil, world.rule == .balance ? world.untied.tendency(u, world.central, coupling: world.coupling) : 0)
                name = "\(world.nodes[ends.low])~\(world.nodes[ends.high]) (no tie; tendency)"
            case .measure(let column):
                let width = columns * 3
                samples = .init(before: (0 ..< draws).map { table.probes[$0 * width + column * 3] },
                                after: (0 ..< draws).map { table.probes[$0 * width + column * 3 + 1] },
                                direct: (0 ..< draws).map { table.probes[$0 * width + column * 3 + 2] })
                switch expectation.target {
                case .actor(let actorName, let metric):
                    let id = ActorNames(world.actors).resolve(actorName) ?? actorName
                    let effect = result.actorEffects.first { $0.actor == id }
                    central = (effect?.before?.value(metric) ?? 0, effect?.after?.value(metric) ?? 0)
                    name = "\(id) \(metric.rawValue)"
                case .graph(let metric):
                    central = (result.graphBefore.value(metric), result.graphAfter.value(metric))
                    name = metric.rawValue
                case .pair:
                    break
                }
            case .removal, .unknown:
                break
            }
            return ExpectationCheck.evaluate(expectation, reader: reader, samples: samples, central: central,
                                             materiality: world.materiality, name: name)
        }
    }
}

/// What `ScenarioEngine.predict` gives: pair relations before and at the equilibrium, and
/// emergent tendencies.
public struct ScenarioPrediction: Sendable {
    public struct Pair: Sendable {
        public let first: String
        public let second: String
        /// Nil: no tie before (added by a shock) / after (cut or removed).
        public let before: Double?
        public let after: Double?
        /// Set by the shocks rather than moved by propagation.
        public let shocked: Bool
        public var change: Double { (after ?? 0) - (before ?? 0) }
    }

    public struct Tendency: Sendable {
        public let first: String
        public let second: String
        public let tendency: Double
    }

    /// Every pair whose relation changed, in pair order.
    public let pairs: [Pair]
    /// Untied pairs whose tendency reaches materiality.
    public let emergent: [Tendency]
    public let materiality: Double
    public let shockSize: Double
}

extension PairEffect {
    /// Each actor's pairs, in the order given (what filtering the list per actor would give,
    /// in one pass).
    static func byActor(_ pairs: [PairEffect]) -> [String: [PairEffect]] {
        var result: [String: [PairEffect]] = [:]
        for pair in pairs {
            result[pair.first, default: []].append(pair)
            if pair.second != pair.first { result[pair.second, default: []].append(pair) }
        }
        return result
    }
}

/// Ids of model ties in pictures, reports and effects.
public enum ModelTieID {
    public static func of(_ index: Int) -> String { "tie-\(index)" }
}

extension ScenarioResult {
    func with(expectations: [ExpectationOutcome]) -> ScenarioResult {
        var result = ScenarioResult(plan: plan, actors: actors, removedActors: removedActors, baselineActors: baselineActors, ties: ties, pairs: pairs,
                                    emergent: emergent, actorEffects: actorEffects, graphBefore: graphBefore, graphAfter: graphAfter,
                                    expectations: expectations, brokerageSources: brokerageSources)
        result.assessment = assessment
        return result
    }
}

/// The scenario engine's reading of `GraphMetrics`: per-actor `ActorMeasures` and
/// whole-graph `GraphMeasures`, so scenarios, `diff` and `relgraph metrics` share one
/// implementation of every measure.
struct MeasureSet {
    let metrics: GraphMetrics
    /// PageRank, or the uniform distribution when it does not converge, so that a scenario
    /// still reports every other measure.
    let influence: [Double]
    var graph: SignedGraph { metrics.graph }

    /// - Parameter brokerageSources: nil for exact betweenness, else the sample size.
    init(_ graph: SignedGraph, brokerageSources: Int? = nil) {
        metrics = GraphMetrics(graph, scope: .scenario, betweennessSample: brokerageSources)
        influence = (try? metrics.pagerank.get()) ?? Array(repeating: 1 / Double(max(1, graph.nodeCount)), count: graph.nodeCount)
    }

    func actor(_ i: Int) -> ActorMeasures {
        ActorMeasures(positiveStrength: metrics.positiveStrength[i], negativeStrength: metrics.negativeStrength[i], degree: metrics.degree[i],
                      brokerage: metrics.betweenness[i], influence: influence[i])
    }

    /// Whole-graph measures over the actors present (removed or not-yet-added ones are isolated
    /// nodes here and would otherwise count as components and blocs of their own).
    func graph(activeNodes: Set<String>) -> GraphMeasures {
        let balance = metrics.balance
        // Components of actors with ties: an actor tied to nobody on the day fragments nothing.
        let components = metrics.components.filter { $0.count > 1 }
        let partition = metrics.blocs(.weighted)
        let blocs = partition.blocs.filter { $0.contains { !graph.adjacency[$0].isEmpty } }.map { $0.map { graph.nodes[$0] } }
        return GraphMeasures(actors: activeNodes.count, pairs: graph.pairCount, triangles: balance.triangles, balance: balance.weightedShare,
                             unweightedBalance: balance.unweightedShare, components: components.count, blocs: blocs,
                             frustration: partition.weightedFrustration)
    }
}
