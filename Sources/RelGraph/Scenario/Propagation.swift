/// How second-order effects spread (docs/scenarios.md, "The engine").
public struct Propagation: Sendable, Hashable {
    public enum Model: String, CaseIterable, Sendable {
        /// Structural balance: a tie moves with the change in what common neighbours imply.
        case balance
        /// Only the shocks themselves.
        case none
    }

    public var model: Model
    /// Rounds of propagation; each round feeds the next.
    public var steps: Int
    /// The fraction of the normalised pressure change a tie takes per step.
    public var rate: Double
    /// How large an accumulated change between two untied actors must be to be reported.
    public var threshold: Double

    public init(model: Model = .balance, steps: Int = 3, rate: Double = 0.5, threshold: Double = 0.15) {
        self.model = model
        self.steps = steps
        self.rate = rate
        self.threshold = threshold
    }

    public static let standard = Propagation()
}
