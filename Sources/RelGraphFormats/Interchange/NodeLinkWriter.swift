import RelGraph

/// Node-link JSON in the shape of NetworkX's `node_link_data`, readable with
/// `networkx.node_link_graph(data)` as NetworkX 3.6 calls it by default (`edges="edges"`;
/// before 3.4 NetworkX wrote and read `links`, so pass `edges="edges"` there).
///
/// `multigraph` is always true (two actors can share several ties of different kinds); the
/// graph is directed when any tie is, and each edge's `directed` attribute says which ties
/// are mutual, as in GraphML. Edge keys are the tie ids `t1`, `t2`, …. Where XML formats
/// must flatten lists into text, JSON keeps them: `aliases`, `sources` and `citations` are arrays.
public struct NodeLinkWriter: Exporter {
    public init() {}

    public var name: String { "json" }
    public var title: String { "node-link JSON" }
    public var extensions: [String] { ["json"] }

    public func export(_ graph: InterchangeGraph) -> Exported { .file(Self.write(graph)) }

    public static func write(_ graph: InterchangeGraph) -> String {
        let model = graph.model
        let graphAttributes = InterchangeAttributes.values(for: graph).map { name, value in
            (name, name == "sources" ? .array(model.sources.map(InterchangeAttributes.sourceJSON)) : json(value))
        }
        let nodes: [JSONValue] = graph.actors.map { actor in
            .object([("id", .string(actor.id))] + InterchangeAttributes.values(for: actor, in: model).map { name, value in
                (name, name == "aliases" ? .array(actor.aliases.map(JSONValue.string)) : json(value))
            })
        }
        let edges: [JSONValue] = graph.ties.map { entry in
            let tie = entry.tie
            return .object([("source", .string(tie.from)), ("target", .string(tie.to)), ("key", .string(entry.id))]
                           + InterchangeAttributes.values(for: tie).map { name, value in
                switch name {
                case "citations": return (name, InterchangeAttributes.citationsJSON(tie.citations))
                case "sources": return (name, .array(tie.citations.map(\.source).uniqued().map(JSONValue.string)))
                default: return (name, json(value))
                }
            })
        }
        let document: JSONValue = .object([
            ("directed", .boolean(graph.hasDirectedTies)), ("multigraph", .boolean(true)),
            ("graph", .object(graphAttributes)), ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
        return document.prettyText
    }

    static func json(_ value: InterchangeAttributes.Value) -> JSONValue {
        switch value {
        case .string(let text): return .string(text)
        case .double(let number): return .number(number)
        case .integer(let number): return .integer(number)
        case .boolean(let flag): return .boolean(flag)
        }
    }
}
