import RelGraph

/// A key to the picture, drawn by Graphviz itself (so it is in SVG, PNG and PDF alike) as
/// pinned sample nodes and edges below the laid-out graph.
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
    /// The height (in points) to reserve at least: pictures meant to be compared side by side
    /// reserve the same, so their canvases match even when their legends differ.
    public var minimumHeight: Double = 0

    public init(sections: [Section]) { self.sections = sections }

    static func columns(for layout: Layout) -> Int {
        max(2, min(5, Int((layout.width + 40) / columnWidth)))
    }

    /// The frame's height `place` gives this legend below `layout`, before any reservation.
    func height(below layout: Layout) -> Double {
        let columns = Self.columns(for: layout)
        let shown = sections.filter { !$0.items.isEmpty }
        guard !shown.isEmpty else { return 0 }
        // Each section: a title row, its item rows, then 1.4 rows of space (see `place`).
        let rows = shown.reduce(0.0) { $0 + Double(($1.items.count + columns - 1) / columns) + 1.4 }
        return 14 + rows * Self.rowHeight - 0.7 * Self.rowHeight
    }

    static let columnWidth = 190.0
    static let rowHeight = 20.0
    static let sampleWidth = 40.0

    /// Adds the legend's nodes and edges to `graph`, below the area `layout` occupies, and
    /// gives the left and right ends of its frame (nil when there is nothing to show).
    @discardableResult
    func place(into graph: inout DOTGraph, below layout: Layout) -> ClosedRange<Double>? {
        let items = sections.filter { !$0.items.isEmpty }
        guard !items.isEmpty else { return nil }
        let columns = Self.columns(for: layout)
        let left = layout.lowerLeft.x
        var y = layout.lowerLeft.y - 36
        let top = y + 14
        var frameNodes: [DOTGraph.Node] = []
        var nodes: [DOTGraph.Node] = []
        var edges: [DOTGraph.Edge] = []
        var counter = 0

        func text(_ label: String, x: Double, y: Double, width: Double, bold: Bool = false) -> DOTGraph.Node {
            counter += 1
            return DOTGraph.Node("legend-text-\(counter)", [
                ("shape", "plaintext"), ("fixedsize", "shape"), ("width", inches(width)), ("height", "0.25"),
                ("label", DOTText.label(label) + DOTText.leftJustifiedLineEnd), ("fontsize", GraphStyle.legendFontSize), ("style", "solid"), ("pos", point(x + width / 2, y)),
                ("fontname", bold ? GraphStyle.boldFontName : GraphStyle.fontName), ("id", "legend-text-\(counter)"),
            ])
        }

        for section in items {
            nodes.append(text(section.title, x: left + 4, y: y, width: Self.columnWidth - 8, bold: true))
            y -= Self.rowHeight
            for (index, item) in section.items.enumerated() {
                let column = index % columns
                if index > 0 && column == 0 { y -= Self.rowHeight }
                let x = left + Double(column) * Self.columnWidth + 4
                counter += 1
                switch item.sample {
                case .edge(let attributes):
                    let a = "legend-\(counter)-a", b = "legend-\(counter)-b"
                    for (name, px) in [(a, x), (b, x + Self.sampleWidth)] {
                        nodes.append(DOTGraph.Node(name, [("shape", "point"), ("width", "0.02"), ("style", "invis"),
                                                          ("label", ""), ("pos", point(px, y))]))
                    }
                    edges.append(DOTGraph.Edge(id: "legend-edge-\(counter)", tail: a, head: b, attributes))
                case .node(let attributes):
                    nodes.append(DOTGraph.Node("legend-\(counter)", attributes + [
                        ("label", ""), ("fixedsize", "true"), ("width", "0.42"), ("height", "0.24"),
                        ("pos", point(x + Self.sampleWidth / 2, y)), ("id", "legend-sample-\(counter)"),
                    ]))
                }
                nodes.append(text(item.label, x: x + Self.sampleWidth + 6, y: y, width: Self.columnWidth - Self.sampleWidth - 14))
            }
            y -= Self.rowHeight * 1.4
        }
        let bottom = min(y + Self.rowHeight * 0.7, top - minimumHeight)
        let width = Double(columns) * Self.columnWidth
        frameNodes.append(DOTGraph.Node("legend-frame", [
            ("shape", "box"), ("style", "rounded"), ("color", "#bbbbbb"), ("label", ""), ("fixedsize", "true"),
            ("width", inches(width)), ("height", inches(top - bottom)),
            ("pos", point(left + width / 2 - 4, (top + bottom) / 2)), ("id", "legend"),
        ]))
        // The frame is an outline only, so it may come after what it surrounds: the laid-out
        // graph's nodes stay first, as in the graph that was laid out (see LiveGraph).
        graph.nodes += frameNodes + nodes
        graph.edges += edges
        return (left - 4)...(left - 4 + width)
    }

    private func point(_ x: Double, _ y: Double) -> String {
        "\(WeightFormat.fixed(x, decimals: 2)),\(WeightFormat.fixed(y, decimals: 2))!"
    }

    private func inches(_ points: Double) -> String { WeightFormat.fixed(points / 72, decimals: 3) }
}
