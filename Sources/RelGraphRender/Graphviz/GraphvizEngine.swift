import CGraphviz
import Foundation

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
            try runLayout(gvc, graph, engine)
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, graph, format.rawValue, &data, &length) == 0, let data else {
                throw GraphvizError(stage: "rendering to \(format.rawValue)", messages: errorTexts())
            }
            defer { gvFreeRenderData(data) }
            try failOnErrors("rendering to \(format.rawValue)")
            return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        }
        return (bytes, messages.filter { !$0.isError }.map(\.text))
    }

    public static var version: String { GraphvizContext.shared.version }

    // MARK: - Inside the lock

    private static func parse(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = agmemread(dot) else {
            throw GraphvizError(stage: "reading DOT", messages: errorTexts())
        }
        return graph
    }

    private static func runLayout(_ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ engine: String) throws(GraphvizError) {
        guard gvLayout(gvc, graph, engine) == 0 else {
            throw GraphvizError(stage: "layout (\(engine))", messages: errorTexts())
        }
        // Some failures ("trouble in init_rank", "node has no position") still return 0.
        if GraphvizContext.shared.messagesSoFar().contains(where: \.isError) {
            gvFreeLayout(gvc, graph)
            throw GraphvizError(stage: "layout (\(engine))", messages: errorTexts())
        }
    }

    private static func failOnErrors(_ stage: String) throws(GraphvizError) {
        if GraphvizContext.shared.messagesSoFar().contains(where: \.isError) {
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
        if let box = attribute(UnsafeMutableRawPointer(graph), "bb") {
            let numbers = box.split(separator: ",").compactMap { Double($0) }
            if numbers.count == 4 {
                layout.lowerLeft = .init(x: numbers[0], y: numbers[1])
                layout.upperRight = .init(x: numbers[2], y: numbers[3])
            }
        }
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
