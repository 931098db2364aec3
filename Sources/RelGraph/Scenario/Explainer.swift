/// Says why each pair moved: the intermediaries that carried its pressure change, and the
/// cited ties between the pair's ends and each intermediary.
struct Explainer {
    let nodes: [String]
    let effects: [TieEffect]
    let baseline: SignedGraph
    let after: SignedGraph
    let carried: [PairKey: BalancePropagation.Carried]
    let model: Model

    /// The ties between two actors, whatever their direction; built once, read for every pair.
    private let tiesByPair: [PairKey: [TieEffect]]

    /// How many intermediaries a pair's explanation lists.
    static let carriersShown = 3

    init(nodes: [String], effects: [TieEffect], baseline: SignedGraph, after: SignedGraph,
         carried: [PairKey: BalancePropagation.Carried], model: Model) {
        self.nodes = nodes
        self.effects = effects
        self.baseline = baseline
        self.after = after
        self.carried = carried
        self.model = model
        var byPair: [PairKey: [TieEffect]] = [:]
        let index = baseline.index
        for effect in effects {
            guard let a = index[effect.tie.from], let b = index[effect.tie.to] else { continue }
            byPair[PairKey(a, b), default: []].append(effect)
        }
        tiesByPair = byPair
    }

    /// Pairs whose relation changed (by shock or propagation), largest change first.
    func changedPairs() -> [PairEffect] {
        let byPair = tiesByPair
        var result: [PairEffect] = []
        for (pair, ties) in byPair {
            let before = baseline.weight(pair.low, pair.high)
            let now = after.weight(pair.low, pair.high)
            guard before != now else { continue }
            result.append(PairEffect(first: nodes[pair.low], second: nodes[pair.high], before: before, after: now, tendency: nil,
                                     carriers: carriers(of: pair, byPair: byPair), tieIDs: ties.map(\.id)))
        }
        return result.sorted(by: Self.largestFirst)
    }

    /// Untied pairs whose accumulated tendency reached the threshold.
    func emergentPairs(threshold: Double) -> [PairEffect] {
        let byPair = tiesByPair
        var result: [PairEffect] = []
        for (pair, record) in carried where byPair[pair] == nil && record.tendency != 0 && abs(record.tendency) >= threshold {
            result.append(PairEffect(first: nodes[pair.low], second: nodes[pair.high], before: nil, after: nil, tendency: record.tendency,
                                     carriers: carriers(of: pair, byPair: byPair), tieIDs: []))
        }
        return result.sorted(by: Self.largestFirst)
    }

    func carriers(of pair: PairKey, byPair: [PairKey: [TieEffect]]) -> [Carrier] {
        guard let record = carried[pair] else { return [] }
        let ranked = record.byIntermediary.sorted { abs($0.value) > abs($1.value) || (abs($0.value) == abs($1.value) && $0.key < $1.key) }
        return ranked.prefix(Self.carriersShown).map { k, amount in
            let legs = (byPair[PairKey(pair.low, k)] ?? []) + (byPair[PairKey(k, pair.high)] ?? [])
            var sources: [String] = []
            for leg in legs {
                for citation in leg.tie.citations where !sources.contains(citation.source) { sources.append(citation.source) }
            }
            return Carrier(through: nodes[k], amount: amount, tieIDs: legs.map(\.id), sources: sources.sorted(),
                           viaShock: legs.contains { $0.status != .unchanged && $0.status != .propagated })
        }
    }

    static func largestFirst(_ a: PairEffect, _ b: PairEffect) -> Bool {
        abs(a.change) != abs(b.change) ? abs(a.change) > abs(b.change) : (a.first, a.second) < (b.first, b.second)
    }
}
