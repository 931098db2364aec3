/// Which way a relation moved, or was predicted to move: the only thing a backtest scores
/// (docs/validation.md).
public enum Direction: String, Sendable, CaseIterable, Comparable {
    case down
    case none
    case up

    /// The direction of a change: `none` below `materiality` (a prediction that small is "no
    /// change"), else its sign. A recorded change takes materiality 0.
    public init(change: Double, materiality: Double = 0) {
        if change == 0 || abs(change) < materiality {
            self = .none
        } else {
            self = change > 0 ? .up : .down
        }
    }

    public static func < (a: Direction, b: Direction) -> Bool {
        let order: [Direction] = [.down, .none, .up]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}
