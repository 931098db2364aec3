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
        out.reserveCapacity(128 * (nodes.count + edges.count) + 512)
        for comment in comments {
            out += "// " + comment.unicodeScalars.filter { !DOTText.isDropped($0) && $0 != "\n" }.map(String.init).joined() + "\n"
        }
        out += "digraph "
        DOTText.appendQuoted(name, to: &out)
        out += " {\n"
        Self.appendStatement("graph", graphAttributes, to: &out)
        Self.appendStatement("node", nodeDefaults, to: &out)
        Self.appendStatement("edge", edgeDefaults, to: &out)
        for node in nodes {
            out += "  "
            DOTText.appendQuoted(node.name, to: &out)
            if !node.attributes.isEmpty {
                out += " ["
                Self.appendAttributes(node.attributes, to: &out)
                out += "]"
            }
            out += ";\n"
        }
        for edge in edges {
            out += "  "
            DOTText.appendQuoted(edge.tail, to: &out)
            out += " -> "
            DOTText.appendQuoted(edge.head, to: &out)
            out += " [id="
            DOTText.appendQuoted(edge.id, to: &out, maximumLength: Self.attributeValueLimit)
            if !edge.attributes.isEmpty {
                out += ", "
                Self.appendAttributes(edge.attributes, to: &out)
            }
            out += "];\n"
        }
        out += "}\n"
        return out
    }

    /// Attribute values are never clipped in practice; the limit only bounds hostile input.
    static let attributeValueLimit = 100_000

    private static func appendStatement(_ keyword: String, _ attributes: Attributes, to out: inout String) {
        guard !attributes.isEmpty else { return }
        out += "  " + keyword + " ["
        appendAttributes(attributes, to: &out)
        out += "];\n"
    }

    private static func appendAttributes(_ attributes: Attributes, to out: inout String) {
        for (index, attribute) in attributes.enumerated() {
            if index > 0 { out += ", " }
            out += attribute.name
            out += "="
            DOTText.appendQuoted(attribute.value, to: &out, maximumLength: attributeValueLimit)
        }
    }
}
