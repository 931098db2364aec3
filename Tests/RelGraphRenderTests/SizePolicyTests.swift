import RelGraph
import Testing
@testable import RelGraphRender

@Suite("Large pictures: the size policy")
struct SizePolicyTests {
    static func actors(_ count: Int) -> [(id: String, degree: Int, strength: Double)] {
        // Actor i has i % 97 ties: ranks differ, with many equal degrees to break ties on.
        (0 ..< count).map { ("a\($0)", $0 % 97, Double($0 % 7)) }
    }

    @Test("up to 500 actors nothing changes: the requested engine, every name")
    func small() {
        let policy = SizePolicy.decide(actors: Self.actors(500), ties: 5000, requested: .neato)
        #expect(policy == .standard(engine: .neato))
        #expect(policy.note == nil && !policy.isLarge)
        #expect(policy.nodeAttributes(for: "a1").isEmpty && policy.edgeAttributes(weight: 0.5).isEmpty)
    }

    @Test("beyond 500: sfdp instead of neato, names for the 2√n actors with most ties, a note")
    func large() throws {
        let policy = SizePolicy.decide(actors: Self.actors(10_000), ties: 100_000, requested: .neato)
        #expect(policy.engine == .sfdp)
        let labelled = try #require(policy.labelled)
        #expect(labelled.count == 200)
        // Degree 96 is the largest (103 actors have it), then 95 …; among equal degrees the
        // greater strength, then the smaller id.
        let expected = Self.actors(10_000).sorted {
            ($0.degree, $0.strength) != ($1.degree, $1.strength) ? ($0.degree, $0.strength) > ($1.degree, $1.strength) : $0.id < $1.id
        }.prefix(200).map(\.id)
        #expect(labelled == Set(expected))
        #expect(labelled.contains("a96") && !labelled.contains("a0"))
        #expect(policy.note == "10000 actors and 100000 ties: sfdp layout instead of neato, which does not scale; "
            + "names shown for the 200 actors with the most ties, the others drawn as dots (hover for their names)")
        #expect(policy.nodeAttributes(for: "a96") == [("fontsize", "9"), ("margin", "0.03,0.02")].map { DOTAttribute($0) })
        #expect(policy.nodeAttributes(for: "a0").first.map { $0.name == "label" && $0.value == "" } == true)
        #expect(policy.edgeAttributes(weight: -1).map(\.value) == ["1.50", "0.3"])
    }

    @Test("beyond 500 every engine gives way to sfdp, with a note naming it (issue 17 item 12); the label count grows as 2√n from 50")
    func engines() {
        for requested in LayoutEngine.allCases where requested != .sfdp {
            let policy = SizePolicy.decide(actors: Self.actors(600), ties: 900, requested: requested)
            #expect(policy.engine == .sfdp)
            #expect(policy.note?.contains("sfdp layout instead of \(requested.rawValue), which does not scale;") == true)
            let limit = SizePolicy.actorLimit(for: requested)
            #expect(SizePolicy.decide(actors: Self.actors(limit), ties: 900, requested: requested) == .standard(engine: requested))
        }
        // dot and circo give out sooner: sfdp with every name, and a note.
        let dot = SizePolicy.decide(actors: Self.actors(151), ties: 450, requested: .dot)
        #expect(dot.engine == .sfdp && !dot.isLarge)
        #expect(dot.note == "151 actors and 450 ties: sfdp layout instead of dot, which does not scale beyond 150 actors; --focus draws a part with dot")
        #expect(SizePolicy.decide(actors: Self.actors(81), ties: 240, requested: .circo).engine == .sfdp)
        #expect(SizePolicy.decide(actors: Self.actors(81), ties: 240, requested: .twopi) == .standard(engine: .twopi))
        #expect(SizePolicy.decide(actors: Self.actors(600), ties: 900, requested: .sfdp).note?.contains("sfdp layout;") == true)
        #expect(SizePolicy.labelCount(for: 501) == 50)
        #expect(SizePolicy.labelCount(for: 1000) == 62)
        #expect(SizePolicy.labelCount(for: 40_000) == 400)
    }

    @Test("the picture of a large snapshot carries the policy: dots without names, thin edges")
    func applied() throws {
        let model = try #require(ModelLoader.load(SyntheticModel(SyntheticParameters(actors: 600, ties: 1200, seed: 5)).yaml, path: "s.yaml").model)
        let snapshot = model.snapshot().withoutIsolatedActors()
        let policy = SizePolicy.decide(actors: SizePolicy.actorSizes(snapshot), ties: snapshot.tieIndices.count, requested: .neato)
        let spec = ModelPicture.spec(for: snapshot, options: .init(sizePolicy: policy))
        let labelled = try #require(policy.labelled)
        let unnamed = spec.graph.nodes.filter { node in node.attributes.last { $0.name == "label" }?.value == "" }
        #expect(unnamed.count == snapshot.actorIndices.count - labelled.count)
        #expect(spec.graph.nodes.filter { labelled.contains($0.name) }.allSatisfy { $0.attributes.contains { $0 == ("fontsize", "9") } })
        #expect(spec.graph.edges.allSatisfy { $0.attributes.contains { $0.name == "arrowsize" && $0.value == "0.3" } })
        // Every actor keeps its tooltip.
        #expect(snapshot.actors.allSatisfy { spec.tooltips[ModelPicture.nodeID($0.id)] != nil })
    }
}

/// Attribute pairs compared by value (tuples are not Equatable in arrays).
struct DOTAttribute: Equatable {
    let name: String, value: String
    init(_ pair: (name: String, value: String)) { name = pair.name; value = pair.value }
}

func == (a: DOTGraph.Attributes, b: [DOTAttribute]) -> Bool { a.map(DOTAttribute.init) == b }
