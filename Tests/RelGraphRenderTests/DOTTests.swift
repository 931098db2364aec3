import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

@Suite("DOT written by relgraph")
struct DOTTests {
    @Test("quoted strings escape what DOT reads specially and drop controls")
    func quoting() {
        #expect(DOTText.quoted("plain") == "\"plain\"")
        #expect(DOTText.quoted("say \"hi\"") == "\"say \\\"hi\\\"\"")
        #expect(DOTText.quoted("back\\slash \\N") == "\"back\\\\slash \\\\N\"")
        #expect(DOTText.quoted("two\nlines") == "\"two\\nlines\"")
        #expect(DOTText.quoted("bell\u{07}\u{1B}[31m") == "\"bell[31m\"")
        #expect(DOTText.quoted("\"]; x -> y [") == "\"\\\"]; x -> y [\"")
    }

    @Test("a model's DOT sets only attributes relgraph chooses")
    func attributes() throws {
        let model = try Fixture.model("hostile-picture.yaml")
        let spec = ModelPicture.spec(for: model.snapshot())
        let names = Set((spec.graph.graphAttributes + spec.graph.nodeDefaults + spec.graph.edgeDefaults
            + spec.graph.nodes.flatMap(\.attributes) + spec.graph.edges.flatMap(\.attributes)).map(\.name))
        for forbidden in ["URL", "href", "tooltip", "image", "shapefile", "layout", "stylesheet", "imagepath"] {
            #expect(!names.contains(forbidden), "\(forbidden) set")
        }
    }

    @Test("style: sign, strength, confidence and direction")
    func style() throws {
        let model = try Fixture.model("hostile-picture.yaml")
        let edges = ModelPicture.spec(for: model.snapshot()).graph.edges
        let attributes = { (id: String) in Dictionary(edges.first { $0.id == id }!.attributes, uniquingKeysWith: { a, _ in a }) }
        let cooperation = attributes("tie-0"), hostility = attributes("tie-1")
        #expect(cooperation["color"] == GraphStyle.cooperativeColor)
        #expect(cooperation["dir"] == "none")
        #expect(hostility["color"] == GraphStyle.conflictualColor)
        #expect(hostility["arrowhead"] == "tee")
        #expect(hostility["style"] == "dashed")
        #expect(Double(cooperation["penwidth"]!)! > Double(hostility["penwidth"]!)!)
        #expect(attributes("tie-3")["arrowtail"] == "tee")
    }
}
