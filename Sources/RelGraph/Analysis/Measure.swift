/// One per-actor measure, defined once: its name in every output, how it reads, its
/// definition, the NetworkX call it matches, and how to compute it.
///
/// `Measure.all` is the one list of them. It drives `GraphMetrics`, `relgraph metrics`'
/// table, CSV and JSON columns and its `--sort` choices, and the table in docs/metrics.md (a
/// test holds the two together). Adding a measure: a file in this folder with the algorithm
/// and its `Measure` (as `static let` in an extension), and one line in `Measure.all`.
public struct Measure: Sendable {
    /// How a measure's values are written for people.
    public enum Display: Sendable, Equatable {
        /// A whole number (JSON: an integer).
        case count
        /// A number to so many decimal places; `signed` gives positive values an explicit `+`.
        case places(Int, signed: Bool)
    }

    /// The measure's name: CSV header, JSON key and `--sort` value (snake_case).
    public let key: String
    /// The heading of its column in the terminal table.
    public let title: String
    public let display: Display
    /// One line for docs/metrics.md: the definition, in the docs' notation (Markdown).
    public let definition: String
    /// The NetworkX call that gives the same values (Markdown), or "—" when there is none.
    public let networkX: String
    /// The values, one per node, indexed by node number.
    public let compute: @Sendable (MeasureInput) throws(PowerIterationFailedConvergence) -> [Double]

    public init(key: String, title: String, display: Display, definition: String, networkX: String,
                compute: @escaping @Sendable (MeasureInput) throws(PowerIterationFailedConvergence) -> [Double]) {
        self.key = key
        self.title = title
        self.display = display
        self.definition = definition
        self.networkX = networkX
        self.compute = compute
    }

    /// Every measure, in the order of the columns.
    public static let all: [Measure] = [
        .degree, .positiveStrength, .negativeStrength, .strength,
        .betweenness, .closeness, .pagerank, .eigenvector,
    ]

    /// The measure named `key`, with `-` or `_` between words and in any case.
    public static func named(_ key: String) -> Measure? {
        let wanted = key.lowercased().replacing("-", with: "_")
        return all.first { $0.key == wanted }
    }
}

/// What a measure is computed from: the signed graph of one day, its cooperative part (made
/// once for every measure that reads it), and how betweenness is to be computed.
public struct MeasureInput: Sendable {
    public let graph: SignedGraph
    /// `graph.cooperativePart`: brokerage and influence travel along cooperation only.
    public let cooperative: SignedGraph
    /// Nil for exact betweenness; else the number of sources to estimate it from.
    public let betweennessSample: Int?

    public init(_ graph: SignedGraph, betweennessSample: Int? = nil) {
        self.graph = graph
        cooperative = graph.cooperativePart
        self.betweennessSample = betweennessSample
    }
}
