import RelGraph

/// Draws pictures from one layout: a real layout once, then every picture rendered from the
/// same pinned positions (`nop2`), with the legend placed beside what the layout produced.
///
/// Pinning is what lets before, after and difference pictures put each actor at exactly
/// the same spot, and it lets the legend live inside the picture in every output format.
/// A lone picture takes the same route: laid out, then drawn pinned with its legend.
public enum PictureRenderer {
    public struct Rendered: Sendable {
        public var bytes: [UInt8]
        public var warnings: [String]
    }

    /// Lays out the graph with `engine`; positions are what pictures share.
    public static func layout(_ spec: PictureSpec, engine: LayoutEngine) throws(GraphvizError) -> (Layout, warnings: [String]) {
        let graph = layoutGraph(spec, engine: engine)
        if let packed = try ComponentLayout.layout(graph, engine: engine) { return packed }
        return try GraphvizEngine.layout(graph, engine: engine)
    }

    /// Renders `spec` at the positions in `layout`.
    public static func render(_ spec: PictureSpec, at layout: Layout, format: PictureFormat,
                              engine: LayoutEngine) throws(GraphvizError) -> Rendered {
        let pinned = pinnedGraph(spec, at: layout, engine: engine)
        if format == .dot {
            return Rendered(bytes: Array(pinned.dotText.utf8), warnings: [])
        }
        let (bytes, warnings) = try GraphvizEngine.renderPinned(pinned, format: format)
        return Rendered(bytes: finished(bytes, spec, format), warnings: warnings)
    }

    /// Layout and render in one go, for a single picture.
    public static func render(_ spec: PictureSpec, format: PictureFormat, engine: LayoutEngine) throws(GraphvizError) -> Rendered {
        try render(union: spec, pictures: { _ in [spec] }, format: format, engine: engine).1[0]
    }

    /// Lays `union` out once and draws each picture `pictures` gives for that layout at the
    /// same positions: the before, after and difference pictures of a scenario, or one picture.
    public static func render(union: PictureSpec, pictures: (Layout) -> [PictureSpec], format: PictureFormat,
                              engine: LayoutEngine) throws(GraphvizError) -> (Layout, [Rendered]) {
        if format == .dot {
            let (layout, warnings) = try self.layout(union, engine: engine)
            return (layout, pictures(layout).map { Rendered(bytes: Array(pinnedGraph($0, at: layout, engine: engine).dotText.utf8), warnings: warnings) })
        }
        let graph = layoutGraph(union, engine: engine)
        if let (layout, warnings) = try ComponentLayout.layout(graph, engine: engine) {
            // Many components: laid out in two parts (ComponentLayout), then drawn pinned.
            var drawn: [Rendered] = []
            for spec in pictures(layout) {
                let picture = try render(spec, at: layout, format: format, engine: engine)
                drawn.append(Rendered(bytes: picture.bytes, warnings: (warnings + picture.warnings).uniqued()))
            }
            return (layout, drawn)
        }
        var specs: [PictureSpec] = []
        let (layout, drawn, warnings) = try GraphvizEngine.layoutAndRender(graph, engine: engine, format: format, pictures: { layout in
            specs = pictures(layout)
            return specs.map { pinnedGraph($0, at: layout, engine: engine) }
        }, finish: { index, bytes in finished(bytes, specs[index], format) })
        return (layout, drawn.map { Rendered(bytes: $0, warnings: warnings) })
    }

    static func layoutGraph(_ spec: PictureSpec, engine: LayoutEngine) -> DOTGraph {
        var graph = spec.graph
        graph.graphAttributes += layoutAttributes(engine: engine, nodeCount: graph.nodes.count)
        return graph
    }

    /// SVG gets relgraph's own hover text and links; other formats are Graphviz's bytes.
    static func finished(_ bytes: [UInt8], _ spec: PictureSpec, _ format: PictureFormat) -> [UInt8] {
        format == .svg ? SVGPostProcessor(tooltips: spec.tooltips, links: spec.links).process(bytes) : bytes
    }

    /// The attributes each engine needs to give a readable, repeatable layout.
    ///
    /// Straight edges (`splines=line`) for the force-directed engines: Graphviz fans parallel
    /// ties apart, and routing curved splines round every node costs ~50× the layout itself
    /// (2.1 s against 0.04 s for the default model with neato, measured with Graphviz 2.42).
    static func layoutAttributes(engine: LayoutEngine, nodeCount: Int) -> DOTGraph.Attributes {
        switch engine {
        case .dot:
            return [("rankdir", "LR"), ("splines", "true"), ("nodesep", "0.25"), ("ranksep", "0.9")]
        case .neato:
            // Tight overlap removal (prism, scaling −2, small margins) keeps the default model
            // at about 60 % of the area the defaults give it, legible at README width.
            return [("overlap", "prism"), ("overlap_scaling", "-2"), ("sep", "+6"), ("esep", "+2"), ("splines", "line"),
                    ("start", "7"), ("mode", "major"), ("model", "subset")]
        case .fdp:
            return [("overlap", "prism"), ("sep", "+10"), ("esep", "+4"), ("splines", "line"), ("start", "7"), ("K", "1.1")]
        case .sfdp:
            return [("overlap", "prism"), ("sep", "+4"), ("splines", "line"), ("start", "7")]
        case .circo, .twopi:
            return [("overlap", "false"), ("splines", "line")]
        }
    }

    /// The picture's DOT: every laid-out node and edge pinned, the legend below them.
    static func pinnedGraph(_ spec: PictureSpec, at layout: Layout, engine: LayoutEngine) -> DOTGraph {
        var graph = spec.graph
        graph.comments = [
            "Generated by relgraph. Positions come from a \(engine.rawValue) layout and are pinned:",
            "render with `neato -n2 -Tsvg` (or any Graphviz tool with -Kneato -n2) to reproduce the picture.",
        ]
        graph.graphAttributes += [("notranslate", "true"), ("splines", "line")]
        for index in graph.nodes.indices {
            if let point = layout.nodes[graph.nodes[index].name] {
                graph.nodes[index].attributes.append(("pos", pinned(point)))
            }
        }
        for index in graph.edges.indices {
            let id = graph.edges[index].id
            if let spline = layout.edgeSplines[id] {
                graph.edges[index].attributes.append(("pos", spline))
            }
            if let label = layout.edgeLabels[id] {
                graph.edges[index].attributes.append(("lp", coordinates(label)))
            }
        }
        spec.legend.place(into: &graph, below: layout)
        if spec.fixedCanvas {
            // Beyond anything drawn: labels and legend text may overhang their nodes a little.
            let legendBottom = layout.lowerLeft.y - 22 - max(spec.legend.height(below: layout), spec.legend.minimumHeight)
            let right = max(layout.upperRight.x, layout.lowerLeft.x + Double(Legend.columns(for: layout)) * Legend.columnWidth) + 30
            for (name, x, y) in [("canvas-lower-left", layout.lowerLeft.x - 30, legendBottom - 12), ("canvas-upper-right", right, layout.upperRight.y + 12)] {
                graph.nodes.append(DOTGraph.Node(name, [("shape", "point"), ("style", "invis"), ("width", "0.01"), ("label", ""),
                                                        ("pos", pinned(Layout.Point(x: x, y: y)))]))
            }
        }
        return graph
    }

    static func pinned(_ point: Layout.Point) -> String { coordinates(point) + "!" }

    static func coordinates(_ point: Layout.Point) -> String {
        "\(WeightFormat.fixed(point.x, decimals: 2)),\(WeightFormat.fixed(point.y, decimals: 2))"
    }
}
