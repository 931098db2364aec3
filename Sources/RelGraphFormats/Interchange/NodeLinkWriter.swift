import RelGraph

/// Node-link JSON in the shape of NetworkX's `node_link_data`, readable with
/// `networkx.node_link_graph(data)` as NetworkX 3.6 calls it by default (`edges="edges"`;
/// before 3.4 NetworkX wrote and read `links`, so pass `edges="edges"` there).
///
/// `multigraph` is always true (two actors can share several ties of different kinds); the
/// graph is directed when any tie is, and each edge's `directed` attribute says which ties
/// are mutual, as in GraphML. Edge keys are the tie ids `t1`, `t2`, …. Where XML formats
/// must flatten lists into text, JSON keeps them: `aliases`, `sources` and `citations` are
/// arrays. Written by `JSONText`: keys sorted, two-space indentation.
public struct NodeLinkWriter: Exporter {
    public init() {}

    public var name: String { "json" }
    public var title: String { "node-link JSON" }
    public var extensions: [String] { ["json"] }

    public func export(_ graph: InterchangeGraph) -> Exported { .file(Self.write(graph)) }

    public static func write(_ graph: InterchangeGraph) -> String {
        let model = graph.model
        var graphAttributes: [String: Member] = [:]
        for (name, value) in InterchangeAttributes.values(for: graph) {
            graphAttributes[name] = name == "sources" ? .sources(model.sources.map(InterchangeAttributes.SourceRecord.init)) : .value(value)
        }
        let nodes = graph.actors.map { actor in
            var members: [String: Member] = ["id": .value(.string(actor.id))]
            for (name, value) in InterchangeAttributes.values(for: actor, in: model) {
                members[name] = name == "aliases" ? .strings(actor.aliases) : .value(value)
            }
            return members
        }
        let edges = graph.ties.map { entry in
            let tie = entry.tie
            var members: [String: Member] = ["source": .value(.string(tie.from)), "target": .value(.string(tie.to)),
                                             "key": .value(.string(entry.id))]
            for (name, value) in InterchangeAttributes.values(for: tie) {
                switch name {
                case "citations": members[name] = .citations(tie.citations.map(InterchangeAttributes.CitationRecord.init))
                case "sources": members[name] = .strings(tie.citations.map(\.source).uniqued())
                default: members[name] = .value(value)
                }
            }
            return members
        }
        return JSONText.pretty(Document(directed: graph.hasDirectedTies, multigraph: true, graph: graphAttributes,
                                        nodes: nodes, edges: edges))
    }

    struct Document: Encodable {
        let directed: Bool
        let multigraph: Bool
        let graph: [String: Member]
        let nodes: [[String: Member]]
        let edges: [[String: Member]]
    }

    /// An attribute's value; lists stay lists.
    enum Member: Encodable {
        case value(InterchangeAttributes.Value)
        case strings([String])
        case citations([InterchangeAttributes.CitationRecord])
        case sources([InterchangeAttributes.SourceRecord])

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .value(let value): try value.encode(to: encoder)
            case .strings(let list): try list.encode(to: encoder)
            case .citations(let list): try list.encode(to: encoder)
            case .sources(let list): try list.encode(to: encoder)
            }
        }
    }
}
