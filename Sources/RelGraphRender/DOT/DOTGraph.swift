/// A Graphviz graph as plain data, written out as DOT text by `dotText`.
///
/// Attributes keep their insertion order so the same graph always gives the same bytes.
/// Only attributes relgraph chooses are ever set: no `image`, `shapefile`, `layout`, `URL`.
public struct DOTGraph: Sendable {
    public typealias Attributes = [(name: String, value: String)]

    public struct Node: Sendable {
        public var name: String
        public var attributes: Attributes
        public init(_ name: String, _ attributes: Attributes = []) {
            self.name = name
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable {
        /// The `id` relgraph gives the edge: how a layout's splines find their way back.
        public var id: String
        public var tail: String
        public var head: String
        public var attributes: Attributes
        public init(id: String, tail: String, head: String, _ attributes: Attributes = []) {
            self.id = id
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    public var name: String
    public var graphAttributes: Attributes = []
    public var nodeDefaults: Attributes = []
    public var edgeDefaults: Attributes = []
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    /// Comment lines written at the top.
    public var comments: [String] = []

    public init(name: String) { self.name = name }

    /// Every edge is written into a `digraph`; mutual ties say `dir=none` or `dir=both`.
    public var dotText: String {
        var out = ""
        for comment in comments {
            out += "// " + comment.unicodeScalars.filter { !DOTText.isDropped($0) && $0 != "\n" }.map(String.init).joined() + "\n"
        }
        out += "digraph \(DOTText.quoted(name)) {\n"
        if !graphAttributes.isEmpty { out += "  graph [\(Self.attributeList(graphAttributes))];\n" }
        if !nodeDefaults.isEmpty { out += "  node [\(Self.attributeList(nodeDefaults))];\n" }
        if !edgeDefaults.isEmpty { out += "  edge [\(Self.attributeList(edgeDefaults))];\n" }
        for node in nodes {
            out += "  \(DOTText.quoted(node.name))"
            if !node.attributes.isEmpty { out += " [\(Self.attributeList(node.attributes))]" }
            out += ";\n"
        }
        for edge in edges {
            out += "  \(DOTText.quoted(edge.tail)) -> \(DOTText.quoted(edge.head)) [\(Self.attributeList([("id", edge.id)] + edge.attributes))];\n"
        }
        out += "}\n"
        return out
    }

    static func attributeList(_ attributes: Attributes) -> String {
        attributes.map { "\($0.name)=\(DOTText.quoted($0.value, maximumLength: 100_000))" }.joined(separator: ", ")
    }
}
