import RelGraph

/// GEXF 1.3 (https://gexf.net) for Gephi and `networkx.read_gexf`, with the model's dates as
/// a timeline: `mode="dynamic"`, `timeformat="date"`, and `start`/`end` on every actor and
/// tie that has `since`/`until` (a partial date stands for its first or last day).
///
/// Edge types: a model with a directed tie is `defaultedgetype="directed"` and its mutual ties
/// say `type="mutual"` (NetworkX then adds both directions; Gephi draws them as one); a model
/// without is undirected throughout.
///
/// Weights: Gephi drops edges of weight 0 and hides negative ones, so the edge's own `weight`
/// is the tie's strength |w|; the signed weight is the `signed_weight` attribute (a `weight`
/// attribute would be overwritten by the edge's own in NetworkX).
public struct GEXFWriter: Exporter {
    public init() {}

    public var name: String { "gexf" }
    public var title: String { "GEXF" }
    public var extensions: [String] { ["gexf"] }

    public func export(_ graph: InterchangeGraph) -> Exported { .file(Self.write(graph)) }

    public static func write(_ graph: InterchangeGraph) -> String {
        let directed = graph.hasDirectedTies
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>relgraph</creator>
            <description>\(XMLText.escaped(metaDescription(graph)))</description>
          </meta>
          <graph mode="dynamic" defaultedgetype="\(directed ? "directed" : "undirected")" timeformat="date">

        """
        out += attributes("node", InterchangeAttributes.actor.filter { $0.name != "label" })
        out += attributes("edge", edgeDeclarations)
        out += "    <nodes>\n"
        for actor in graph.actors {
            out += "      <node id=\"\(XMLText.attribute(actor.id))\" label=\"\(XMLText.attribute(actor.label))\"\(interval(actor.validity))>\n"
            out += attvalues(InterchangeAttributes.values(for: actor, in: graph.model).filter { $0.0 != "label" })
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for entry in graph.ties {
            let tie = entry.tie
            var line = "      <edge id=\"\(entry.id)\" source=\"\(XMLText.attribute(tie.from))\" target=\"\(XMLText.attribute(tie.to))\""
            if directed && !tie.directed { line += " type=\"mutual\"" }
            line += " weight=\"\(InterchangeAttributes.numberText(abs(tie.weight)))\""
            if let label = tie.label { line += " label=\"\(XMLText.attribute(label))\"" }
            out += line + interval(tie.validity) + ">\n"
            out += attvalues(edgeValues(tie))
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The tie attributes, `weight` renamed `signed_weight`, `label` moved onto the edge itself.
    static let edgeDeclarations: [InterchangeAttributes.Declaration] = InterchangeAttributes.tie.compactMap { declaration in
        switch declaration.name {
        case "label": return nil
        case "weight": return .init(name: "signed_weight", kind: .double)
        default: return declaration
        }
    }

    static func edgeValues(_ tie: Tie) -> [(String, InterchangeAttributes.Value)] {
        InterchangeAttributes.values(for: tie).compactMap { name, value in
            switch name {
            case "label": return nil
            case "weight": return ("signed_weight", value)
            default: return (name, value)
            }
        }
    }

    static func metaDescription(_ graph: InterchangeGraph) -> String {
        let model = graph.model
        var text = model.title + " (as of \(model.asOf)"
        if let day = graph.day { text += "; snapshot of \(day)" }
        return text + ")" + (model.description.map { ". " + $0 } ?? "")
    }

    static func attributes(_ domain: String, _ declarations: [InterchangeAttributes.Declaration]) -> String {
        var out = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for declaration in declarations {
            out += "      <attribute id=\"\(declaration.name)\" title=\"\(declaration.name)\" type=\"\(typeName(declaration.kind))\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    static func attvalues(_ values: [(String, InterchangeAttributes.Value)]) -> String {
        guard !values.isEmpty else { return "" }
        var out = "        <attvalues>\n"
        for (name, value) in values {
            out += "          <attvalue for=\"\(name)\" value=\"\(XMLText.attribute(InterchangeAttributes.text(value)))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }

    /// ` start="…" end="…"` from an interval, each end only when bounded.
    static func interval(_ validity: Validity) -> String {
        var out = ""
        if let first = validity.firstDay { out += " start=\"\(first)\"" }
        if let last = validity.lastDay { out += " end=\"\(last)\"" }
        return out
    }

    static func typeName(_ kind: InterchangeAttributes.Kind) -> String {
        switch kind {
        case .string: return "string"
        case .double: return "double"
        case .integer: return "integer"
        case .boolean: return "boolean"
        }
    }
}
