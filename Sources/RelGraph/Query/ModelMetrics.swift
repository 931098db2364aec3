/// The measures of a model as of one day, actor by actor and for the whole graph: what
/// `relgraph metrics` prints as a table, CSV or JSON.
///
/// The graph is `snapshot.signedGraph`: every actor that exists on the day (tied or not) is a
/// node, every tie that holds counts for its pair. Both bloc partitions (weighted and
/// unweighted objective) are computed up front, so formatting never computes.
public struct ModelMetrics: Sendable {
    public let snapshot: Snapshot
    /// The actors, in node order (the model's order).
    public let actors: [Actor]
    public let metrics: GraphMetrics
    public let balance: TriangleBalance
    public let weightedBlocs: BlocPartition
    public let unweightedBlocs: BlocPartition

    public init(_ snapshot: Snapshot) {
        self.snapshot = snapshot
        actors = snapshot.actors
        metrics = GraphMetrics(snapshot.signedGraph)
        balance = metrics.balance
        weightedBlocs = metrics.blocs(.weighted)
        unweightedBlocs = metrics.blocs(.unweighted)
    }

    /// A per-actor column: the actor's id, label or kind, or a measure of `Measure.all`. What
    /// `--sort` orders by, and the CSV and JSON names.
    public struct Column: Sendable, Hashable {
        /// The column's name: CSV header, JSON key, `--sort` value.
        public let key: String
        /// The measure it shows; nil for the actor's id, label and kind.
        public var measure: Measure? { Measure.named(key) }

        private init(key: String) { self.key = key }

        public init(_ measure: Measure) { key = measure.key }

        public static let id = Column(key: "id")
        public static let label = Column(key: "label")
        public static let kind = Column(key: "kind")

        /// Id, label, kind, then every measure: the CSV's columns, in order.
        public static var all: [Column] { [.id, .label, .kind] + Measure.all.map(Column.init) }

        /// The column named `text`, with `-` or `_` between words and in any case.
        public init?(name text: String) {
            let wanted = text.lowercased().replacing("-", with: "_")
            guard let column = Self.all.first(where: { $0.key == wanted }) else { return nil }
            self = column
        }

        /// Measures sort largest first, text columns A→Z.
        public var isNumeric: Bool { measure != nil }
    }

    /// A measure's values by node, or nil when it did not converge.
    public func values(_ measure: Measure) -> [Double]? { metrics.values(measure) }

    /// Messages for measures that could not be computed.
    public var warnings: [String] {
        metrics.measures.compactMap { measure in
            guard case .failure(let failure) = metrics.result(measure) else { return nil }
            return "\(measure.key): \(failure)"
        }
    }

    /// Node `i`'s id, label or kind.
    public func text(_ column: Column, _ i: Int) -> String {
        switch column {
        case .label: return actors[i].label
        case .kind: return actors[i].kind.rawValue
        default: return actors[i].id
        }
    }

    /// Node numbers ordered by `column` — text A→Z, numbers largest first, a missing value
    /// last — with ties broken by actor id, so the order is total and repeatable.
    public func order(by column: Column) -> [Int] {
        let ids = actors.map(\.id)
        if let measure = column.measure {
            let values = self.values(measure)
            func value(_ i: Int) -> Double { values?[i] ?? -.infinity }
            return actors.indices.sorted { a, b in
                let x = value(a), y = value(b)
                return x != y ? x > y : ids[a] < ids[b]
            }
        }
        let texts = actors.indices.map { text(column, $0) }
        return actors.indices.sorted { a, b in
            texts[a] != texts[b] ? texts[a] < texts[b] : ids[a] < ids[b]
        }
    }
}
