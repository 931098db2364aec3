import FoundationEssentials
import RelGraph

/// `relgraph metrics --format json`: a model's measures for other programs. The shape is
/// documented in docs/metrics.md; keys are sorted and numbers unrounded, so the same model
/// gives the same bytes.
public struct MetricsDocument: Codable, Sendable {
    public struct ModelInfo: Codable, Sendable {
        var title: String
        var file: String
        var date: String
    }

    public struct Parameters: Codable, Sendable {
        var pagerankAlpha: Double
        var tolerance: Double
        var maxIterations: Int
        var exactBlocLimit: Int
    }

    public struct ActorInfo: Codable, Sendable {
        var id: String
        var label: String
        var kind: String
        var degree: Int
        var positiveStrength: Double
        var negativeStrength: Double
        var strength: Double
        var betweenness: Double
        var closeness: Double
        /// Nil (JSON null) when the power iteration did not converge.
        var pagerank: Double?
        var eigenvector: Double?

        // Written out so that a measure that did not converge is null, not a missing key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(label, forKey: .label)
            try container.encode(kind, forKey: .kind)
            try container.encode(degree, forKey: .degree)
            try container.encode(positiveStrength, forKey: .positiveStrength)
            try container.encode(negativeStrength, forKey: .negativeStrength)
            try container.encode(strength, forKey: .strength)
            try container.encode(betweenness, forKey: .betweenness)
            try container.encode(closeness, forKey: .closeness)
            try container.encode(pagerank, forKey: .pagerank)
            try container.encode(eigenvector, forKey: .eigenvector)
        }
    }

    public struct BlocsInfo: Codable, Sendable {
        var blocs: [[String]]
        var frustration: Double
        var frustratedTies: Int
        var exact: Bool
    }

    public struct GraphInfo: Codable, Sendable {
        var actors: Int
        var ties: Int
        var pairs: Int
        var density: Double
        var components: [[String]]
        var triangles: Int
        var balancedTriangles: Int
        var balance: Double
        var unweightedBalance: Double
        var blocs: [String: BlocsInfo]
    }

    var relgraph = 1
    var model: ModelInfo
    var parameters: Parameters
    var actors: [ActorInfo]
    var graph: GraphInfo
    var warnings: [String]

    /// The document for `metrics`, actors in the given node order.
    public init(_ metrics: ModelMetrics, order: [Int]) {
        let snapshot = metrics.snapshot
        let m = metrics.metrics
        let ids = m.graph.nodes
        model = ModelInfo(title: snapshot.model.title, file: snapshot.model.path, date: snapshot.day.description)
        parameters = Parameters(pagerankAlpha: GraphMetrics.pagerankAlpha, tolerance: GraphMetrics.tolerance,
                                maxIterations: GraphMetrics.maxIterations,
                                exactBlocLimit: exactBlocSearchLimit)
        let pagerank = metrics.pagerank, eigenvector = metrics.eigenvector
        actors = order.map { i in
            let actor = metrics.actors[i]
            return ActorInfo(id: actor.id, label: actor.label, kind: actor.kind.rawValue, degree: m.degree[i],
                             positiveStrength: m.positiveStrength[i], negativeStrength: m.negativeStrength[i],
                             strength: m.netStrength(i), betweenness: m.betweenness[i], closeness: m.closeness[i],
                             pagerank: pagerank?[i], eigenvector: eigenvector?[i])
        }
        func blocs(_ partition: BlocPartition) -> BlocsInfo {
            BlocsInfo(blocs: partition.blocs.map { $0.map { ids[$0] } }, frustration: partition.weightedFrustration,
                      frustratedTies: partition.unweightedFrustration, exact: partition.isExact)
        }
        let balance = metrics.balance
        graph = GraphInfo(actors: m.graph.nodeCount, ties: snapshot.tieIndices.count, pairs: m.graph.pairCount, density: m.density,
                          components: m.components.map { $0.map { ids[$0] } }, triangles: balance.triangles,
                          balancedTriangles: balance.balanced, balance: balance.weightedShare,
                          unweightedBalance: balance.unweightedShare,
                          blocs: ["weighted": blocs(metrics.weightedBlocs), "unweighted": blocs(metrics.unweightedBlocs)])
        warnings = metrics.warnings
    }

    /// Pretty, key-sorted JSON with snake_case keys, ending in a newline.
    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [0x0A]
    }
}
