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
        let spec = ModelPicture.spec(for: snapshot, options: .init(coloring: .bloc))
        let fill = fills(spec)
        #expect(fill["Azerbaijan"] == fill["Turkiye"])
        #expect(fill["Armenia"] == fill["Russia"])
        #expect(fill["Azerbaijan"] != fill["Russia"])
        #expect(fill["Azerbaijan"] == GraphStyle.groupPalette[0] && fill["Armenia"] == GraphStyle.groupPalette[1])
        let section = try #require(spec.legend.sections.last)
        #expect(section.title == "Blocs (frustration 0)")
        #expect(section.items.map(\.label) == ["Azerbaijan's bloc (2)", "Armenia's bloc (2)"])
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
