/// Why a backtest cannot run.
public enum BacktestError: Error, Sendable, CustomStringConvertible {
    case tooFewFolds(Int)
    case tooFewChanges(Int, folds: Int, from: Day, to: Day)
    case equilibrium(EquilibriumError)
    case engine(String)

    public var description: String {
        switch self {
        case .tooFewFolds(let folds): return "--folds \(folds): a backtest needs at least 2 folds"
        case .tooFewChanges(let count, let folds, let from, let to):
            return "only \(count) recorded change\(count == 1 ? "" : "s") between \(from) and \(to), fewer than the \(folds) folds; choose fewer folds or dates further apart"
        case .equilibrium(let error): return error.description
        case .engine(let message): return message
        }
    }
}
