/// A partition of the actors into blocs: what `signedBlocs(_:objective:)` returns.
public struct BlocPartition: Sendable, Equatable {
    /// The blocs, each sorted by node number, ordered by their smallest member; together
    /// they hold every node exactly once.
    public let blocs: [[Int]]
    /// Σ |w| over frustrated ties: negative ties inside a bloc and positive ties between
    /// blocs. Reported whichever objective was minimised.
    public let weightedFrustration: Double
    /// The number of frustrated ties. Reported whichever objective was minimised.
    public let unweightedFrustration: Int
    /// True when the partition is proven optimal (every component was searched exhaustively);
    /// false when a heuristic was used for at least one component.
    public let isExact: Bool

    public init(blocs: [[Int]], weightedFrustration: Double, unweightedFrustration: Int, isExact: Bool) {
        self.blocs = blocs
        self.weightedFrustration = weightedFrustration
        self.unweightedFrustration = unweightedFrustration
        self.isExact = isExact
    }

    /// The bloc index of each node, indexed by node number.
    public var blocOfNode: [Int] {
        var result = [Int](repeating: -1, count: blocs.reduce(0) { $0 + $1.count })
        for (index, bloc) in blocs.enumerated() {
            for node in bloc { result[node] = index }
        }
        return result
    }
}
