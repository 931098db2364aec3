/// A power iteration (PageRank, eigenvector centrality) that did not meet its tolerance in
/// the iterations allowed: the same failure as NetworkX's `PowerIterationFailedConvergence`.
public struct PowerIterationFailedConvergence: Error, Equatable, Sendable, CustomStringConvertible {
    /// How many iterations were made before giving up.
    public let iterations: Int

    public init(iterations: Int) {
        self.iterations = iterations
    }

    public var description: String {
        "power iteration failed to converge within \(iterations) iterations"
    }
}
