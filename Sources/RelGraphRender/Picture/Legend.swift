import RelGraph

/// A key to the picture, drawn by Graphviz itself (so it is in SVG, PNG and PDF alike) as
/// pinned sample nodes and edges below the laid-out graph.
///
/// The frame fits what it holds: columns as wide as the widest entry (entries wrap, never
/// clip: `PictureText.legendEntry`), as many columns as fit under the picture, rows as tall as
/// their entries' lines.
public struct Legend: Sendable {
    public enum Sample: Sendable {
        /// A short line drawn with these edge attributes.
        case edge(DOTGraph.Attributes)
        /// A small node drawn with these node attributes.
        case node(DOTGraph.Attributes)
    }

    public struct Item: Sendable {
        public var label: String
        public var sample: Sample
        public init(_ label: String, _ sample: Sample) {
            self.label = label
            self.sample = sample
        }
    }

    public struct Section: Sendable {
        public var title: String
        public var items: [Item]
        public init(_ title: String, _ items: [Item]) {
            self.title = title
            self.items = items
        }
    }

    public var sections: [Section]
    /// The height (in points) of canvas to reserve below the picture at least: pictures meant
    /// to be compared side by side (`PictureSpec.fixedCanvas`) reserve the same, so their
    /// canvases match even when their legends differ. The frame itself always fits its entries.
    public var minimumHeight: Double = 0
    /// The width (in points, from the frame's left end) to reserve at least, for the same reason.
    public var minimumWidth: Double = 0

    public init(sections: [Section]) { self.sections = sections }

    // Sizes in points at magnification 1 (see `Magnification`).
    static let fontSize = Double(GraphStyle.legendFontSize)!
    static let rowHeight = 20.0
    /// Graphviz sets the lines of a label 1.2 font sizes apart.
    static let lineHeight = 12.0
    static let sampleWidth = 40.0
    static let sampleGap = 6.0
    static let columnGap = 14.0
    static let inset = 4.0

    /// Where everything goes, in points, for a legend below `layout`.
    struct Arrangement {
        struct Text {
            var lines: [String]
            var x: Double, y: Double, width: Double
            var bold: Bool
        }
        struct Mark {
            var sample: Sample
            var x: Double, y: Double
        }
        var left = 0.0, top = 0.0, width = 0.0, height = 0.0
        var texts: [Text] = []
        var marks: [Mark] = []
        var right: Double { left + width }
    }

    /// The frame's height `place` gives this legend below `layout`, before any reservation.
    func height(below layout: Layout, magnification: Double = 1) -> Double {
        arrangement(below: layout, magnification: magnification)?.height ?? 0
    }

    /// The frame's width `place` gives this legend below `layout`, before any reservation.
    func width(below layout: Layout, magnification: Double = 1) -> Double {
        arrangement(below: layout, magnification: magnification)?.width ?? 0
    }

    func arrangement(below layout: Layout, magnification m: Double) -> Arrangement? {
        let shown = sections.filter { !$0.items.isEmpty }
        guard !shown.isEmpty else { return nil }
        let font = Self.fontSize * m, row = Self.rowHeight * m, line = Self.lineHeight * m
        let sample = Self.sampleWidth * m, gap = Self.sampleGap * m, columnGap = Self.columnGap * m, inset = Self.inset * m
        // Entries wrap at `legendEntry`'s width, or narrower (down to half) under a narrow
        // picture, so that the legend does not make the picture wider than its graph.
        let fitting = (layout.width - sample - gap - 2 * inset) / font
        let measure = PictureText.Measure.legendEntry
        let wrap = max(measure.width / 2, min(measure.width, fitting))
        let entries = shown.map { $0.items.map { TextWrap.lines($0.label, width: wrap, maxLines: measure.maxLines) } }
        let textWidth = entries.joined().joined().map { TextWidth.points($0, size: font) }.max() ?? 0
        let titleWidth = shown.map { TextWidth.points($0.title, size: font, bold: true) }.max() ?? 0
        let column = sample + gap + textWidth + columnGap
        let most = shown.map(\.items.count).max() ?? 1
        let columns = max(1, min(most, Int((max(layout.width, column) + columnGap) / column)))

        var arrangement = Arrangement()
        let left = layout.lowerLeft.x
        arrangement.left = left - inset
        arrangement.width = max(Double(columns) * column - columnGap, titleWidth) + 2 * inset
        arrangement.top = layout.lowerLeft.y - 22 * m
        var y = arrangement.top - 14 * m
        for (section, lines) in zip(shown, entries) {
            arrangement.texts.append(.init(lines: [section.title], x: left + inset, y: y, width: arrangement.width - 2 * inset, bold: true))
            y -= row
            for start in stride(from: 0, to: section.items.count, by: columns) {
                let end = min(start + columns, section.items.count)
                for index in start..<end {
                    let x = left + inset + Double(index - start) * column
                    let count = Double(lines[index].count)
                    arrangement.marks.append(.init(sample: section.items[index].sample, x: x, y: y))
                    arrangement.texts.append(.init(lines: lines[index], x: x + sample + gap, y: y - (count - 1) * line / 2, width: textWidth, bold: false))
                }
                let tallest = lines[start..<end].map(\.count).max() ?? 1
                y -= row + Double(tallest - 1) * line
            }
            y -= 0.4 * row
        }
        arrangement.height = arrangement.top - (y + 0.7 * row)
        return arrangement
    }

    /// Adds the legend's nodes and edges to `graph`, below the area `layout` occupies, and
    /// gives the left and right ends of its frame (nil when there is nothing to show).
    @discardableResult
    func place(into graph: inout DOTGraph, below layout: Layout, magnification m: Double = 1) -> ClosedRange<Double>? {
        guard let arrangement = arrangement(below: layout, magnification: m) else { return nil }
        let line = Self.lineHeight * m
        var nodes: [DOTGraph.Node] = []
        var edges: [DOTGraph.Edge] = []
        var counter = 0
        for text in arrangement.texts {
            counter += 1
            let label = text.lines.map { DOTText.label($0) + DOTText.leftJustifiedLineEnd }.joined()
            nodes.append(DOTGraph.Node("legend-text-\(counter)", [
                ("shape", "plaintext"), ("fixedsize", "shape"), ("width", inches(text.width)),
                ("height", inches(max(0.25 * 72 * m, Double(text.lines.count) * line))),
                ("label", label), ("fontsize", WeightFormat.plain(Self.fontSize * m, decimals: 2)), ("style", "solid"),
                ("pos", point(text.x + text.width / 2, text.y)),
                ("fontname", text.bold ? GraphStyle.boldFontName : GraphStyle.fontName), ("id", "legend-text-\(counter)"),
            ]))
        }
        for mark in arrangement.marks {
            counter += 1
            switch mark.sample {
            case .edge(let attributes):
                let a = "legend-\(counter)-a", b = "legend-\(counter)-b"
                for (name, x) in [(a, mark.x), (b, mark.x + Self.sampleWidth * m)] {
                    nodes.append(DOTGraph.Node(name, [("shape", "point"), ("width", "0.02"), ("style", "invis"),
                                                      ("label", ""), ("pos", point(x, mark.y))]))
                }
                edges.append(DOTGraph.Edge(id: "legend-edge-\(counter)", tail: a, head: b, Magnification.apply(m, to: attributes)))
            case .node(let attributes):
                nodes.append(DOTGraph.Node("legend-\(counter)", Magnification.apply(m, to: attributes) + [
                    ("label", ""), ("fixedsize", "true"), ("width", inches(0.42 * 72 * m)), ("height", inches(0.24 * 72 * m)),
                    ("pos", point(mark.x + Self.sampleWidth * m / 2, mark.y)), ("id", "legend-sample-\(counter)"),
                ]))
            }
        }
        let frame = DOTGraph.Node("legend-frame", [
            ("shape", "box"), ("style", "rounded"), ("color", "#bbbbbb"), ("label", ""), ("fixedsize", "true"),
            ("width", inches(arrangement.width)), ("height", inches(arrangement.height)),
            ("pos", point(arrangement.left + arrangement.width / 2, arrangement.top - arrangement.height / 2)), ("id", "legend"),
        ])
        // The frame is an outline only, so it may come after what it surrounds: the laid-out
        // graph's nodes stay first, as in the graph that was laid out (see LiveGraph).
        graph.nodes += [frame] + nodes
        graph.edges += edges
        return arrangement.left...arrangement.right
    }

    private func point(_ x: Double, _ y: Double) -> String {
        "\(WeightFormat.fixed(x, decimals: 2)),\(WeightFormat.fixed(y, decimals: 2))!"
    }

    private func inches(_ points: Double) -> String { WeightFormat.fixed(points / 72, decimals: 3) }
}
