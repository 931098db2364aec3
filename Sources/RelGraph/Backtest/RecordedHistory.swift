/// A model's recorded history between two dates, as a backtest reads it: every pair's ties at
/// both dates, the pairs whose relation differs (the items), and those whose relation did not
/// change (for false alarms).
public struct RecordedHistory: Sendable {
    public let model: Model
    public let from: Day
    public let to: Day
    /// Actors of either date: those of the first date in model order, then those that exist
    /// only at the second.
    public let nodes: [String]
    let index: [String: Int]
    /// The model's ties that hold at the first date and at the second (indices into `model.ties`).
    let tiesBefore: [Int]
    let tiesAfter: [Int]
    /// Every recorded change, by kind (changed, appeared, ended), each list in pair order.
    public let items: [HistoryItem]
    /// Pairs tied at both dates with the same relation.
    public let unchanged: [Pair]

    public init(model: Model, from: Day, to: Day) {
        self.model = model
        self.from = from
        self.to = to
        let first = model.snapshot(at: from), second = model.snapshot(at: to)
        var nodes = first.actors.map(\.id)
        var index: [String: Int] = [:]
        for (number, id) in nodes.enumerated() where index[id] == nil { index[id] = number }
        for actor in second.actors where index[actor.id] == nil {
            index[actor.id] = nodes.count
            nodes.append(actor.id)
        }
        self.nodes = nodes
        self.index = index
        tiesBefore = first.tieIndices
        tiesAfter = second.tieIndices

        let before = Self.relations(model, first.tieIndices), after = Self.relations(model, second.tieIndices)
        var items: [HistoryItem] = [], unchanged: [Pair] = []
        for (pair, r) in before {
            if let r2 = after[pair] {
                if r2 != r { items.append(HistoryItem(kind: .changed, pair: pair, before: r, after: r2)) } else { unchanged.append(pair) }
            } else {
                items.append(HistoryItem(kind: .ended, pair: pair, before: r, after: nil))
            }
        }
        for (pair, r2) in after where before[pair] == nil {
            items.append(HistoryItem(kind: .appeared, pair: pair, before: nil, after: r2))
        }
        let kindOrder = Dictionary(uniqueKeysWithValues: HistoryItem.Kind.allCases.enumerated().map { ($1, $0) })
        self.items = items.sorted { (kindOrder[$0.kind]!, $0.pair) < (kindOrder[$1.kind]!, $1.pair) }
        self.unchanged = unchanged.sorted()
    }

    /// The recorded changes of one kind.
    public func items(_ kind: HistoryItem.Kind) -> [HistoryItem] { items.filter { $0.kind == kind } }

    /// Each tied pair's relation from the given ties (docs/relations.md).
    static func relations(_ model: Model, _ ties: [Int]) -> [Pair: Double] {
        var effective: [Pair: [Double]] = [:]
        for t in ties {
            let tie = model.ties[t]
            guard tie.from != tie.to else { continue }
            effective[tie.unorderedPair, default: []].append(tie.effectiveWeight)
        }
        return effective.mapValues { Relation(effectiveWeights: $0).value }
    }
}
