/// One world's relations for a `PairStructure`: before the shocks, right after them, and at
/// the equilibrium. The central run, each uncertainty draw and each source left out is one.
public struct EquilibriumState: Sendable {
    /// R⁰: each pair's relation at the baseline (0 when none of its ties is there).
    public var before: [Double]
    /// S: right after the shocks (0 when none of its ties is there).
    public var shocked: [Double]
    /// The pair may move in this world: movable, and one of its ties is there.
    public var live: [Bool]
    /// W*: the equilibrium (S for every pair that does not move); filled by the solver.
    public var after: [Double]
    /// Sweeps the solver took.
    public var iterations = 0

    init(pairCount: Int) {
        before = [Double](repeating: 0, count: pairCount)
        shocked = before
        after = before
        live = [Bool](repeating: false, count: pairCount)
    }
}

extension PairStructure {
    /// A world's relations from its tie weights: `weights[slot]` is the raw weight of a
    /// baseline tie (ignored for added ties) and `present[slot]` whether it is there; the shocks
    /// then act on those weights as `TieSlot.Fate` says. Each pair's relation is the `Relation`
    /// of its ties' effective weights.
    public func state(weights: [Double], present: [Bool]) -> EquilibriumState {
        var state = EquilibriumState(pairCount: pairCount)
        fill(&state, weights: weights, present: present)
        return state
    }

    /// `state(weights:present:)` into an existing state (its arrays reused).
    func fill(_ state: inout EquilibriumState, weights: [Double], present: [Bool]) {
        fill(&state, weights: weights, present: present, pairs: 0 ..< pairCount)
    }

    /// Only the given pairs' relations, from their ties' weights: for a world that differs from
    /// another in a few ties.
    func fill(_ state: inout EquilibriumState, weights: [Double], present: [Bool], pairs: some Sequence<Int>) {
        var positive: [Double] = [], negative: [Double] = []
        positive.reserveCapacity(8)
        negative.reserveCapacity(8)
        for p in pairs {
            let range = Int(slotStart[p]) ..< Int(slotStart[p + 1])
            var anyBefore = false, anyAfter = false
            var beforeValue = 0.0, afterValue = 0.0
            if range.count == 1 {
                let index = Int(slots[range.lowerBound])
                let slot = tieSlots[index]
                let drawn: Double? = slot.isBaseline && present[index] ? weights[index] : nil
                if let drawn { anyBefore = true; beforeValue = slot.share * drawn }
                if let after = slot.weightAfterShocks(drawn) { anyAfter = true; afterValue = slot.share * after }
            } else {
                // Before the shocks.
                positive.removeAll(keepingCapacity: true); negative.removeAll(keepingCapacity: true)
                for index in slots[range].map(Int.init) {
                    let slot = tieSlots[index]
                    guard slot.isBaseline && present[index] else { continue }
                    anyBefore = true
                    let e = slot.share * weights[index]
                    if e > 0 { positive.append(e) } else if e < 0 { negative.append(-e) }
                }
                beforeValue = Relation.part(&positive) - Relation.part(&negative)
                // After them.
                positive.removeAll(keepingCapacity: true); negative.removeAll(keepingCapacity: true)
                for index in slots[range].map(Int.init) {
                    let slot = tieSlots[index]
                    guard let after = slot.weightAfterShocks(slot.isBaseline && present[index] ? weights[index] : nil) else { continue }
                    anyAfter = true
                    let e = slot.share * after
                    if e > 0 { positive.append(e) } else if e < 0 { negative.append(-e) }
                }
                afterValue = Relation.part(&positive) - Relation.part(&negative)
            }
            state.before[p] = beforeValue
            state.shocked[p] = afterValue
            state.after[p] = afterValue
            state.live[p] = movable[p] && anyAfter
            _ = anyBefore
        }
    }

    /// The coded world: every tie there with its coded weight.
    public var codedWeights: (weights: [Double], present: [Bool]) {
        (tieSlots.map(\.weight), tieSlots.map(\.isBaseline))
    }
}
