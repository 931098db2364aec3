import RelGraph

/// Lays out a graph of many separate pieces (actors with no tie, pairs tied only to each
/// other) in time that grows with its size, not with the square of the number of pieces.
///
/// Every Graphviz engine but dot lays each connected component out on its own and then packs
/// the components together, and its default packing (polyominoes) costs about the square of
/// their number: 1,000 actors with no tie took 7.7 s in sfdp, neato, fdp, circo and twopi
/// alike, 2,000 took 34 s, 5,000 over two minutes (Graphviz 2.42). Up to
/// `packedComponentLimit` components nothing changes. Beyond it, the largest components with
/// ties (at most that many) are laid out and packed as before, and every other component —
/// all actors without a tie among them — is laid out apart with the same engine and packed
/// as an array (`packmode=array_i`: a grid, in order, largest first), which takes linear
/// time (5,000 actors in 0.1 s), then placed below the first part, left-aligned.
enum ComponentLayout {
    /// Components Graphviz's own packing is given at most: 100 of them pack in about 0.1 s.
    static let packedComponentLimit = 100

    /// Room between the packed part and the array below it, in points.
    static let gap = 36.0

    /// The two graphs to lay out: `main` (nil when every component is one actor alone) and
    /// `rest`, the components to be packed as an array.
    struct Split {
        var main: DOTGraph?
        var rest: DOTGraph
    }

    /// The layout of `graph` in two parts when it has more than `packedComponentLimit`
    /// components; nil when it has fewer, for the caller's ordinary layout.
    static func layout(_ graph: DOTGraph, engine: LayoutEngine) throws(GraphvizError) -> (Layout, warnings: [String])? {
        guard let split = split(graph) else { return nil }
        var warnings: [String] = []
        var main: Layout?
        if let graph = split.main {
            let (layout, messages) = try GraphvizEngine.layout(graph, engine: engine)
            main = layout
            warnings += messages
        }
        let (rest, messages) = try GraphvizEngine.layout(split.rest, engine: engine)
        warnings += messages
        return (merged(main: main, rest: rest), warnings.uniqued())
    }

    /// The components of `graph` (nodes joined by edges, either direction), each a list of
    /// node positions in `graph.nodes` in order, the components in order of their first node.
    static func components(_ graph: DOTGraph) -> [[Int]] {
        var position: [String: Int] = [:]
        for (index, node) in graph.nodes.enumerated() where position[node.name] == nil { position[node.name] = index }
        var parent = Array(graph.nodes.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for edge in graph.edges {
            guard let a = position[edge.tail], let b = position[edge.head] else { continue }
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in graph.nodes.indices {
            let r = root(index)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(index)
        }
        return order.map { members[$0]! }
    }

    /// nil when `graph` has at most `packedComponentLimit` components.
    static func split(_ graph: DOTGraph) -> Split? {
        let components = components(graph)
        guard components.count > packedComponentLimit else { return nil }
        // Largest first; among equals, the one whose first actor comes first (a stable sort).
        let bySize = components.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
        let main = bySize.prefix { $0.count > 1 }.prefix(packedComponentLimit)
        let rest = bySize.dropFirst(main.count)

        func part(_ components: some Collection<[Int]>, label: Bool) -> DOTGraph {
            var part = graph
            part.nodes = components.flatMap { $0.map { graph.nodes[$0] } }
            let names = Set(part.nodes.map(\.name))
            part.edges = graph.edges.filter { names.contains($0.tail) && names.contains($0.head) }
            if !label { part.graphAttributes.removeAll { $0.name == "label" || $0.name == "labelloc" } }
            return part
        }
        var array = part(rest, label: main.isEmpty)
        // In the order given (largest first), not re-sorted by Graphviz.
        array.graphAttributes.removeAll { $0.name == "pack" || $0.name == "packmode" }
        array.graphAttributes += [("pack", "true"), ("packmode", "array_i")]
        return Split(main: main.isEmpty ? nil : part(main, label: true), rest: array)
    }

    /// `rest` below `main`, their left edges aligned; `rest` alone when there is no `main`.
    static func merged(main: Layout?, rest: Layout) -> Layout {
        guard let main else { return rest }
        let dx = main.lowerLeft.x - rest.lowerLeft.x
        let dy = main.lowerLeft.y - gap - rest.upperRight.y
        var layout = main
        let shifted = rest.shifted(dx: dx, dy: dy)
        layout.nodes.merge(shifted.nodes) { first, _ in first }
        layout.edgeSplines.merge(shifted.edgeSplines) { first, _ in first }
        layout.edgeLabels.merge(shifted.edgeLabels) { first, _ in first }
        layout.lowerLeft = Layout.Point(x: min(main.lowerLeft.x, shifted.lowerLeft.x), y: shifted.lowerLeft.y)
        layout.upperRight = Layout.Point(x: max(main.upperRight.x, shifted.upperRight.x), y: main.upperRight.y)
        return layout
    }
}

extension Layout {
    /// Everything moved by (dx, dy) points: nodes, edge splines, edge labels and the box.
    func shifted(dx: Double, dy: Double) -> Layout {
        var layout = Layout()
        let move = { (point: Point) in Point(x: point.x + dx, y: point.y + dy) }
        layout.nodes = nodes.mapValues(move)
        layout.edgeLabels = edgeLabels.mapValues(move)
        layout.edgeSplines = edgeSplines.mapValues { Self.shiftedSpline($0, dx: dx, dy: dy) }
        layout.lowerLeft = move(lowerLeft)
        layout.upperRight = move(upperRight)
        return layout
    }

    /// A spline in Graphviz's notation ("e,x,y s,x,y x,y x,y …") moved by (dx, dy).
    static func shiftedSpline(_ spline: String, dx: Double, dy: Double) -> String {
        spline.split(separator: " ").map { token -> String in
            var parts = token.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, let x = Double(parts[parts.count - 2]), let y = Double(parts[parts.count - 1]) else { return String(token) }
            parts[parts.count - 2] = WeightFormat.fixed(x + dx, decimals: 2)
            parts[parts.count - 1] = WeightFormat.fixed(y + dy, decimals: 2)
            return parts.joined(separator: ",")
        }.joined(separator: " ")
    }
}
