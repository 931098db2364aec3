import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

@Suite("Actors coloured by group or by bloc")
struct ActorColoringTests {
    func fills(_ spec: PictureSpec) -> [String: String] {
        Dictionary(spec.graph.nodes.compactMap { node in node.attributes.last { $0.name == "fillcolor" }.map { (node.name, $0.value) } },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test("by bloc: friends share a colour, opponents do not, and the legend names the blocs")
    func blocs() throws {
        // As of 2025-10-01: Azerbaijan and Türkiye allied, Armenia and Russia allied, the
        // pairs at odds — two blocs with nothing frustrated.
        let snapshot = try Fixture.model("caucasus-mini.yaml").snapshot().withoutIsolatedActors()
        let graph = snapshot.signedGraph
        let spec = ModelPicture.spec(for: snapshot, options: .init(coloring: .blocs(signedBlocs(graph), of: graph)))
        let fill = fills(spec)
        #expect(fill["Azerbaijan"] == fill["Turkiye"])
        #expect(fill["Armenia"] == fill["Russia"])
        #expect(fill["Azerbaijan"] != fill["Russia"])
        #expect(fill["Azerbaijan"] == GraphStyle.groupPalette[0] && fill["Armenia"] == GraphStyle.groupPalette[1])
        let section = try #require(spec.legend.sections.last)
        #expect(section.title == "Blocs (frustration 0)")
        #expect(section.items.map(\.label) == ["Azerbaijan's bloc (2)", "Armenia's bloc (2)"])
    }

    /// The renderer colours the blocs it is handed and finds none of its own: a partition
    /// that no bloc search would give (Türkiye with Armenia and Russia, an unbalanced bloc)
    /// is drawn as given, frustration and all.
    @Test("by bloc: the partition handed over is the one drawn")
    func handedPartition() throws {
        let snapshot = try Fixture.model("caucasus-mini.yaml").snapshot().withoutIsolatedActors()
        let graph = snapshot.signedGraph
        let index = { (id: String) in graph.nodes.firstIndex(of: id)! }
        let together = ["Armenia", "Russia", "Turkiye"].map(index).sorted()
        let others = graph.nodes.indices.filter { !together.contains($0) }.map { [$0] }
        let partition = BlocPartition(blocs: ([together] + others).sorted { $0[0] < $1[0] }, weightedFrustration: 1.25,
                                      unweightedFrustration: 2, isExact: false)
        #expect(partition != signedBlocs(graph))
        let spec = ModelPicture.spec(for: snapshot, options: .init(coloring: .blocs(partition, of: graph)))
        let fill = fills(spec)
        #expect(fill["Turkiye"] == fill["Armenia"] && fill["Armenia"] == fill["Russia"])
        #expect(fill["Turkiye"] == GraphStyle.groupPalette[0])
        #expect(fill["Azerbaijan"] == GraphStyle.ungroupedFill)
        let section = try #require(spec.legend.sections.last)
        #expect(section.title == "Blocs (frustration 1.25, heuristic)")
        #expect(section.items.count == 1)
    }

    @Test("by group (the default): the model's groups, and actors without one stay white")
    func groups() throws {
        let snapshot = try Fixture.model("caucasus-mini.yaml").snapshot().withoutIsolatedActors()
        let fill = fills(ModelPicture.spec(for: snapshot))
        #expect(fill["Azerbaijan"] == fill["Armenia"])
        #expect(fill["Azerbaijan"] != fill["Russia"])
        #expect(fill["Turkiye"] == GraphStyle.ungroupedFill)
        #expect(ModelPicture.spec(for: snapshot).legend.sections.last?.title == "Groups")
    }
}
