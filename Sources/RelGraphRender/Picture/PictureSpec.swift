import RelGraph

/// Everything needed to draw one picture: the graph to lay out, and what Graphviz must not
/// be trusted with (tooltips and links, added to the SVG by relgraph itself), and the legend.
public struct PictureSpec: Sendable {
    public var graph: DOTGraph
    public var hoverText = HoverText()
    /// Hover text by SVG element id (`actor-…`, `tie-…`).
    public var tooltips: [String: String] {
        get { hoverText.tooltips }
        set { hoverText.tooltips = newValue }
    }
    /// http(s) links by SVG element id.
    public var links: [String: String] {
        get { hoverText.links }
        set { hoverText.links = newValue }
    }
    public var legend: Legend
    /// Pin the canvas with invisible corner points, so pictures of one layout that differ in
    /// labels and legends still come out exactly the same size.
    public var fixedCanvas = false
    /// Type and ink relative to the layout's spacing (`Magnification`); 1 is relgraph's
    /// ordinary sizes.
    public var magnification = 1.0
    /// The width in points the picture is made for (`--width`): the SVG's width, the size of a
    /// PNG or PDF. Nil keeps Graphviz's own size, one point per unit of the layout.
    public var printWidth: Double?

    public init(graph: DOTGraph, legend: Legend) {
        self.graph = graph
        self.legend = legend
    }
}

/// What a picture shows on hover and where it links, by SVG element id (`actor-…`, `tie-…`):
/// added to the SVG by relgraph itself, never given to Graphviz.
public struct HoverText: Sendable {
    public var tooltips: [String: String] = [:]
    /// http(s) links.
    public var links: [String: String] = [:]
    public init() {}
}
