/// Every measure of one signed graph, computed once and read per actor: what `relgraph
/// metrics` prints and what the scenario engine compares before and after a shock.
///
/// Per actor, indexed by node number:
/// - `degree`, `positiveStrength`, `negativeStrength`: over every tie of non-zero weight
///   (`degree(_:)`, `positiveStrength(_:)`, `negativeStrength(_:)`).
/// - `betweenness`, `closeness`, `pagerank`, `eigenvector`: over the **cooperative** ties only
///   (`graph.cooperativePart`), because brokerage and influence travel along cooperation: a
///   route through an enemy is no route. Betweenness and closeness take each tie's length as
///   1/w and betweenness is normalised; PageRank uses α = `pagerankAlpha` (0.85). Both power
///   iterations run with `tolerance` 1e-12 and `maxIterations` 1000 (tighter than NetworkX's
///   defaults, so that results agree with it to 1e-9 when it is run with the same values) and
///   keep their failure instead of throwing, so one measure that does not converge leaves the
///   others readable.
///
/// Whole-graph measures (`density`, `components`, `balance`, `blocs(_:)`) are computed when
/// read: the exact bloc search can take a second on a dense component, and the scenario
/// engine needs only one objective.
///
/// Each measure's definition, its NetworkX equivalent and its references are in its own
/// function's documentation and in docs/metrics.md. Cannot fail; an empty graph gives empty
/// arrays.
public struct GraphMetrics: Sendable {
    /// PageRank's damping factor: the share of steps a random walker follows a tie.
    public static let pagerankAlpha = 0.85
    /// Power iterations stop when Σ|x − x'| < n · tolerance (NetworkX's `tol`).
    public static let tolerance = 1e-12
    /// Power iterations allowed before giving up (NetworkX's `max_iter`).
    public static let maxIterations = 1000

    public let graph: SignedGraph
    /// Ties of either sign at each node.
    public let degree: [Int]
    /// Σ of positive weights at each node.
    public let positiveStrength: [Double]
    /// Σ |w| of negative weights at each node (≥ 0).
    public let negativeStrength: [Double]
    /// Normalised betweenness over cooperative ties, length 1/w: brokerage.
    public let betweenness: [Double]
    /// Closeness over cooperative ties, length 1/w (Wasserman–Faust scaling when disconnected).
    public let closeness: [Double]
    /// PageRank over cooperative ties, weighted: influence. A failure when it did not converge.
    public let pagerank: Result<[Double], PowerIterationFailedConvergence>
    /// Eigenvector centrality over cooperative ties, weighted. A failure when it did not converge.
    public let eigenvector: Result<[Double], PowerIterationFailedConvergence>

    /// Which measures to compute: the scenario engine compares strengths, brokerage and
    /// influence only, and on large graphs closeness costs as much as betweenness.
    public enum Scope: Sendable {
        /// Every measure.
        case all
        /// Degree, strengths, betweenness and PageRank; `closeness` and `eigenvector` are
        /// left empty.
        case scenario
    }

    /// - Parameters:
    ///   - scope: which measures to compute (default: all).
    ///   - betweennessSample: nil for exact betweenness; else the number of sources to estimate
    ///     it from (`sampledBetweennessCentrality`, seeded with `BrokerageMethod.sampleSeed`).
    public init(_ graph: SignedGraph, scope: Scope = .all, betweennessSample: Int? = nil) {
        self.graph = graph
        degree = RelGraph.degree(graph)
        positiveStrength = RelGraph.positiveStrength(graph)
        negativeStrength = RelGraph.negativeStrength(graph)
        let cooperative = graph.cooperativePart
        if let betweennessSample {
            betweenness = sampledBetweennessCentrality(cooperative, sources: betweennessSample, seed: BrokerageMethod.sampleSeed)
        } else {
            betweenness = betweennessCentrality(cooperative, normalized: true)
        }
        pagerank = Result { () throws(PowerIterationFailedConvergence) in
            try RelGraph.pagerank(cooperative, alpha: Self.pagerankAlpha, tolerance: Self.tolerance, maxIterations: Self.maxIterations)
        }
        guard scope == .all else {
            closeness = []
            eigenvector = .success([])
            return
        }
        closeness = closenessCentrality(cooperative)
        eigenvector = Result { () throws(PowerIterationFailedConvergence) in
            try eigenvectorCentrality(cooperative, maxIterations: Self.maxIterations, tolerance: Self.tolerance)
        }
    }

    /// Positive minus negative strength at node `i`.
    public func netStrength(_ i: Int) -> Double { positiveStrength[i] - negativeStrength[i] }

    /// `density(_:)` of the graph: the share of possible pairs that have a tie.
    public var density: Double { RelGraph.density(graph) }

    /// `connectedComponents(_:)`, sign ignored; an isolated actor is a component of its own.
    public var components: [[Int]] { connectedComponents(graph) }

    /// `triangleBalance(_:)`: triangles, how many are balanced, the unweighted and weighted shares.
    public var balance: TriangleBalance { triangleBalance(graph) }

    /// `signedBlocs(_:objective:)`: the frustration-minimising partition.
    public func blocs(_ objective: FrustrationObjective = .weighted) -> BlocPartition {
        signedBlocs(graph, objective: objective)
    }
}
