import RelGraph

/// GraphML (http://graphml.graphdrawing.org) for yEd, Gephi and `networkx.read_graphml`.
///
/// Every attribute is declared as a typed `<key>` (`g_`, `n_`, `e_` ids by domain); nodes are
/// actors by id, edges are ties with ids `t1`, `t2`, … (NetworkX uses them as multigraph keys).
///
/// Mixed graphs: GraphML lets each edge say `directed="true|false"`, but NetworkX refuses an
/// edge that contradicts the graph's `edgedefault` ("directed=false edge found in directed
/// graph"). So a model with any directed tie is written as a directed graph, every tie once,
/// in the model's from → to order, and the `directed` data attribute says which ties are mutual.
public struct GraphMLWriter: Exporter {
    public init() {}

    public var name: String { "graphml" }
    public var title: String { "GraphML" }
    public var extensions: [String] { ["graphml"] }

    public func export(_ graph: InterchangeGraph) -> Exported { .file(Self.write(graph)) }

    public static func write(_ graph: InterchangeGraph) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for (domain, prefix, declarations) in [("graph", "g", InterchangeAttributes.graph), ("node", "n", InterchangeAttributes.actor),
                                               ("edge", "e", InterchangeAttributes.tie)] {
            for declaration in declarations {
                out += "  <key id=\"\(prefix)_\(declaration.name)\" for=\"\(domain)\" attr.name=\"\(declaration.name)\" attr.type=\"\(typeName(declaration.kind))\"/>\n"
            }
        }
        let edgeDefault = graph.hasDirectedTies ? "directed" : "undirected"
        out += "  <graph id=\"G\" edgedefault=\"\(edgeDefault)\">\n"
        out += data(InterchangeAttributes.values(for: graph), prefix: "g", indent: "    ")
        for actor in graph.actors {
            out += "    <node id=\"\(XMLText.attribute(actor.id))\">\n"
            out += data(InterchangeAttributes.values(for: actor, in: graph.model), prefix: "n", indent: "      ")
            out += "    </node>\n"
        }
        for entry in graph.ties {
            let tie = entry.tie
            out += "    <edge id=\"\(entry.id)\" source=\"\(XMLText.attribute(tie.from))\" target=\"\(XMLText.attribute(tie.to))\">\n"
            out += data(InterchangeAttributes.values(for: tie), prefix: "e", indent: "      ")
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func data(_ values: [(String, InterchangeAttributes.Value)], prefix: String, indent: String) -> String {
        values.map { name, value in
            "\(indent)<data key=\"\(prefix)_\(name)\">\(XMLText.escaped(InterchangeAttributes.text(value)))</data>\n"
        }.joined()
    }

    static func typeName(_ kind: InterchangeAttributes.Kind) -> String {
        switch kind {
        case .string: return "string"
        case .double: return "double"
        case .integer: return "int"
        case .boolean: return "boolean"
        }
    }
}
