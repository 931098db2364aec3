import CGraphviz
import RelGraph
import RelGraphFormats

/// Reads DOT with cgraph's own parser (`agmemread`) into names and attribute text, for
/// `relgraph import`. The graph is only parsed, never laid out: DOT from elsewhere is
/// untrusted, and Graphviz 2.42's layout engines can crash on crafted input.
///
/// Failure cases, each a `GraphvizError` with Graphviz's own words where it has any:
/// input over `maximumBytes` (cgraph scans long quoted strings in quadratic time: 8 MB takes
/// half a minute), a NUL byte (cgraph would silently stop reading there), a syntax error.
/// Graphviz's messages are captured by `GraphvizContext`, never printed.
public enum DOTReader {
    /// 5 MB: about 2 s of parsing in the worst case measured, and far above any real model.
    public static let maximumBytes = 5_000_000

    public struct Result: Sendable {
        public var graph: ParsedGraph
        /// Graphviz's warnings while parsing.
        public var warnings: [String]
    }

    public static func read(_ bytes: [UInt8]) throws(GraphvizError) -> Result {
        guard bytes.count <= maximumBytes else {
            throw GraphvizError(stage: "reading DOT", messages: ["the file has \(bytes.count) bytes; relgraph reads DOT of at most \(maximumBytes) bytes"])
        }
        var body = bytes[...]
        // cgraph calls a byte-order mark a syntax error; editors on Windows write one.
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = body.firstIndex(of: 0) {
            throw GraphvizError(stage: "reading DOT", messages: ["a NUL byte at offset \(offset); this is not a DOT text file"])
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw GraphvizError(stage: "reading DOT", messages: ["not UTF-8 text"])
        }
        let (graph, messages) = try GraphvizContext.shared.perform { _ throws(GraphvizError) -> ParsedGraph in
            guard let root = GraphvizContext.shared.readGraph(text) else {
                throw GraphvizError(stage: "reading DOT", messages: GraphvizContext.shared.messagesSoFar().map(\.text))
            }
            defer { agclose(root) }
            if GraphvizContext.shared.hasReportedError() {
                throw GraphvizError(stage: "reading DOT", messages: GraphvizContext.shared.messagesSoFar().map(\.text))
            }
            return parsed(root)
        }
        return Result(graph: graph, warnings: messages.filter { !$0.isError }.map(\.text))
    }

    // MARK: - Inside the lock

    private static func parsed(_ root: UnsafeMutablePointer<Agraph_t>) -> ParsedGraph {
        let nodeSymbols = symbols(root, kind: AGNODE)
        let edgeSymbols = symbols(root, kind: AGEDGE)
        var graph = ParsedGraph(name: name(of: UnsafeMutableRawPointer(root)), directed: agisdirected(root) != 0)
        graph.attributes = values(UnsafeMutableRawPointer(root), symbols(root, kind: AGRAPH))
        var edges: [(sequence: UInt32, edge: ParsedGraph.Edge)] = []
        var node = agfstnode(root)
        while let current = node {
            let tail = name(of: UnsafeMutableRawPointer(current))
            graph.nodes.append(ParsedGraph.Node(name: tail, attributes: values(UnsafeMutableRawPointer(current), nodeSymbols)))
            var edge = agfstout(root, current)
            while let out = edge {
                let head = out.pointee.node.map { name(of: UnsafeMutableRawPointer($0)) } ?? ""
                edges.append((out.pointee.base.tag.seq, ParsedGraph.Edge(tail: tail, head: head, attributes: values(UnsafeMutableRawPointer(out), edgeSymbols))))
                edge = agnxtout(root, out)
            }
            node = agnxtnode(root, current)
        }
        // cgraph numbers edges as it creates them: sorting by that restores the file's order.
        graph.edges = edges.sorted { $0.sequence < $1.sequence }.map(\.edge)
        let graphSymbols = symbols(root, kind: AGRAPH)
        var subgraph = agfstsubg(root)
        while let current = subgraph {
            var members: [String] = []
            var member = agfstnode(current)
            while let inside = member {
                members.append(name(of: UnsafeMutableRawPointer(inside)))
                member = agnxtnode(current, inside)
            }
            let label = values(UnsafeMutableRawPointer(current), graphSymbols)["label"]
            graph.subgraphs.append(ParsedGraph.Subgraph(name: name(of: UnsafeMutableRawPointer(current)), label: label, members: members))
            subgraph = agnxtsubg(current)
        }
        return graph
    }

    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var result: [UnsafeMutablePointer<Agsym_t>] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            result.append(current)
            symbol = agnxtattr(graph, kind, current)
        }
        return result
    }

    /// Non-empty attribute values by name (declared defaults included: they apply to the object).
    private static func values(_ object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>]) -> [String: String] {
        var result: [String: String] = [:]
        for symbol in symbols {
            guard let raw = agxget(object, symbol), let key = symbol.pointee.name else { continue }
            let value = String(cString: raw)
            if !value.isEmpty { result[String(cString: key)] = value }
        }
        return result
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String {
        agnameof(object).map { String(cString: $0) } ?? ""
    }
}
