import RelGraph

/// Lays one Graphviz SVG over another drawn in the same coordinates: a picture drawn as laid
/// out, and its title and legend drawn pinned on a canvas that covers both.
///
/// Graphviz writes each picture as a header, one `<g class="graph">` holding its `<title>`,
/// a background `<polygon>` and the graph's own label, then one `<g>` per node, edge or
/// cluster, then `</g></svg>`. Points inside that group are graph coordinates (y negated),
/// placed by the group's `transform`; so the elements of the laid-out picture can move,
/// unchanged, into the top picture's group, whose size, viewBox and transform already span
/// both. They go after the top picture's label and before its own elements, which is the
/// order one graph holding everything would draw them in.
enum SVGOverlay {
    private static let graphGroup = Array("<g id=\"graph0\" class=\"graph\"".utf8)
    private static let titleEnd = Array("</title>\n".utf8)
    private static let element = Array("\n<g id=\"".utf8)
    private static let closing = Array("</g>\n</svg>".utf8)

    /// `top` with the elements of `bottom` beneath its own; `bottom` alone when either is
    /// not the SVG Graphviz writes.
    static func lay(_ top: [UInt8], over bottom: [UInt8]) -> [UInt8] {
        guard let topSplit = firstElement(top), let bottomStart = firstElement(bottom),
              let bottomEnd = Bytes.lastIndex(bottom, closing), bottomStart <= bottomEnd else { return bottom }
        var out: [UInt8] = []
        out.reserveCapacity(top.count + bottom.count)
        out += top[..<topSplit]
        out += bottom[bottomStart..<bottomEnd]
        out += top[topSplit...]
        return out
    }

    /// Where the picture's first element starts (its closing when it has none); nil when
    /// there is no graph group.
    private static func firstElement(_ svg: [UInt8]) -> Int? {
        guard let group = Bytes.firstIndex(svg[...], graphGroup),
              let title = Bytes.firstIndex(svg[...], titleEnd, from: group) else { return nil }
        if let found = Bytes.firstIndex(svg[...], element, from: title) { return found + 1 }
        return Bytes.lastIndex(svg, closing)
    }
}
