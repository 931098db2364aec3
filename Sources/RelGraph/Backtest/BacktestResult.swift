/// A backtest's outcome (docs/validation.md): for each kind of recorded change, the engine's
/// and the baselines' scores overall and per fold, and the false alarms on relations that did
/// not change.
public struct BacktestResult: Sendable {
    public enum Mode: Sendable, Equatable {
        /// K-fold cross-validation: each fold's changes predicted from the others'.
        case folds(count: Int, seed: UInt64)
        /// A named hindcast: a scenario file's shocks are the only drivers.
        case drivers(path: String, shocks: [String])
    }

    public struct KindResult: Sendable {
        public let kind: HistoryItem.Kind
        public let overall: BacktestScore
        /// One per fold (one entry in drivers mode).
        public let folds: [BacktestScore]
    }

    public struct Fold: Sendable {
        /// Items held out in this fold (drivers mode: every item).
        public let items: Int
        /// Items applied as drivers.
        public let drivers: Int
        public let shockSize: Double
        public let materiality: Double
        /// Unchanged relations the engine moved by at least materiality, of `unchanged` checked.
        public let falseAlarms: Int
        public let unchanged: Int
        /// Each training kind's majority direction (nil: no training items of that kind).
        public let majority: [HistoryItem.Kind: Direction]
    }

    public let modelTitle: String
    public let modelPath: String
    public let from: Day
    public let to: Day
    public let coupling: Double
    public let mode: Mode
    public let kinds: [KindResult]
    public let folds: [Fold]
    /// Relations tied at both dates with the same relation.
    public let unchanged: Int
    /// Every recorded change (drivers included in drivers mode).
    public let items: Int

    public func kind(_ kind: HistoryItem.Kind) -> KindResult? { kinds.first { $0.kind == kind } }

    /// False alarms over all folds: unchanged relations moved by at least materiality, and
    /// the checks made (each fold checks every unchanged relation).
    public var falseAlarms: (alarms: Int, checks: Int) {
        (folds.reduce(0) { $0 + $1.falseAlarms }, folds.reduce(0) { $0 + $1.unchanged })
    }

    public var falseAlarmShare: Double? {
        let (alarms, checks) = falseAlarms
        return checks > 0 ? Double(alarms) / Double(checks) : nil
    }
}
