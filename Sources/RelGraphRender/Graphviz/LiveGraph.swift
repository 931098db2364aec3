import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cgraph graph made straight from a `DOTGraph` with cgraph's own API — the graph that
/// `agmemread` would make of `dotText`, without writing the text and parsing it again — and
/// brought in line with other `DOTGraph`s later, so that one graph can be laid out once and
/// then drawn as several pinned pictures.
///
/// Attribute values are what the DOT parser would store (`DOTText.parsedValue`). After
/// `update(to:)` every declared attribute of every object holds the value the new DOT gives
/// it, its `node [...]`/`edge [...]` default, or "" (which Graphviz reads as unset), so
/// whatever a layout wrote back (`pos`, `width`, `bb`, …) and whatever an earlier picture
/// set is gone unless the new DOT says it again. Nodes and edges the new DOT adds are
/// created after the first graph's, in its order, as the parser would create them.
///
/// Tests compare pictures drawn this way with pictures drawn from the parsed DOT text, byte
/// for byte. Use only inside `GraphvizContext.perform`, and `close()` it there.
final class LiveGraph {
    let graph: UnsafeMutablePointer<Agraph_t>
    /// Every node by name and every edge by its relgraph id.
    private var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    private var edges: [String: UnsafeMutablePointer<Agedge_t>] = [:]
    /// What the first `DOTGraph` made; anything else an update added goes before the next.
    private var baseNodes: Set<String> = []
    private var baseEdges: Set<String> = []
    private var isBuilt = false

    init(_ dot: DOTGraph) throws(GraphvizError) {
        // cgraph takes a name that starts with '%' for one of its own anonymous ids, and the
        // SVG's title then reads "%3" instead of the model's title; a leading space keeps it.
        let parsedName = DOTText.parsedValue(dot.name)
        let name = parsedName.hasPrefix("%") ? " " + parsedName : parsedName
        guard let graph = name.withMutableCString({ agopen($0, relgraph_agdirected(), nil) }) else {
            throw GraphvizError(stage: "building the graph", messages: ["agopen failed"])
        }
        self.graph = graph
        update(to: dot)
        baseNodes = Set(nodes.keys)
        baseEdges = Set(edges.keys)
        isBuilt = true
    }

    func close() { agclose(graph) }

    /// Makes the graph hold exactly what `dot` describes.
    func update(to dot: DOTGraph) {
        if isBuilt { removeAdditions(keeping: dot) }
        setGraphAttributes(dot.graphAttributes)
        let nodeSymbols = declare(AGNODE, defaults: dot.nodeDefaults, explicit: dot.nodes.lazy.flatMap(\.attributes))
        for node in dot.nodes {
            let name = DOTText.parsedValue(node.name)
            if let object = nodes[name] {
                assign(object, nodeSymbols, explicit: node.attributes)
            } else {
                let object = name.withMutableCString { agnode(graph, $0, 1) }!
                nodes[name] = object
                assignFresh(object, nodeSymbols, explicit: node.attributes)
            }
        }
        let edgeAttributes = { (edge: DOTGraph.Edge) in [(name: "id", value: edge.id)] + edge.attributes }
        let edgeSymbols = declare(AGEDGE, defaults: dot.edgeDefaults, explicit: dot.edges.lazy.flatMap(edgeAttributes))
        for edge in dot.edges {
            if let object = edges[edge.id] {
                assign(object, edgeSymbols, explicit: edgeAttributes(edge))
            } else {
                let object = makeEdge(edge)
                edges[edge.id] = object
                assignFresh(object, edgeSymbols, explicit: edgeAttributes(edge))
            }
        }
    }

    /// Every node's and edge's text attribute `name` (as a layout wrote it back), by node
    /// name and edge id; objects without it are left out.
    func nodeAttribute(_ name: String) -> [String: String] { read(name, from: nodes) }
    func edgeAttribute(_ name: String) -> [String: String] { read(name, from: edges) }

    func graphAttribute(_ name: String) -> String? {
        let value = name.withMutableCString { agget(UnsafeMutableRawPointer(graph), $0) }.map { String(cString: $0) }
        return value?.isEmpty == false ? value : nil
    }

    private func read<T>(_ name: String, from objects: [String: UnsafeMutablePointer<T>]) -> [String: String] {
        var values: [String: String] = [:]
        for (key, object) in objects {
            if let value = name.withMutableCString({ agget(UnsafeMutableRawPointer(object), $0) }), value.pointee != 0 {
                values[key] = String(cString: value)
            }
        }
        return values
    }

    /// Edge ids by Graphviz's edge, to forget the edges that deleting a node takes with it.
    private var edgeIDs: [UnsafeMutableRawPointer: String] = [:]

    private func makeEdge(_ edge: DOTGraph.Edge) -> UnsafeMutablePointer<Agedge_t> {
        let tail = node(named: DOTText.parsedValue(edge.tail))
        let head = node(named: DOTText.parsedValue(edge.head))
        let object = agedge(graph, tail, head, nil, 1)!
        edgeIDs[UnsafeMutableRawPointer(object)] = edge.id
        return object
    }

    /// A node an edge names, made on the spot if no node statement did (as the parser does).
    private func node(named name: String) -> UnsafeMutablePointer<Agnode_t> {
        if let existing = nodes[name] { return existing }
        let object = name.withMutableCString { agnode(graph, $0, 1) }!
        nodes[name] = object
        return object
    }

    /// Deletes what an earlier update added and what `dot` no longer has.
    private func removeAdditions(keeping dot: DOTGraph) {
        let keptEdges = Set(dot.edges.map(\.id)).intersection(baseEdges)
        for (id, edge) in edges where !keptEdges.contains(id) {
            agdeledge(graph, edge)
            edgeIDs[UnsafeMutableRawPointer(edge)] = nil
            edges[id] = nil
        }
        let keptNodes = Set(dot.nodes.map { DOTText.parsedValue($0.name) }).intersection(baseNodes)
        for (name, node) in nodes where !keptNodes.contains(name) {
            var edge = agfstedge(graph, node)
            while let current = edge {
                if let id = edgeIDs.removeValue(forKey: UnsafeMutableRawPointer(current)) { edges[id] = nil }
                edge = agnxtedge(graph, current, node)
            }
            agdelnode(graph, node)
            nodes[name] = nil
        }
    }

    private func setGraphAttributes(_ attributes: DOTGraph.Attributes) {
        var values: [String: String] = [:]
        for (name, value) in attributes {
            values[name] = DOTText.parsedValue(value, maximumLength: DOTGraph.attributeValueLimit)
            if name.withMutableCString({ agattr(graph, AGRAPH, $0, nil) }) == nil {
                _ = name.withMutableCString { key in "".withMutableCString { agattr(graph, AGRAPH, key, $0) } }
            }
        }
        var symbol = agnxtattr(graph, AGRAPH, nil)
        while let current = symbol {
            set(UnsafeMutableRawPointer(graph), current, values[String(cString: current.pointee.name)] ?? "")
            symbol = agnxtattr(graph, AGRAPH, current)
        }
    }

    /// The declared attributes of one kind of object, in cgraph's order, with each object's
    /// starting values: its `node [...]`/`edge [...]` default, else "".
    private struct Symbols {
        var symbols: [UnsafeMutablePointer<Agsym_t>] = []
        var position: [String: Int] = [:]
        var defaults: [String] = []
    }

    /// Declares every attribute the objects of `kind` use, the `node [...]`/`edge [...]`
    /// defaults as declared defaults.
    private func declare<S: Sequence>(_ kind: Int32, defaults: DOTGraph.Attributes, explicit: S) -> Symbols
    where S.Element == (name: String, value: String) {
        var values: [String: String] = [:]
        for (name, value) in defaults {
            let parsed = DOTText.parsedValue(value, maximumLength: DOTGraph.attributeValueLimit)
            values[name] = parsed
            _ = name.withMutableCString { key in parsed.withMutableCString { agattr(graph, kind, key, $0) } }
        }
        var seen = Set(values.keys)
        for (name, _) in explicit where seen.insert(name).inserted {
            if name.withMutableCString({ agattr(graph, kind, $0, nil) }) == nil {
                _ = name.withMutableCString { key in "".withMutableCString { agattr(graph, kind, key, $0) } }
            }
        }
        var table = Symbols()
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            let name = String(cString: current.pointee.name)
            let value = values[name] ?? ""
            // An object made from here on starts with each attribute's declared default:
            // make that this DOT's default (an earlier update may have declared another).
            if value.withCString({ strcmp($0, current.pointee.defval) }) != 0 {
                _ = name.withMutableCString { key in value.withMutableCString { agattr(graph, kind, key, $0) } }
            }
            table.position[name] = table.symbols.count
            table.symbols.append(current)
            table.defaults.append(value)
            symbol = agnxtattr(graph, kind, current)
        }
        return table
    }

    private func assign<T>(_ object: UnsafeMutablePointer<T>, _ table: Symbols, explicit: DOTGraph.Attributes) {
        var values = table.defaults
        for (name, value) in explicit {
            if let index = table.position[name] { values[index] = DOTText.parsedValue(value, maximumLength: DOTGraph.attributeValueLimit) }
        }
        for (symbol, value) in zip(table.symbols, values) { set(UnsafeMutableRawPointer(object), symbol, value) }
    }

    /// An object made in this update already holds every default: only what it says itself
    /// is left to set.
    private func assignFresh<T>(_ object: UnsafeMutablePointer<T>, _ table: Symbols, explicit: DOTGraph.Attributes) {
        for (name, value) in explicit {
            if let index = table.position[name] {
                set(UnsafeMutableRawPointer(object), table.symbols[index], DOTText.parsedValue(value, maximumLength: DOTGraph.attributeValueLimit))
            }
        }
    }

    /// Sets a value unless it is already there: most attributes stay the same from picture to picture.
    private func set(_ object: UnsafeMutableRawPointer, _ symbol: UnsafeMutablePointer<Agsym_t>, _ value: String) {
        if let current = agxget(object, symbol), value.withCString({ strcmp($0, current) == 0 }) { return }
        _ = value.withMutableCString { agxset(object, symbol, $0) }
    }
}

extension String {
    /// cgraph takes `char *` for text it only reads and copies.
    func withMutableCString<R>(_ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
        withCString { body(UnsafeMutablePointer(mutating: $0)) }
    }
}
