/// One hindcast: the first date's world with some recorded changes applied as drivers (each
/// such pair's ties set to their state at the second date: the first date's ties cut, the
/// second date's added), solved by the scenario engine's equilibrium (docs/scenarios.md), and
/// read out for the pairs a backtest scores.
///
/// It works below shocks, on the engine's own structures (`TieSlot`, `PairStructure`,
/// `EquilibriumSolver`): a driver pair gets the second date's ties exactly, whatever their
/// kinds and directions, with no name to resolve, and a fold of a 15,000-tie history is one
/// structure and one solve. The drivers are exactly what `cut` and `add` shocks would do to
/// those ties; the pair is frozen at its recorded relation, as a shocked pair is.
struct Hindcast {
    let structure: PairStructure
    let state: EquilibriumState
    let coupling: Double
    /// m = min(0.05, 0.1 × the largest change the drivers made to a pair's relation).
    let materiality: Double
    let shockSize: Double
    let nodeIndex: [String: Int]

    init(_ history: RecordedHistory, drivers: Set<Pair>, coupling: Double, solver: EquilibriumSolver = EquilibriumSolver()) throws(EquilibriumError) {
        let model = history.model, index = history.index
        var slots: [TieSlot] = []
        slots.reserveCapacity(history.tiesBefore.count + 16)
        for t in history.tiesBefore {
            let tie = model.ties[t]
            guard tie.from != tie.to else { continue }
            let driven = drivers.contains(tie.unorderedPair)
            slots.append(TieSlot(modelIndex: t, from: index[tie.from]!, to: index[tie.to]!, share: tie.kind.pairShare(directed: tie.directed),
                                 weight: tie.weight, fate: driven ? .removed : .unchanged))
        }
        for t in history.tiesAfter {
            let tie = model.ties[t]
            guard tie.from != tie.to, drivers.contains(tie.unorderedPair) else { continue }
            slots.append(TieSlot(modelIndex: nil, from: index[tie.from]!, to: index[tie.to]!, share: tie.kind.pairShare(directed: tie.directed),
                                 weight: tie.weight, fate: .added(tie.weight)))
        }
        let structure = PairStructure(nodeCount: history.nodes.count, tieSlots: slots, removed: [])
        let coded = structure.codedWeights
        var state = structure.state(weights: coded.weights, present: coded.present)
        try solver.solve(structure, &state, coupling: coupling)
        var size = 0.0
        for p in 0 ..< structure.pairCount where structure.frozen[p] { size = max(size, abs(state.shocked[p] - state.before[p])) }
        self.structure = structure
        self.state = state
        self.coupling = coupling
        shockSize = size
        materiality = ScenarioWorld.materiality(shockSize: size)
        nodeIndex = index
    }

    /// The predicted change of each pair: W* − R⁰ for a pair tied at the first date, the
    /// emergent tendency T for one untied in this world (docs/scenarios.md).
    func predictedChanges(_ pairs: [Pair]) -> [Double] {
        var result = [Double](repeating: 0, count: pairs.count)
        var untied: [(position: Int, key: PairKey)] = []
        for (position, pair) in pairs.enumerated() {
            let key = PairKey(nodeIndex[pair.first]!, nodeIndex[pair.second]!)
            if let p = structure.pair(key.low, key.high), structure.tiedBefore[p] || structure.tiedAfter[p] {
                result[position] = state.after[p] - state.before[p]
            } else {
                untied.append((position, key))
            }
        }
        if !untied.isEmpty {
            let tendencies = UntiedPairs(structure, pairs: untied.map(\.key))
            for (u, entry) in untied.enumerated() { result[entry.position] = tendencies.tendency(u, state, coupling: coupling) }
        }
        return result
    }
}
