import CGraphviz

/// Layout and rendering through libgvc, in-process. The one place relgraph calls Graphviz.
public enum GraphvizEngine {
    /// Lays `dot` out with `engine` and reads back where every node and edge went.
    public static func layout(_ dot: String, engine: LayoutEngine) throws(GraphvizError) -> (Layout, warnings: [String]) {
        let (layout, messages) = try GraphvizContext.shared.perform { gvc throws(GraphvizError) -> Layout in
            let graph = try parse(dot)
            defer { agclose(graph) }
            try runLayout(gvc, graph, engine.rawValue)
            defer { gvFreeLayout(gvc, graph) }
            // attach_attrs writes pos/bb/lp as attributes, the only part of a layout Swift can read.
            attach_attrs(graph)
            return readLayout(graph)
        }
        return (layout, messages.filter { !$0.isError }.map(\.text))
    }

    /// Lays out (or, with `nop2`, takes the pinned positions as they are) and renders.
    public static func render(_ dot: String, engine: String, format: PictureFormat) throws(GraphvizError) -> (bytes: [UInt8], warnings: [String]) {
        precondition(format != .dot, "DOT output is the text itself")
        let (bytes, messages) = try GraphvizContext.shared.perform { gvc throws(GraphvizError) -> [UInt8] in
            let graph = try parse(dot)
            defer { agclose(graph) }
            BitmapLimit.apply(to: graph, format: format)
            try runLayout(gvc, graph, engine)
            defer { gvFreeLayout(gvc, graph) }
            BitmapLimit.reportScaling(of: graph, format: format)
            return try renderData(gvc, graph, format)
        }
        return (bytes, messages.filter { !$0.isError }.map(\.text))
    }

    public static var version: String { GraphvizContext.shared.version }

    // MARK: - Graphs built with cgraph's API

    /// Lays `graph` out with `engine` and reads back where every node and edge went.
    public static func layout(_ graph: DOTGraph, engine: LayoutEngine) throws(GraphvizError) -> (Layout, warnings: [String]) {
        let (layout, messages) = try GraphvizContext.shared.perform { gvc throws(GraphvizError) -> Layout in
            let live = try LiveGraph(graph)
            defer { live.close() }
            return try layOut(gvc, live, engine)
        }
        return (layout, messages.filter { !$0.isError }.map(\.text))
    }

    /// Draws `graph` as it is: every node and edge pinned where its `pos` says (`nop2`).
    public static func renderPinned(_ graph: DOTGraph, format: PictureFormat) throws(GraphvizError) -> (bytes: [UInt8], warnings: [String]) {
        let (bytes, messages) = try GraphvizContext.shared.perform { gvc throws(GraphvizError) -> [UInt8] in
            let live = try LiveGraph(graph)
            defer { live.close() }
            return try renderPinned(gvc, live, format)
        }
        return (bytes, messages.filter { !$0.isError }.map(\.text))
    }

    /// Lays `graph` out once with `engine`, then draws each graph `pictures` makes of that
    /// layout, pinned, on the same cgraph graph: no DOT text is written or parsed, and the
    /// pictures of one layout cost a render each, not a parse and a render.
    ///
    /// `finish` gets each picture's bytes as soon as it is drawn (with its position in
    /// `pictures`), so that a large picture's raw bytes need not wait for the others.
    public static func layoutAndRender(_ graph: DOTGraph, engine: LayoutEngine, format: PictureFormat,
                                       pictures: (Layout) -> [DOTGraph],
                                       finish: (Int, [UInt8]) -> [UInt8] = { $1 }) throws(GraphvizError) -> (layout: Layout, pictures: [[UInt8]], warnings: [String]) {
        let ((layout, drawn), messages) = try GraphvizContext.shared.perform { gvc throws(GraphvizError) -> (Layout, [[UInt8]]) in
            let live = try LiveGraph(graph)
            defer { live.close() }
            let layout = try layOut(gvc, live, engine)
            var drawn: [[UInt8]] = []
            for (index, picture) in pictures(layout).enumerated() {
                live.update(to: picture)
                drawn.append(finish(index, try renderPinned(gvc, live, format)))
            }
            return (layout, drawn)
        }
        return (layout, drawn, messages.filter { !$0.isError }.map(\.text))
    }

    private static func layOut(_ gvc: OpaquePointer, _ live: LiveGraph, _ engine: LayoutEngine) throws(GraphvizError) -> Layout {
        try runLayout(gvc, live.graph, engine.rawValue)
        defer { gvFreeLayout(gvc, live.graph) }
        // attach_attrs writes pos/bb/lp as attributes, the only part of a layout Swift can read.
        attach_attrs(live.graph)
        var layout = Layout()
        if let box = live.graphAttribute("bb") { layout.setBoundingBox(box) }
        for (name, pos) in live.nodeAttribute("pos") {
            if let point = Layout.point(pos) { layout.nodes[name] = point }
        }
        layout.edgeSplines = live.edgeAttribute("pos")
        for attribute in ["xlp", "lp"] {
            for (id, text) in live.edgeAttribute(attribute) {
                if let point = Layout.point(text) { layout.edgeLabels[id] = point }
            }
        }
        return layout
    }

    private static func renderPinned(_ gvc: OpaquePointer, _ live: LiveGraph, _ format: PictureFormat) throws(GraphvizError) -> [UInt8] {
        precondition(format != .dot, "DOT output is the text itself")
        BitmapLimit.apply(to: live.graph, format: format)
        try runLayout(gvc, live.graph, "nop2")
        defer { gvFreeLayout(gvc, live.graph) }
        BitmapLimit.reportScaling(of: live.graph, format: format)
        return try renderData(gvc, live.graph, format)
    }

    private static func renderData(_ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: PictureFormat) throws(GraphvizError) -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, format.rawValue, &data, &length) == 0, let data else {
            throw GraphvizError(stage: "rendering to \(format.rawValue)", messages: errorTexts())
        }
        defer { gvFreeRenderData(data) }
        try failOnErrors("rendering to \(format.rawValue)")
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    // MARK: - Inside the lock

    private static func parse(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = GraphvizContext.shared.readGraph(dot) else {
            throw GraphvizError(stage: "reading DOT", messages: errorTexts())
        }
        return graph
    }

    private static func runLayout(_ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ engine: String) throws(GraphvizError) {
        guard gvLayout(gvc, graph, engine) == 0 else {
            throw GraphvizError(stage: "layout (\(engine))", messages: errorTexts())
        }
        // Some failures ("trouble in init_rank", "node has no position") still return 0.
        if GraphvizContext.shared.hasReportedError() {
            gvFreeLayout(gvc, graph)
            throw GraphvizError(stage: "layout (\(engine))", messages: errorTexts())
        }
    }

    private static func failOnErrors(_ stage: String) throws(GraphvizError) {
        if GraphvizContext.shared.hasReportedError() {
            throw GraphvizError(stage: stage, messages: errorTexts())
        }
    }

    private static func errorTexts() -> [String] {
        GraphvizContext.shared.messagesSoFar().map(\.text)
    }

    private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
        name.withCString { key -> String? in
            guard let value = agget(object, UnsafeMutablePointer(mutating: key)) else { return nil }
            let text = String(cString: value)
            return text.isEmpty ? nil : text
        }
    }

    private static func readLayout(_ graph: UnsafeMutablePointer<Agraph_t>) -> Layout {
        var layout = Layout()
        if let box = attribute(UnsafeMutableRawPointer(graph), "bb") { layout.setBoundingBox(box) }
        var node = agfstnode(graph)
        while let current = node {
            let name = agnameof(UnsafeMutableRawPointer(current)).map { String(cString: $0) } ?? ""
            if let pos = attribute(UnsafeMutableRawPointer(current), "pos"), let point = Layout.point(pos) {
                layout.nodes[name] = point
            }
            var edge = agfstout(graph, current)
            while let out = edge {
                let raw = UnsafeMutableRawPointer(out)
                if let id = attribute(raw, "id") {
                    if let spline = attribute(raw, "pos") { layout.edgeSplines[id] = spline }
                    if let label = attribute(raw, "lp") ?? attribute(raw, "xlp"), let point = Layout.point(label) {
                        layout.edgeLabels[id] = point
                    }
                }
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        return layout
    }
}
