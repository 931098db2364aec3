import CGraphviz
import RelGraph

/// cairo draws bitmaps of at most 32,767 pixels a side. Graphviz's cairo plugin scales a
/// larger PNG down to fit and says so by printing to stderr itself, past cgraph's message
/// handler; relgraph gives such a graph a `size` limit instead, which Graphviz honours without
/// a word (a picture within it is drawn byte for byte as without), and reports the scale as a
/// warning of its own.
enum BitmapLimit {
    /// 32,640 pixels at the 96 dpi Graphviz draws PNG at: under cairo's limit.
    static let inches = 340.0

    /// Graphviz's padding around a drawing when the graph sets none, in points.
    static let defaultPad = 4.0

    /// Limits `graph`'s size when it is to be drawn as a bitmap; before its layout, which is
    /// when Graphviz reads `size`.
    static func apply(to graph: UnsafeMutablePointer<Agraph_t>, format: PictureFormat) {
        guard format == .png else { return }
        // A picture made for a width (`--width`) has a size of its own, well within the limit.
        let own = "size".withMutableCString { agget(UnsafeMutableRawPointer(graph), $0) }.map { String(cString: $0) } ?? ""
        let numbers = own.filter { $0 != "!" }.split(separator: ",").compactMap { Double($0.trimmingWhitespace) }
        if !numbers.isEmpty && numbers.allSatisfy({ $0 > 0 && $0 <= inches }) { return }
        let limit = "\(Int(inches)),\(Int(inches))"
        _ = "size".withMutableCString { name in
            limit.withMutableCString { value in "".withMutableCString { agsafeset(UnsafeMutableRawPointer(graph), name, value, $0) } }
        }
    }

    /// After the layout: when the drawing with its padding exceeds the limit, the warning
    /// that says by how much Graphviz will scale it.
    static func reportScaling(of graph: UnsafeMutablePointer<Agraph_t>, format: PictureFormat) {
        guard format == .png else { return }
        let box = relgraph_bounding_box(graph)
        let pad = padding(graph)
        let width = box.UR.x - box.LL.x + 2 * pad.x, height = box.UR.y - box.LL.y + 2 * pad.y
        let scale = min(inches * 72 / width, inches * 72 / height)
        guard scale < 1 else { return }
        GraphvizContext.shared.addWarning("graph is too large for cairo-renderer bitmaps (32767 pixels a side); scaled by \(WeightFormat.fixed(scale, decimals: 2)) to fit")
    }

    /// The graph's `pad` in points: "x" or "x,y" in inches.
    private static func padding(_ graph: UnsafeMutablePointer<Agraph_t>) -> (x: Double, y: Double) {
        let text = "pad".withMutableCString { agget(UnsafeMutableRawPointer(graph), $0) }.map { String(cString: $0) } ?? ""
        let numbers = text.split(separator: ",").compactMap { Double($0.trimmingWhitespace) }
        guard let x = numbers.first, x >= 0 else { return (defaultPad, defaultPad) }
        let y = numbers.count > 1 && numbers[1] >= 0 ? numbers[1] : x
        return (x * 72, y * 72)
    }
}
