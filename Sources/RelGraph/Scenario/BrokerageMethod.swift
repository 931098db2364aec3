/// How the scenario engine measures brokerage — betweenness over cooperative relations, the
/// costliest measure by far: exactly, or estimated from sampled sources on large graphs.
public enum BrokerageMethod: Sendable, Hashable {
    /// Exact while actors × cooperative relations stay within `exactWorkLimit` (about a
    /// second on one core); beyond, estimated from `standardSample` sources.
    case automatic
    /// Always exact (Brandes from every actor): minutes on the largest models.
    case exact
    /// Estimated from this many sources (`sampledBetweennessCentrality`).
    case sampled(sources: Int)

    /// 10⁸: a 2,000-actor model with 50,000 cooperative relations is still exact.
    public static let exactWorkLimit = 100_000_000
    public static let standardSample = 500
    /// The same sources before and after, so the change is measured with common random numbers.
    public static let sampleSeed: UInt64 = 1

    /// The number of sources to sample on `graph`, or nil for the exact computation.
    public func sampleSize(for graph: SignedGraph) -> Int? {
        switch self {
        case .exact:
            return nil
        case .sampled(let sources):
            return sources < graph.nodeCount ? max(1, sources) : nil
        case .automatic:
            let cooperative = graph.adjacency.reduce(0) { $0 + $1.count { $0.weight > 0 } } / 2
            guard graph.nodeCount * cooperative > Self.exactWorkLimit, Self.standardSample < graph.nodeCount else { return nil }
            return Self.standardSample
        }
    }
}
