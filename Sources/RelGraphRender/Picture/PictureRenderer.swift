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
        let (bytes, warnings) = try GraphvizEngine.renderPinned(sized(pinned, spec, format), format: format)
        return Rendered(bytes: finished(bytes, spec, format), warnings: warnings)
    }

    /// Layout and render in one go, for a single picture.
    public static func render(_ spec: PictureSpec, format: PictureFormat, engine: LayoutEngine) throws(GraphvizError) -> Rendered {
        try render(union: spec, pictures: { _ in [spec] }, format: format, engine: engine).1[0]
    }

    /// Layout and render of a single picture made for `fit`'s width (`ColumnFit`): the type
    /// magnified as the fit found, the picture sized to the width, and how it prints there.
    public static func render(_ spec: PictureSpec, format: PictureFormat, engine: LayoutEngine,
                              fit: ColumnFit?) throws(GraphvizError) -> (Rendered, ColumnFit.Outcome?) {
        guard let fit else { return (try render(spec, format: format, engine: engine), nil) }
        var spec = spec
        spec.magnification = try fit.fit(spec, pictures: [spec], engine: engine).magnification
        spec.printWidth = fit.width.points
        let (layout, drawn) = try render(union: spec, pictures: { [spec] _ in [spec] }, format: format, engine: engine)
        return (drawn[0], fit.measure([spec], at: layout, magnification: spec.magnification))
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
            return specs.map { sized(pinnedGraph($0, at: layout, engine: engine), $0, format) }
        }, finish: { index, bytes in finished(bytes, specs[index], format) })
        return (layout, drawn.map { Rendered(bytes: $0, warnings: warnings) })
    }

    /// The graph to lay out: `spec`'s, magnified, with the engine's attributes.
    /// - Parameter routed: false draws every tie straight whatever the graph's size: node
    ///   positions do not depend on how ties are drawn, so a trial layout skips the routing.
    static func layoutGraph(_ spec: PictureSpec, engine: LayoutEngine, routed: Bool = true) -> DOTGraph {
        var graph = Magnification.apply(spec.magnification, to: spec.graph)
        let routes = routed && TieRouting.routes(actors: graph.nodes.count, ties: graph.edges.count)
        // What the picture sets itself (the focus picture's direction and spacing) wins over
        // the engine's defaults: Graphviz takes the last value of an attribute set twice.
        let own = Set(graph.graphAttributes.map(\.name))
        graph.graphAttributes += layoutAttributes(engine: engine, routed: routes).filter { !own.contains($0.name) }
        return graph
    }

    /// SVG gets relgraph's own hover text and links, and the width it is made for; other
    /// formats are Graphviz's bytes.
    static func finished(_ bytes: [UInt8], _ spec: PictureSpec, _ format: PictureFormat) -> [UInt8] {
        format == .svg ? SVGPostProcessor(tooltips: spec.tooltips, links: spec.links, printWidth: spec.printWidth).process(bytes) : bytes
    }

    /// A PNG or PDF made for a width gets Graphviz's `size` (scaled to exactly that width);
    /// SVG keeps its own units and says its width instead (`finished`).
    static func sized(_ graph: DOTGraph, _ spec: PictureSpec, _ format: PictureFormat) -> DOTGraph {
        guard let width = spec.printWidth, format == .png || format == .pdf else { return graph }
        var graph = graph
        graph.graphAttributes.append(("size", "\(WeightFormat.plain(width / 72, decimals: 4)),\(Int(BitmapLimit.inches))!"))
        return graph
    }

    /// The attributes each engine needs to give a readable, repeatable layout.
    ///
    /// Ties are routed round the actors (`splines=true`) when `routed` (`TieRouting` says
    /// when that is affordable), else drawn straight (`splines=line`).
    static func layoutAttributes(engine: LayoutEngine, routed: Bool) -> DOTGraph.Attributes {
        let splines = routed ? "true" : "line"
        switch engine {
        case .dot:
            return [("rankdir", "LR"), ("splines", "true"), ("nodesep", "0.25"), ("ranksep", "0.9")]
        case .neato:
            // Tight overlap removal (prism, scaling −2, small margins) keeps the default model
            // at about 60 % of the area the defaults give it, legible at README width.
            return [("overlap", "prism"), ("overlap_scaling", "-2"), ("sep", "+6"), ("esep", "+2"), ("splines", splines),
                    ("start", "7"), ("mode", "major"), ("model", "subset")]
        case .fdp:
            return [("overlap", "prism"), ("sep", "+10"), ("esep", "+4"), ("splines", splines), ("start", "7"), ("K", "1.1")]
        case .sfdp:
            return [("overlap", "prism"), ("sep", "+4"), ("splines", "line"), ("start", "7")]
        case .circo, .twopi:
            return [("overlap", "false"), ("splines", splines)]
        }
    }

    /// The picture's DOT: every laid-out node and edge pinned, the legend below them.
    static func pinnedGraph(_ spec: PictureSpec, at layout: Layout, engine: LayoutEngine) -> DOTGraph {
        let m = spec.magnification
        var graph = Magnification.apply(m, to: spec.graph)
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
        spec.legend.place(into: &graph, below: layout, magnification: m)
        if spec.fixedCanvas {
            // Beyond anything drawn: labels and legend text may overhang their nodes a little.
            let canvas = fixedCanvas(spec, layout)
            for (name, x, y) in [("canvas-lower-left", canvas.left, canvas.bottom), ("canvas-upper-right", canvas.right, canvas.top)] {
                graph.nodes.append(DOTGraph.Node(name, [("shape", "point"), ("style", "invis"), ("width", "0.01"), ("label", ""),
                                                        ("pos", pinned(Layout.Point(x: x, y: y)))]))
            }
        }
        return graph
    }

    /// The corners a fixed canvas is pinned to: 30 points beyond the layout and the legend's
    /// frame (or the width and height reserved for it), 12 above and below.
    static func fixedCanvas(_ spec: PictureSpec, _ layout: Layout) -> (left: Double, right: Double, bottom: Double, top: Double) {
        let m = spec.magnification
        let legend = spec.legend.arrangement(below: layout, magnification: m)
        let legendBottom = layout.lowerLeft.y - 22 * m - max(legend?.height ?? 0, spec.legend.minimumHeight)
        let legendRight = (legend?.left ?? layout.lowerLeft.x) + max(legend?.width ?? 0, spec.legend.minimumWidth)
        return (layout.lowerLeft.x - 30, max(layout.upperRight.x, legendRight) + 30, legendBottom - 12, layout.upperRight.y + 12)
    }

    /// The width in points of the picture `pinnedGraph` draws of `spec` at `layout`: what a
    /// report scales to its column. Graphviz's bounding box (the layout, which holds the
    /// title, and the legend's frame, or the fixed canvas) and the graph's `pad` on both sides.
    static func canvasWidth(_ spec: PictureSpec, at layout: Layout) -> Double {
        let pad = 2 * padding(spec.graph)
        if spec.fixedCanvas {
            let canvas = fixedCanvas(spec, layout)
            // The corner points are 0.01 in wide.
            return canvas.right - canvas.left + 0.72 + pad
        }
        guard let legend = spec.legend.arrangement(below: layout, magnification: spec.magnification) else { return layout.width + pad }
        return max(layout.upperRight.x, legend.right) - min(layout.lowerLeft.x, legend.left) + pad
    }

    /// The graph's `pad` in points (Graphviz's default, 4, when it sets none).
    static func padding(_ graph: DOTGraph) -> Double {
        guard let text = graph.graphAttributes.last(where: { $0.name == "pad" })?.value,
              let inches = Double(text.split(separator: ",").first ?? "") else { return BitmapLimit.defaultPad }
        return inches * 72
    }

    static func pinned(_ point: Layout.Point) -> String { coordinates(point) + "!" }

    static func coordinates(_ point: Layout.Point) -> String {
        "\(WeightFormat.fixed(point.x, decimals: 2)),\(WeightFormat.fixed(point.y, decimals: 2))"
    }
}
