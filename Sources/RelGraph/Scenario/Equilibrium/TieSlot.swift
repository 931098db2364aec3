/// One tie of a scenario, in the engine's terms: its pair's ends, its share κ, its coded
/// weight, and what the shocks did to it. Baseline ties come first in model order, then the
/// ties the scenario added.
public struct TieSlot: Sendable {
    /// What the shocks did to a tie, in the order they were given.
    public enum Fate: Sendable, Equatable {
        case unchanged
        /// Cut, or one of its actors removed: gone from the world after the shocks.
        case removed
        /// `set` and `scale` shocks, applied in order to the tie's weight.
        case rewritten([Rewrite])
        /// A hypothetical tie the scenario added, with its weight.
        case added(Double)
    }

    public enum Rewrite: Sendable, Equatable {
        case set(Double)
        case scale(Double)
    }

    /// The model's tie number, nil for an added tie.
    public var modelIndex: Int?
    public var from: Int
    public var to: Int
    /// κ (`TieKind.pairShare`).
    public var share: Double
    /// The coded weight (for an added tie, its weight).
    public var weight: Double
    public var fate: Fate

    public init(modelIndex: Int?, from: Int, to: Int, share: Double, weight: Double, fate: Fate) {
        self.modelIndex = modelIndex
        self.from = from
        self.to = to
        self.share = share
        self.weight = weight
        self.fate = fate
    }

    /// Whether it is a tie of the baseline.
    public var isBaseline: Bool { modelIndex != nil }

    /// Whether a shock touched it (its pair is then frozen at the shocked value).
    public var isShocked: Bool { fate != .unchanged }

    /// The tie's weight after the shocks, given its weight before them (nil: absent).
    public func weightAfterShocks(_ before: Double?) -> Double? {
        switch fate {
        case .unchanged: return before
        case .removed: return nil
        case .added(let weight): return weight
        case .rewritten(let rewrites):
            var value = before
            for rewrite in rewrites {
                switch rewrite {
                case .set(let weight): value = weight
                case .scale(let factor): value = value.map { SignedGraph.clamp($0 * factor) }
                }
            }
            return value
        }
    }
}
