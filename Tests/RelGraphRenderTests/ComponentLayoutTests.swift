import Testing
import RelGraph
@testable import RelGraphRender

/// Graphviz packs components in about the square of their number (5,000 actors without a tie:
/// over two minutes in sfdp). Beyond `packedComponentLimit` components, what goes to that
/// packing is bounded, and the rest is packed as an array.
@Suite("Many components: laid out in two parts (issue 17 item 11)")
struct ComponentLayoutTests {
    /// A titled graph of `triangles` triangles, `pairs` tied pairs and `singles` nodes alone.
    static func graph(singles: Int, pairs: Int, triangles: Int = 0) -> DOTGraph {
        var graph = DOTGraph(name: "g")
        graph.graphAttributes = [("label", "Title"), ("labelloc", "t")]
        for i in 0 ..< singles { graph.nodes.append(.init("s\(i)")) }
        for i in 0 ..< pairs {
            graph.nodes += [.init("p\(i)a"), .init("p\(i)b")]
            graph.edges.append(.init(id: "pair-\(i)", tail: "p\(i)a", head: "p\(i)b"))
        }
        for i in 0 ..< triangles {
            graph.nodes += [.init("t\(i)a"), .init("t\(i)b"), .init("t\(i)c")]
            graph.edges += [.init(id: "t\(i)-ab", tail: "t\(i)a", head: "t\(i)b"), .init(id: "t\(i)-bc", tail: "t\(i)b", head: "t\(i)c"),
                            .init(id: "t\(i)-ca", tail: "t\(i)c", head: "t\(i)a")]
        }
        return graph
    }

    static func value(_ name: String, in attributes: DOTGraph.Attributes) -> String? {
        attributes.last { $0.name == name }?.value
    }

    @Test("up to 100 components, Graphviz packs them as before")
    func few() {
        #expect(ComponentLayout.components(Self.graph(singles: 90, pairs: 10)).count == 100)
        #expect(ComponentLayout.split(Self.graph(singles: 90, pairs: 10)) == nil)
    }

    @Test("beyond 100, Graphviz's own packing gets the 100 largest tied components; every other node goes to an array")
    func split() throws {
        let graph = Self.graph(singles: 2000, pairs: 150, triangles: 2)
        #expect(ComponentLayout.components(graph).count == 2152)
        let split = try #require(ComponentLayout.split(graph))
        let main = try #require(split.main)
        // The size that bounds the quadratic packing: at most packedComponentLimit components.
        #expect(ComponentLayout.components(main).count == ComponentLayout.packedComponentLimit)
        #expect(main.nodes.prefix(6).map(\.name) == ["t0a", "t0b", "t0c", "t1a", "t1b", "t1c"])
        #expect(main.nodes.count == 6 + 98 * 2 && main.edges.count == 6 + 98)
        #expect(split.rest.nodes.count == 52 * 2 + 2000 && split.rest.edges.count == 52)
        #expect(Set(main.nodes.map(\.name) + split.rest.nodes.map(\.name)).count == graph.nodes.count)
        #expect(Self.value("packmode", in: split.rest.graphAttributes) == "array_i")
        #expect(Self.value("label", in: main.graphAttributes) == "Title" && Self.value("label", in: split.rest.graphAttributes) == nil)
        // Only nodes alone: one graph, the array, keeping the title.
        let alone = try #require(ComponentLayout.split(Self.graph(singles: 300, pairs: 0)))
        #expect(alone.main == nil && alone.rest.nodes.count == 300 && Self.value("label", in: alone.rest.graphAttributes) == "Title")
    }

    @Test("the layout places every node, the array below the packed part")
    func layout() throws {
        let graph = Self.graph(singles: 1500, pairs: 20)
        let (layout, _) = try #require(try ComponentLayout.layout(graph, engine: .sfdp))
        #expect(Set(layout.nodes.keys) == Set(graph.nodes.map(\.name)))
        #expect(Set(layout.edgeSplines.keys) == Set(graph.edges.map(\.id)))
        let tied = graph.nodes.filter { $0.name.hasPrefix("p") }.compactMap { layout.nodes[$0.name]?.y }
        let alone = graph.nodes.filter { $0.name.hasPrefix("s") }.compactMap { layout.nodes[$0.name]?.y }
        #expect(alone.max()! < tied.min()!)
        #expect(layout.nodes.values.allSatisfy {
            (layout.lowerLeft.x ... layout.upperRight.x).contains($0.x) && (layout.lowerLeft.y ... layout.upperRight.y).contains($0.y)
        })
        // Nodes alone sit on a grid: no two at the same place.
        #expect(Set(graph.nodes.filter { $0.name.hasPrefix("s") }.compactMap { layout.nodes[$0.name] }).count == 1500)
    }

    @Test("a spline moved: every point, the e/s end markers kept")
    func shifted() {
        #expect(Layout.shiftedSpline("e,10,20 30.5,40 50,60", dx: 1, dy: -2) == "e,11.00,18.00 31.50,38.00 51.00,58.00")
    }
}
