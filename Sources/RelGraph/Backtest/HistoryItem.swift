/// One recorded change of a model's history between two dates: a pair of actors whose
/// relation (docs/relations.md) differs between the two snapshots.
public struct HistoryItem: Sendable, Equatable {
    /// What kind of change the record shows.
    public enum Kind: String, Sendable, CaseIterable {
        /// Tied at both dates, with a different relation.
        case changed
        /// Untied at the first date, tied at the second.
        case appeared
        /// Tied at the first date, untied at the second.
        case ended
    }

    public let kind: Kind
    /// The pair's ends, as `Pair` orders them (by id).
    public let pair: Pair
    /// The relation at the first date (nil: untied) and at the second (nil: untied).
    public let before: Double?
    public let after: Double?

    public init(kind: Kind, pair: Pair, before: Double?, after: Double?) {
        self.kind = kind
        self.pair = pair
        self.before = before
        self.after = after
    }

    /// The recorded direction: of the change (changed, ended: toward 0) or of the relation
    /// that appeared (its sign).
    public var direction: Direction { Direction(change: (after ?? 0) - (before ?? 0)) }
}
