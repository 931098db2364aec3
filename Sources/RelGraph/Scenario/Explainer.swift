/// Says why each pair moved: the intermediaries that carried its pressure change at the
/// equilibrium, and the cited ties between the pair's ends and each intermediary.
enum Explainer {
    /// How many intermediaries a pair's explanation lists.
    static let carriersShown = 3

    /// A tracked pair of the world as an effect, with its central values and carriers.
    static func pair(_ p: Int, world: ScenarioWorld, effects: [TieEffect]) -> PairEffect {
        let structure = world.structure, central = world.central
        let ends = structure.ends[p]
        let before: Double? = structure.tiedBefore[p] ? central.before[p] : nil
        let after: Double? = structure.tiedAfter[p] ? central.after[p] : nil
        let carried = world.rule == .balance && structure.movable[p] ? structure.carriers(of: p, central, coupling: world.coupling) : []
        return PairEffect(first: world.nodes[ends.low], second: world.nodes[ends.high], before: before, after: after, tendency: nil,
                          carriers: carriers(carried, of: ends, world: world, effects: effects),
                          tieIDs: structure.slots(of: p).map { effects[Int($0)].id })
    }

    /// An untied pair's tendency as an effect.
    static func untied(_ u: Int, world: ScenarioWorld, effects: [TieEffect]) -> PairEffect {
        let ends = world.untied.ends[u]
        let carried = world.rule == .balance ? world.untied.carriers(of: u, world.central, coupling: world.coupling) : []
        let tendency = world.rule == .balance ? world.untied.tendency(u, world.central, coupling: world.coupling) : 0
        return PairEffect(first: world.nodes[ends.low], second: world.nodes[ends.high], before: nil, after: nil, tendency: tendency,
                          carriers: carriers(carried, of: ends, world: world, effects: effects), tieIDs: [])
    }

    /// The largest carriers, each with the ties joining the pair's ends to it and their sources.
    static func carriers(_ carried: [(through: Int, amount: Double)], of ends: PairKey, world: ScenarioWorld, effects: [TieEffect]) -> [Carrier] {
        let ranked = carried.sorted { abs($0.amount) > abs($1.amount) || (abs($0.amount) == abs($1.amount) && $0.through < $1.through) }
        return ranked.prefix(carriersShown).map { k, amount in
            let legs = legSlots(ends, through: k, world: world).map { effects[$0] }
            var sources: [String] = []
            for leg in legs {
                for citation in leg.tie.citations where !sources.contains(citation.source) { sources.append(citation.source) }
            }
            return Carrier(through: world.nodes[k], amount: amount, tieIDs: legs.map(\.id), sources: sources.sorted(),
                           viaShock: legs.contains { $0.status != .unchanged && $0.status != .propagated })
        }
    }

    /// The slots of the ties joining a pair's ends to intermediary k, before or after.
    static func legSlots(_ ends: PairKey, through k: Int, world: ScenarioWorld) -> [Int] {
        var slots: [Int] = []
        for end in [ends.low, ends.high] {
            if let p = world.structure.pair(end, k) { slots += world.structure.slots(of: p).map(Int.init) }
        }
        return slots
    }

    /// Pairs whose relation differs between two lists of tie effects (before and after), for
    /// `relgraph diff`: each pair's `Relation` of its ties' effective weights, largest change
    /// first. Nothing propagates there, so nothing carries a change.
    static func changedPairs(nodes: [String], effects: [TieEffect]) -> [PairEffect] {
        let index = Dictionary(nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var byPair: [PairKey: [TieEffect]] = [:]
        for effect in effects {
            guard let a = index[effect.tie.from], let b = index[effect.tie.to], a != b else { continue }
            byPair[PairKey(a, b), default: []].append(effect)
        }
        var result: [PairEffect] = []
        for (pair, ties) in byPair {
            let share = { (effect: TieEffect) in effect.tie.kind.pairShare(directed: effect.tie.directed) }
            let before = ties.compactMap { t in t.before.map { share(t) * $0 } }
            let after = ties.compactMap { t in t.after.map { share(t) * $0 } }
            let old: Double? = before.isEmpty ? nil : Relation(effectiveWeights: before).value
            let new: Double? = after.isEmpty ? nil : Relation(effectiveWeights: after).value
            guard old != new else { continue }
            result.append(PairEffect(first: nodes[pair.low], second: nodes[pair.high], before: old, after: new, tendency: nil,
                                     carriers: [], tieIDs: ties.map(\.id)))
        }
        return result.sorted(by: largestFirst)
    }

    static func largestFirst(_ a: PairEffect, _ b: PairEffect) -> Bool {
        abs(a.change) != abs(b.change) ? abs(a.change) > abs(b.change) : (a.first, a.second) < (b.first, b.second)
    }

    /// Findings first (robust, likely, uncertain, negligible), then by the size of the median
    /// change; without draws, by the size of the change.
    static func reportOrder(_ a: PairEffect, _ b: PairEffect) -> Bool {
        let va = a.uncertainty?.verdict ?? .robust, vb = b.uncertainty?.verdict ?? .robust
        if va != vb { return va < vb }
        let ca = abs(a.reportedChange), cb = abs(b.reportedChange)
        return ca != cb ? ca > cb : (a.first, a.second) < (b.first, b.second)
    }
}
