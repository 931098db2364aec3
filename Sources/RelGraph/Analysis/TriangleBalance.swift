/// How many of a signed graph's triangles are balanced: what `triangleBalance(_:)` returns.
public struct TriangleBalance: Sendable, Equatable {
    /// Triangles formed by three ties of non-zero weight.
    public let triangles: Int
    /// Triangles whose three signs multiply to +: +++ (friends of friends) and +−− (the
    /// enemy of my enemy).
    public let balanced: Int
    /// balanced / triangles; 1 when there are no triangles (nothing is out of balance).
    public let unweightedShare: Double
    /// Σ |w_ij w_jk w_ki| over balanced triangles divided by the same sum over all triangles;
    /// 1 when there are no triangles.
    public let weightedShare: Double

    public init(triangles: Int, balanced: Int, unweightedShare: Double, weightedShare: Double) {
        self.triangles = triangles
        self.balanced = balanced
        self.unweightedShare = unweightedShare
        self.weightedShare = weightedShare
    }

    /// Triangles whose signs multiply to −: ++− and −−−.
    public var unbalanced: Int { triangles - balanced }
}
