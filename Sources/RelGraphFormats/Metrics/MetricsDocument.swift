import FoundationEssentials
import RelGraph

/// `relgraph metrics --format json`: a model's measures for other programs. The shape is
/// documented in docs/metrics.md; keys are sorted and numbers unrounded, so the same model
/// gives the same bytes.
public struct MetricsDocument: Encodable, Sendable {
    public struct ModelInfo: Encodable, Sendable {
        var title: String
        var file: String
        var date: String
    }

    public struct Parameters: Encodable, Sendable {
        var pagerankAlpha: Double
        var tolerance: Double
        var maxIterations: Int
        var exactBlocLimit: Int
    }

    /// One actor: id, label, kind and every measure of `Measure.all` under its key.
    public struct ActorInfo: Encodable, Sendable {
        var id: String
        var label: String
        var kind: String
        /// Each measure's value; nil (JSON null, not a missing key) when it did not converge.
        var measures: [(Measure, Double?)]

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONText.Key.self)
            try container.encode(id, forKey: JSONText.Key("id"))
            try container.encode(label, forKey: JSONText.Key("label"))
            try container.encode(kind, forKey: JSONText.Key("kind"))
            // Concrete encode calls: the generic path for an Optional costs a third more.
            for (measure, value) in measures {
                let key = JSONText.Key(measure.key)
                guard let value else {
                    try container.encodeNil(forKey: key)
                    continue
                }
                if measure.display == .count {
                    try container.encode(Int(value), forKey: key)
                } else {
                    try container.encode(value, forKey: key)
                }
            }
        }
    }

    public struct BlocsInfo: Encodable, Sendable {
        var blocs: [[String]]
        var frustration: Double
        var frustratedTies: Int
        var exact: Bool
    }

    public struct GraphInfo: Encodable, Sendable {
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
        let measures = Measure.all.map { ($0, metrics.values($0)) }
        actors = order.map { i in
            let actor = metrics.actors[i]
            return ActorInfo(id: actor.id, label: actor.label, kind: actor.kind.rawValue,
                             measures: measures.map { measure, values in (measure, values?[i]) })
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
        let encoder = JSONText.encoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [0x0A]
    }
}
