/// Every measure of one signed graph, computed once and read per actor: what `relgraph
/// metrics` prints and what the scenario engine compares before and after a shock.
///
/// Per actor, indexed by node number: the measures of `Measure.all` (or those asked for),
/// each defined in its own file with its `Measure` — degree and strengths over every tie of
/// non-zero weight; betweenness, closeness, PageRank and eigenvector centrality over the
/// **cooperative** ties only (`graph.cooperativePart`), because brokerage and influence
/// travel along cooperation: a route through an enemy is no route. Betweenness and closeness
/// take each tie's length as 1/w and betweenness is normalised; PageRank uses α =
/// `pagerankAlpha` (0.85). Both power iterations run with `tolerance` 1e-12 and
/// `maxIterations` 1000 (tighter than NetworkX's defaults, so that results agree with it to
/// 1e-9 when it is run with the same values) and keep their failure instead of throwing, so
/// one measure that does not converge leaves the others readable.
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
    /// The measures computed, in the order asked for.
    public let measures: [Measure]
    /// Each computed measure's values (or its failure), by `Measure.key`.
    private let results: [String: Result<[Double], PowerIterationFailedConvergence>]
    /// Ties of either sign at each node: whether an actor is isolated, for every summary.
    public let degree: [Int]

    /// Which measures to compute: the scenario engine compares strengths, brokerage and
    /// influence only, and on large graphs closeness costs as much as betweenness.
    public enum Scope: Sendable {
        /// Every measure.
        case all
        /// Degree, strengths, betweenness and PageRank; `closeness` and `eigenvector` are
        /// left empty.
        case scenario

        public var measures: [Measure] {
            switch self {
            case .all: return Measure.all
            case .scenario: return [.degree, .positiveStrength, .negativeStrength, .betweenness, .pagerank]
            }
        }
    }

    /// - Parameters:
    ///   - measures: which measures to compute (default: all).
    ///   - betweennessSample: nil for exact betweenness; else the number of sources to estimate
    ///     it from (`sampledBetweennessCentrality`, seeded with `BrokerageMethod.sampleSeed`).
    public init(_ graph: SignedGraph, measures: [Measure] = Measure.all, betweennessSample: Int? = nil) {
        self.graph = graph
        self.measures = measures
        let input = MeasureInput(graph, betweennessSample: betweennessSample)
        var results: [String: Result<[Double], PowerIterationFailedConvergence>] = [:]
        for measure in measures {
            results[measure.key] = Result { () throws(PowerIterationFailedConvergence) in try measure.compute(input) }
        }
        self.results = results
        degree = results[Measure.degree.key].flatMap { try? $0.get() }.map { $0.map { Int($0) } } ?? RelGraph.degree(graph)
    }

    /// - Parameters:
    ///   - scope: which measures to compute.
    ///   - betweennessSample: as for `init(_:measures:betweennessSample:)`.
    public init(_ graph: SignedGraph, scope: Scope, betweennessSample: Int? = nil) {
        self.init(graph, measures: scope.measures, betweennessSample: betweennessSample)
    }

    /// A measure's values by node, or its failure; empty values when it was not computed.
    public func result(_ measure: Measure) -> Result<[Double], PowerIterationFailedConvergence> {
        results[measure.key] ?? .success([])
    }

    /// A measure's values by node; nil when it did not converge, empty when not computed.
    public func values(_ measure: Measure) -> [Double]? { try? result(measure).get() }

    // The measures the scenario engine reads by name.

    /// Σ of positive weights at each node.
    public var positiveStrength: [Double] { values(.positiveStrength) ?? [] }
    /// Σ |w| of negative weights at each node (≥ 0).
    public var negativeStrength: [Double] { values(.negativeStrength) ?? [] }
    /// Normalised betweenness over cooperative ties, length 1/w: brokerage.
    public var betweenness: [Double] { values(.betweenness) ?? [] }
    /// Closeness over cooperative ties, length 1/w (Wasserman–Faust scaling when disconnected).
    public var closeness: [Double] { values(.closeness) ?? [] }
    /// PageRank over cooperative ties, weighted: influence. A failure when it did not converge.
    public var pagerank: Result<[Double], PowerIterationFailedConvergence> { result(.pagerank) }
    /// Eigenvector centrality over cooperative ties, weighted. A failure when it did not converge.
    public var eigenvector: Result<[Double], PowerIterationFailedConvergence> { result(.eigenvector) }

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
