import RelGraph

/// Everything needed to draw one picture: the graph to lay out, and what Graphviz must not
/// be trusted with (tooltips and links, added to the SVG by relgraph itself), and the legend.
public struct PictureSpec: Sendable {
    public var graph: DOTGraph
    /// Hover text by SVG element id (`actor-…`, `tie-…`).
    public var tooltips: [String: String] = [:]
    /// http(s) links by SVG element id.
    public var links: [String: String] = [:]
    public var legend: Legend
    /// Pin the canvas with invisible corner points, so pictures of one layout that differ in
    /// labels and legends still come out exactly the same size.
    public var fixedCanvas = false

    public init(graph: DOTGraph, legend: Legend) {
        self.graph = graph
        self.legend = legend
    }
}
