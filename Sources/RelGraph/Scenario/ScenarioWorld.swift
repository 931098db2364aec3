#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scenario made ready for the engine: actors numbered, ties as slots with what the shocks
/// did to each, the pairs and wedges, the central run solved, materiality settled and the
/// effects to report chosen. Everything the draws need, shared read-only between them.
struct ScenarioWorld: Sendable {
    let plan: ScenarioPlan
    /// Baseline actors (model order), then actors the scenario added.
    let actors: [Actor]
    let nodes: [String]
    let index: [String: Int]
    let removedActors: Set<String>
    let baselineActors: Set<String>
    /// Slot s is tie `slotTies[s]` with effect id `slotIDs[s]`.
    let slotTies: [Tie]
    let slotIDs: [String]
    let structure: PairStructure
    let rule: PropagationRule
    let coupling: Double
    let solver: EquilibriumSolver
    /// The coded world (every tie there, coded weights, α = `coupling`), solved.
    let central: EquilibriumState
    /// The largest change the shocks themselves made to a pair's relation.
    let shockSize: Double
    /// m = min(0.05, 0.1 × shock size): smaller effects are negligible.
    let materiality: Double
    /// Pairs of `structure` reported as effects: every pair the shocks changed, every other
    /// whose relation moves by at least m/10 in the central run, and pairs expectations name.
    let tracked: [Int]
    /// Untied pairs whose central tendency reaches m, and untied pairs expectations name.
    let untied: UntiedPairs

    /// The most a relation changed by the shocks can be 0 (nothing moved): no effect is then
    /// material, and none is listed.
    static let materialityCap = 0.05
    static let materialityShare = 0.1
    /// Effects below m × this in the central run are not listed (they cannot be findings).
    static let listedShareOfMateriality = 0.1

    static func materiality(shockSize: Double) -> Double { min(materialityCap, materialityShare * shockSize) }

    init(_ plan: ScenarioPlan, coupling: Double? = nil, solver: EquilibriumSolver = EquilibriumSolver()) throws(EquilibriumError) {
        self.plan = plan
        self.solver = solver
        rule = plan.scenario.propagation.model
        self.coupling = coupling ?? plan.scenario.propagation.coupling
        let model = plan.model
        let snapshot = model.snapshot(at: plan.baseline)

        // Ties as slots: the baseline's in model order, then the added ones; the shocks in order.
        var actors = snapshot.actors
        var ties: [Tie] = snapshot.tieIndices.map { model.ties[$0] }
        var ids: [String] = snapshot.tieIndices.map(ModelTieID.of)
        var indices: [Int?] = snapshot.tieIndices.map { $0 }
        var fates = [TieSlot.Fate](repeating: .unchanged, count: ties.count)
        var removed = Set<String>()
        let position = Dictionary(snapshot.tieIndices.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (_, step) in plan.steps {
            switch step {
            case .remove(let actor):
                removed.insert(actor)
                for s in ties.indices where ties[s].from == actor || ties[s].to == actor { fates[s] = .removed }
            case .cut(let cut):
                for modelIndex in cut { if let s = position[modelIndex] { fates[s] = .removed } }
            case .set(let modelIndex, let weight):
                if let s = position[modelIndex] { fates[s] = Self.rewrite(fates[s], .set(weight)) }
            case .scale(let modelIndex, let factor):
                if let s = position[modelIndex] { fates[s] = Self.rewrite(fates[s], .scale(factor)) }
            case .add(let tie):
                ties.append(tie)
                ids.append("added-\(ids.count - snapshot.tieIndices.count + 1)")
                indices.append(nil)
                fates.append(.added(tie.weight))
            case .addActor(let actor):
                actors.append(actor)
            }
        }
        // An added tie to a removed actor never exists; ids of added ties keep their numbers.
        let keep = ties.indices.filter { indices[$0] != nil || !(removed.contains(ties[$0].from) || removed.contains(ties[$0].to)) }
        ties = keep.map { ties[$0] }
        ids = keep.map { ids[$0] }
        indices = keep.map { indices[$0] }
        fates = keep.map { fates[$0] }

        self.actors = actors
        nodes = actors.map(\.id)
        var index: [String: Int] = [:]
        for (number, id) in nodes.enumerated() where index[id] == nil { index[id] = number }
        self.index = index
        removedActors = removed
        baselineActors = Set(snapshot.actors.map(\.id))
        slotTies = ties
        slotIDs = ids
        let slots = ties.indices.map { s in
            TieSlot(modelIndex: indices[s], from: index[ties[s].from]!, to: index[ties[s].to]!,
                    share: ties[s].kind.pairShare(directed: ties[s].directed), weight: ties[s].weight, fate: fates[s])
        }
        let structure = PairStructure(nodeCount: nodes.count, tieSlots: slots, removed: Set(removed.compactMap { index[$0] }))
        self.structure = structure

        let coded = structure.codedWeights
        var central = structure.state(weights: coded.weights, present: coded.present)
        if rule == .balance { try solver.solve(structure, &central, coupling: self.coupling) }
        self.central = central

        var shockSize = 0.0
        for p in 0 ..< structure.pairCount where structure.frozen[p] {
            shockSize = max(shockSize, abs(central.shocked[p] - central.before[p]))
        }
        self.shockSize = shockSize
        let m = Self.materiality(shockSize: shockSize)
        materiality = m

        // The pairs expectations name, found among the tied pairs or kept as untied ones.
        let names = ActorNames(actors)
        var named = Set<Int>(), namedUntied: [PairKey] = []
        for expectation in plan.scenario.expectations {
            guard case .pair(let reference) = expectation.target,
                  let a = names.resolve(reference.from).flatMap({ index[$0] }), let b = names.resolve(reference.to).flatMap({ index[$0] }),
                  a != b else { continue }
            if let p = structure.pair(a, b) { named.insert(p) } else { namedUntied.append(PairKey(a, b)) }
        }
        let floor = m * Self.listedShareOfMateriality
        tracked = (0 ..< structure.pairCount).filter { p in
            let change = central.after[p] - central.before[p]
            let shocked = structure.frozen[p] && (change != 0 || structure.tiedBefore[p] != structure.tiedAfter[p])
            return named.contains(p) || shocked || (change != 0 && abs(change) >= floor)
        }
        var kept: [PairKey] = []
        if rule == .balance && m > 0 {
            let candidates = UntiedPairs(structure, pairs: structure.untiedCandidates(central, floor: m))
            for u in 0 ..< candidates.count where abs(candidates.tendency(u, central, coupling: self.coupling)) >= m {
                kept.append(candidates.ends[u])
            }
        }
        let extra = Set(namedUntied.map(\.packed)).subtracting(kept.map(\.packed)).sorted().map(PairKey.init(packed:))
        untied = UntiedPairs(structure, pairs: kept + extra)
    }

    static func rewrite(_ fate: TieSlot.Fate, _ rewrite: TieSlot.Rewrite) -> TieSlot.Fate {
        switch fate {
        case .unchanged: return .rewritten([rewrite])
        case .rewritten(let rewrites): return .rewritten(rewrites + [rewrite])
        // A removed tie stays removed; an added one is not a model tie (shocks name model ties).
        case .removed, .added: return fate
        }
    }

    /// Solves a world's state by the scenario's rule (`none`: the shocked values stand).
    func solve(_ state: inout EquilibriumState, coupling alpha: Double, start: [Double]? = nil) throws(EquilibriumError) {
        if rule == .balance { try solver.solve(structure, &state, coupling: alpha, start: start) }
    }

    /// A tracked pair's value after the shocks in a solved world: its relation, or — when none
    /// of its ties is there in that world — the tendency it feels as an untied pair.
    func after(ofPair p: Int, _ state: EquilibriumState, coupling alpha: Double) -> Double {
        if structure.movable[p] && !state.live[p] {
            return rule == .balance ? structure.tendency(p, state, coupling: alpha) : 0
        }
        return state.after[p]
    }

    // MARK: - Graphs for the measures

    /// The signed graph of a world before (`after: false`) or after the shocks and propagation:
    /// each pair tied in it with its relation r and its cooperative part c. A pair that
    /// propagation moved takes W for r; its ties are moved by the pair's change in atanh units
    /// (`shifted`) to find c.
    func graph(_ state: EquilibriumState, weights: [Double], present: [Bool], after: Bool) -> SignedGraph {
        var rows = [[SignedGraph.Neighbour]](repeating: [], count: nodes.count)
        var entries: [(low: Int, high: Int, r: Double, c: Double)] = []
        for p in 0 ..< structure.pairCount {
            let ties = structure.slots(of: p).map(Int.init)
            var effective: [Double] = []
            for s in ties {
                let slot = structure.tieSlots[s]
                let drawn: Double? = slot.isBaseline && present[s] ? weights[s] : nil
                let value = after ? slot.weightAfterShocks(drawn) : drawn
                if let value { effective.append(slot.share * value) }
            }
            guard !effective.isEmpty else { continue }
            var relation = Relation(effectiveWeights: effective)
            var r = relation.value
            if after && structure.movable[p] && state.after[p] != state.before[p] {
                r = state.after[p]
                let shift = atanh(state.after[p]) - atanh(state.before[p])
                relation = Relation(effectiveWeights: ties.compactMap { s -> Double? in
                    let slot = structure.tieSlots[s]
                    guard present[s] else { return nil }
                    return slot.share * Self.shifted(weights[s], by: shift)
                })
            }
            entries.append((structure.ends[p].low, structure.ends[p].high, r, relation.cooperative))
        }
        // Rows ascend: neighbours below a node (pairs where it is the high end) come first.
        for entry in entries { rows[entry.high].append(SignedGraph.Neighbour(node: entry.low, weight: entry.r, cooperative: entry.c)) }
        for entry in entries { rows[entry.low].append(SignedGraph.Neighbour(node: entry.high, weight: entry.r, cooperative: entry.c)) }
        return SignedGraph(nodes: nodes, index: index, sortedAdjacency: rows)
    }

    /// A tie's weight moved by `shift` in atanh units: how a propagated pair's ties are drawn.
    static func shifted(_ weight: Double, by shift: Double) -> Double {
        shift == 0 ? weight : tanh(atanh(weight) + shift)
    }
}
