/// Runs a scenario: baseline → shocks → propagation → measures → explanations → verdicts.
public enum ScenarioEngine {
    /// - Parameter brokerage: exact betweenness, or an estimate on large graphs (docs/scenarios.md).
    public static func run(_ plan: ScenarioPlan, brokerage: BrokerageMethod = .automatic) -> ScenarioResult {
        let model = plan.model
        let snapshot = model.snapshot(at: plan.baseline)

        // The working ties: the baseline's, then the shocks applied in order.
        var actors = snapshot.actors
        var working: [(id: String, tie: Tie, modelIndex: Int?)] = snapshot.tieIndices.map { (ModelTieID.of($0), model.ties[$0], $0) }
        var status: [String: TieEffect.Status] = [:]
        var removedActors = Set<String>()
        var added = 0
        for (_, step) in plan.steps {
            switch step {
            case .remove(let actor):
                removedActors.insert(actor)
                for entry in working where entry.tie.from == actor || entry.tie.to == actor { status[entry.id] = .removed }
                working.removeAll { $0.tie.from == actor || $0.tie.to == actor }
            case .cut(let indices):
                let ids = Set(indices.map(ModelTieID.of))
                for id in ids where working.contains(where: { $0.id == id }) { status[id] = .removed }
                working.removeAll { ids.contains($0.id) }
            case .set(let index, let weight):
                if let position = working.firstIndex(where: { $0.id == ModelTieID.of(index) }) {
                    working[position].tie.weight = weight
                    status[working[position].id] = .set
                }
            case .scale(let index, let factor):
                if let position = working.firstIndex(where: { $0.id == ModelTieID.of(index) }) {
                    working[position].tie.weight = SignedGraph.clamp(working[position].tie.weight * factor)
                    status[working[position].id] = .scaled
                }
            case .add(let tie):
                added += 1
                let id = "added-\(added)"
                working.append((id, tie, nil))
                status[id] = .added
            case .addActor(let actor):
                actors.append(actor)
            }
        }
        // Ties of removed actors stay removed even if added later by mistake of order.
        working.removeAll { removedActors.contains($0.tie.from) || removedActors.contains($0.tie.to) }

        let nodes = actors.map(\.id)
        let baselineGraph = SignedGraph(nodes: nodes, pairs: snapshot.ties.map { ($0.from, $0.to, $0.weight) })
        let index = baselineGraph.index
        let propagation = BalancePropagation(nodeCount: nodes.count, baseline: baselineGraph, parameters: plan.scenario.propagation,
                                             removed: Set(removedActors.compactMap { index[$0] }))
        let input = working.map { entry in
            BalancePropagation.WorkingTie(from: index[entry.tie.from]!, to: index[entry.tie.to]!, weight: entry.tie.weight,
                                          frozen: status[entry.id] != nil)
        }
        let (propagated, carried) = propagation.run(input)
        let afterGraph = propagation.graph(of: propagated)

        // Tie effects, in model order then added order.
        var effects: [TieEffect] = []
        var afterWeight: [String: Double] = [:]
        for (entry, final) in zip(working, propagated) { afterWeight[entry.id] = final.weight }
        let shockedWeight = Dictionary(working.map { ($0.id, $0.tie.weight) }, uniquingKeysWith: { a, _ in a })
        for modelIndex in snapshot.tieIndices {
            let id = ModelTieID.of(modelIndex)
            let tie = model.ties[modelIndex]
            let after = afterWeight[id]
            var state = status[id] ?? .unchanged
            if state == .unchanged, let after, after != tie.weight { state = .propagated }
            effects.append(TieEffect(id: id, tie: tie, modelIndex: modelIndex, before: tie.weight, shocked: shockedWeight[id], after: after, status: state))
        }
        for entry in working where entry.modelIndex == nil {
            effects.append(TieEffect(id: entry.id, tie: entry.tie, modelIndex: nil, before: nil, shocked: entry.tie.weight,
                                     after: afterWeight[entry.id], status: .added))
        }

        let explainer = Explainer(nodes: nodes, effects: effects, baseline: baselineGraph, after: afterGraph, carried: carried, model: model)
        let pairs = explainer.changedPairs()
        let emergent = explainer.emergentPairs(threshold: plan.scenario.propagation.threshold)

        let sampled = brokerage.sampleSize(for: baselineGraph)
        let before = MeasureSet(baselineGraph, brokerageSources: sampled)
        let after = MeasureSet(afterGraph, brokerageSources: sampled)
        let snapshotIDs = Set(snapshot.actors.map(\.id))
        let pairsByActor = PairEffect.byActor(pairs)
        let actorEffects = nodes.indices.map { i -> ActorEffect in
            let id = nodes[i]
            return ActorEffect(actor: id,
                               before: snapshotIDs.contains(id) ? before.actor(i) : nil,
                               after: removedActors.contains(id) ? nil : after.actor(i),
                               pairs: pairsByActor[id] ?? [])
        }.sorted { abs($0.change(.strength)) > abs($1.change(.strength)) || (abs($0.change(.strength)) == abs($1.change(.strength)) && $0.actor < $1.actor) }

        let graphBefore = before.graph(activeNodes: Set(snapshotIDs))
        let graphAfter = after.graph(activeNodes: Set(nodes).subtracting(removedActors))
        var result = ScenarioResult(plan: plan, actors: actors, removedActors: removedActors, baselineActors: snapshotIDs, ties: effects, pairs: pairs, emergent: emergent,
                                    actorEffects: actorEffects, graphBefore: graphBefore, graphAfter: graphAfter, expectations: [])
        result.brokerageSources = sampled
        result = result.with(expectations: ExpectationCheck.evaluate(plan.scenario.expectations, in: result, names: ActorNames(actors)))
        return result
    }
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
        ScenarioResult(plan: plan, actors: actors, removedActors: removedActors, baselineActors: baselineActors, ties: ties, pairs: pairs, emergent: emergent,
                       actorEffects: actorEffects, graphBefore: graphBefore, graphAfter: graphAfter, expectations: expectations,
                       brokerageSources: brokerageSources)
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
