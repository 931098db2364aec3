/// What changed between two versions of a model, or one model at two dates, expressed as a
/// scenario result without shocks, so the same pictures and reports describe it.
///
/// Ties are matched by their ends, direction and kind: a tie in both is changed when its
/// weight differs; one only in the older version was dropped, one only in the newer was added
/// (and is cited, not hypothetical).
public enum ModelComparison {
    public static func compare(old: Snapshot, new: Snapshot, oldLabel: String, newLabel: String) -> ScenarioResult {
        let lookup = merged(new.model, with: old.model)
        let newIDs = Set(new.actors.map(\.id)), oldIDs = Set(old.actors.map(\.id))
        let actors = old.actors + new.actors.filter { !oldIDs.contains($0.id) }
        let nodes = actors.map(\.id)

        struct Key: Hashable { let first: String, second: String, directed: Bool, kind: TieKind }
        func key(_ tie: Tie) -> Key {
            let pair = tie.directed ? (tie.from, tie.to) : (Pair(tie.from, tie.to).first, Pair(tie.from, tie.to).second)
            return Key(first: pair.0, second: pair.1, directed: tie.directed, kind: tie.kind)
        }
        var newByKey: [Key: Int] = [:]
        for index in new.tieIndices { newByKey[key(new.model.ties[index])] = index }
        var effects: [TieEffect] = []
        var matched = Set<Int>()
        for index in old.tieIndices {
            let tie = old.model.ties[index]
            if let newIndex = newByKey[key(tie)] {
                matched.insert(newIndex)
                let current = new.model.ties[newIndex]
                effects.append(TieEffect(id: ModelTieID.of(newIndex), tie: current, modelIndex: newIndex, before: tie.weight, shocked: current.weight,
                                         after: current.weight, status: tie.weight == current.weight ? .unchanged : .changed))
            } else {
                effects.append(TieEffect(id: "old-\(ModelTieID.of(index))", tie: tie, modelIndex: index, before: tie.weight, shocked: nil,
                                         after: nil, status: .removed))
            }
        }
        for index in new.tieIndices where !matched.contains(index) {
            let tie = new.model.ties[index]
            effects.append(TieEffect(id: ModelTieID.of(index), tie: tie, modelIndex: index, before: nil, shocked: tie.weight, after: tie.weight, status: .added))
        }

        let share = { (effect: TieEffect) in effect.tie.kind.pairShare(directed: effect.tie.directed) }
        let before = SignedGraph(nodes: nodes, pairs: effects.compactMap { effect in effect.before.map { (effect.tie.from, effect.tie.to, share(effect) * $0) } })
        let after = SignedGraph(nodes: nodes, pairs: effects.compactMap { effect in effect.after.map { (effect.tie.from, effect.tie.to, share(effect) * $0) } })
        let beforeMeasures = MeasureSet(before), afterMeasures = MeasureSet(after)
        let removed = oldIDs.subtracting(newIDs)
        let pairs = Explainer.changedPairs(nodes: nodes, effects: effects)
        let pairsByActor = PairEffect.byActor(pairs)
        let actorEffects = nodes.indices.map { i -> ActorEffect in
            ActorEffect(actor: nodes[i], before: oldIDs.contains(nodes[i]) ? beforeMeasures.actor(i) : nil,
                        after: newIDs.contains(nodes[i]) ? afterMeasures.actor(i) : nil,
                        pairs: pairsByActor[nodes[i]] ?? [])
        }.sorted { abs($0.change(.strength)) > abs($1.change(.strength)) || (abs($0.change(.strength)) == abs($1.change(.strength)) && $0.actor < $1.actor) }

        let scenario = Scenario(path: "comparison", title: "Changes: \(oldLabel) → \(newLabel)",
                                description: "What differs between \(oldLabel) and \(newLabel): ties dropped, added or re-weighted, and actors that came or went.",
                                shocks: [], propagation: Propagation(model: .none))
        let plan = ScenarioPlan(scenario: scenario, model: lookup, baseline: old.day, steps: [], notes: [],
                                comparison: ScenarioPlan.Comparison(before: oldLabel, after: newLabel))
        return ScenarioResult(plan: plan, actors: actors, removedActors: removed, baselineActors: oldIDs, ties: effects, pairs: pairs,
                              emergent: [], actorEffects: actorEffects, graphBefore: beforeMeasures.graph(activeNodes: oldIDs),
                              graphAfter: afterMeasures.graph(activeNodes: newIDs), expectations: [])
    }

    /// The newer model, with the older one's sources, groups and actors it no longer has,
    /// so everything either version mentions can be looked up and cited.
    static func merged(_ new: Model, with old: Model) -> Model {
        var model = new
        let sources = Set(new.sources.map(\.id)), groups = Set(new.groups.map(\.id)), actors = Set(new.actors.map(\.id))
        model.sources += old.sources.filter { !sources.contains($0.id) }
        model.groups += old.groups.filter { !groups.contains($0.id) }
        model.actors += old.actors.filter { !actors.contains($0.id) }
        return model
    }
}
