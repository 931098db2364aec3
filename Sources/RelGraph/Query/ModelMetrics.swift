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

    /// A per-actor column: what `--sort` orders by, and the CSV header's names.
    public enum Column: String, CaseIterable, Sendable {
        case id, label, kind, degree
        case positiveStrength = "positive_strength"
        case negativeStrength = "negative_strength"
        case strength, betweenness, closeness, pagerank, eigenvector

        /// The column named `text`, with `-` or `_` between words and in any case.
        public init?(name text: String) {
            self.init(rawValue: text.lowercased().replacing("-", with: "_"))
        }

        /// Text columns sort A→Z, numbers largest first.
        public var isNumeric: Bool { ![.id, .label, .kind].contains(self) }
    }

    /// PageRank per node, or nil when it did not converge.
    public var pagerank: [Double]? { try? metrics.pagerank.get() }
    /// Eigenvector centrality per node, or nil when it did not converge.
    public var eigenvector: [Double]? { try? metrics.eigenvector.get() }

    /// Messages for measures that could not be computed.
    public var warnings: [String] {
        var result: [String] = []
        if case .failure(let failure) = metrics.pagerank { result.append("pagerank: \(failure)") }
        if case .failure(let failure) = metrics.eigenvector { result.append("eigenvector: \(failure)") }
        return result
    }

    /// Node `i`'s value in a numeric column; nil for a measure that did not converge.
    public func value(_ column: Column, _ i: Int) -> Double? {
        switch column {
        case .id, .label, .kind: return nil
        case .degree: return Double(metrics.degree[i])
        case .positiveStrength: return metrics.positiveStrength[i]
        case .negativeStrength: return metrics.negativeStrength[i]
        case .strength: return metrics.netStrength(i)
        case .betweenness: return metrics.betweenness[i]
        case .closeness: return metrics.closeness[i]
        case .pagerank: return pagerank?[i]
        case .eigenvector: return eigenvector?[i]
        }
    }

    /// Node numbers ordered by `column` — text A→Z, numbers largest first, a missing value
    /// last — with ties broken by actor id, so the order is total and repeatable.
    public func order(by column: Column) -> [Int] {
        let ids = actors.map(\.id)
        func text(_ i: Int) -> String {
            switch column {
            case .label: return actors[i].label
            case .kind: return actors[i].kind.rawValue
            default: return ids[i]
            }
        }
        return actors.indices.sorted { a, b in
            if column.isNumeric {
                let x = value(column, a) ?? -.infinity, y = value(column, b) ?? -.infinity
                if x != y { return x > y }
            } else {
                let x = text(a), y = text(b)
                if x != y { return x < y }
            }
            return ids[a] < ids[b]
        }
    }
}
