import RelGraph

/// A graph as another program's file describes it: names and attribute text, nothing more.
///
/// The DOT reader (RelGraphRender, through cgraph) fills it; `DOTImporter` turns it into a
/// model. Keeping the two apart lets the mapping be tested without Graphviz.
public struct ParsedGraph: Sendable {
    public struct Node: Sendable {
        public var name: String
        public var attributes: [String: String]
        public init(name: String, attributes: [String: String] = [:]) {
            self.name = name
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
        public init(tail: String, head: String, attributes: [String: String] = [:]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    /// A subgraph of the root; clusters (`cluster…`) become groups.
    public struct Subgraph: Sendable {
        public var name: String
        public var label: String?
        public var members: [String]
        public init(name: String, label: String? = nil, members: [String] = []) {
            self.name = name
            self.label = label
            self.members = members
        }
    }

    public var name: String
    public var directed: Bool
    public var attributes: [String: String]
    /// In the order the file declares them.
    public var nodes: [Node]
    /// In the order the file declares them.
    public var edges: [Edge]
    public var subgraphs: [Subgraph]

    public init(name: String, directed: Bool, attributes: [String: String] = [:], nodes: [Node] = [], edges: [Edge] = [],
                subgraphs: [Subgraph] = []) {
        self.name = name
        self.directed = directed
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}
