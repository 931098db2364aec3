/// How the engine and the three baselines did on one set of items of one kind (a fold, or
/// all folds together).
public struct BacktestScore: Sendable, Equatable {
    /// Items scored.
    public var count = 0
    /// Items whose predicted direction (`none` below materiality) is the recorded one.
    public var engine = 0
    /// Items the engine moved by at least materiality (whatever the direction).
    public var material = 0
    /// Of those, the ones in the recorded direction.
    public var materialCorrect = 0
    /// The secondary reading, "direction at any size" (docs/validation.md): items whose
    /// predicted sign, however small the change or tendency, is the recorded direction; only a
    /// prediction below `Backtest.anySizeFloor` counts as no change.
    public var anySize = 0
    /// `persistence`: no change, right only for an item whose recorded direction is `none`.
    public var persistence = 0
    /// `majority`: the most common direction among the training items of the kind.
    public var majority = 0
    /// `random`: the expected number right when each item's direction is drawn with the
    /// training items' frequencies (the sum of each item's recorded direction's frequency).
    public var random = 0.0

    public init() {}

    public static func + (a: BacktestScore, b: BacktestScore) -> BacktestScore {
        var sum = a
        sum.count += b.count
        sum.engine += b.engine
        sum.material += b.material
        sum.materialCorrect += b.materialCorrect
        sum.anySize += b.anySize
        sum.persistence += b.persistence
        sum.majority += b.majority
        sum.random += b.random
        return sum
    }

    /// Share right: nil without items.
    public func accuracy(_ baseline: Baseline?) -> Double? {
        guard count > 0 else { return nil }
        switch baseline {
        case nil: return Double(engine) / Double(count)
        case .persistence?: return Double(persistence) / Double(count)
        case .majority?: return Double(majority) / Double(count)
        case .random?: return random / Double(count)
        }
    }

    /// The engine's accuracy among the items it moved materially.
    public var materialAccuracy: Double? { material > 0 ? Double(materialCorrect) / Double(material) : nil }

    /// The secondary reading's accuracy: nil without items.
    public var anySizeAccuracy: Double? { count > 0 ? Double(anySize) / Double(count) : nil }

    /// The baseline with the highest accuracy (the first in `Baseline.allCases` on a tie).
    public var bestBaseline: Baseline {
        Baseline.allCases.max { (accuracy($0) ?? 0) < (accuracy($1) ?? 0) } ?? .persistence
    }

    /// The one-sided exact binomial test of the engine's count against the best baseline's
    /// accuracy: P(X ≥ engine) for X ~ Binomial(count, rate). Nil without items.
    public var pValue: Double? {
        guard count > 0, let rate = accuracy(bestBaseline) else { return nil }
        return BinomialTest.upperTail(successes: engine, trials: count, probability: min(1, max(0, rate)))
    }

    /// The same test of the secondary reading's count against the same best baseline's rate
    /// (the baselines do not depend on materiality). Nil without items.
    public var anySizePValue: Double? {
        guard count > 0, let rate = accuracy(bestBaseline) else { return nil }
        return BinomialTest.upperTail(successes: anySize, trials: count, probability: min(1, max(0, rate)))
    }
}
