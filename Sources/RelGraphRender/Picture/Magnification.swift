import RelGraph

/// Type and ink made larger relative to the layout's spacing: font sizes, line widths, arrow
/// sizes, node margins and the sizes of fixed-size nodes, multiplied by one factor. The
/// spacing (`len`, `sep`, `esep`) stays in points, so a magnified picture is laid out more
/// tightly around its text, and prints larger type when it is scaled to a column
/// (`ColumnFit`). A factor of 1 leaves every attribute as it was.
public enum Magnification {
    /// Attributes that are sizes of type or ink (margins are "x,y" or "x").
    static let scaled: Set<String> = ["fontsize", "penwidth", "arrowsize", "margin"]

    public static func apply(_ factor: Double, to attributes: DOTGraph.Attributes) -> DOTGraph.Attributes {
        guard factor != 1 else { return attributes }
        let fixedSize = attributes.contains { $0.name == "fixedsize" && $0.value == "true" }
        return attributes.map { attribute in
            if scaled.contains(attribute.name) || (fixedSize && (attribute.name == "width" || attribute.name == "height")) {
                return (attribute.name, scale(attribute.value, by: factor))
            }
            return attribute
        }
    }

    /// Every default, node and edge of `graph` (the graph label's type included).
    public static func apply(_ factor: Double, to graph: DOTGraph) -> DOTGraph {
        guard factor != 1 else { return graph }
        var graph = graph
        graph.graphAttributes = apply(factor, to: graph.graphAttributes)
        graph.nodeDefaults = apply(factor, to: graph.nodeDefaults)
        graph.edgeDefaults = apply(factor, to: graph.edgeDefaults)
        for index in graph.nodes.indices { graph.nodes[index].attributes = apply(factor, to: graph.nodes[index].attributes) }
        for index in graph.edges.indices { graph.edges[index].attributes = apply(factor, to: graph.edges[index].attributes) }
        return graph
    }

    /// "1.5" or "0.06,0.03" times `factor`; text that is no number is left as it is.
    static func scale(_ value: String, by factor: Double) -> String {
        let parts = value.split(separator: ",", omittingEmptySubsequences: false)
        let numbers = parts.map { Double($0) }
        guard !numbers.contains(nil) else { return value }
        return numbers.map { WeightFormat.plain($0! * factor, decimals: 3) }.joined(separator: ",")
    }
}
