import Testing
import RelGraph
@testable import RelGraphRender

@Suite("How actors and ties are drawn")
struct GraphStyleTests {
    /// The legend tells kinds apart by shape alone (fill is the group), so no two kinds may
    /// share one.
    @Test func everyKindHasItsOwnShape() {
        let looks = ActorKind.allCases.map { kind in
            GraphStyle.shape(for: kind).map { "\($0.name)=\($0.value)" }.sorted().joined(separator: " ")
        }
        #expect(Set(looks).count == ActorKind.allCases.count, "\(Array(zip(ActorKind.allCases.map(\.rawValue), looks)))")
    }

    /// `TieRouting`'s budget is measured for outlines Graphviz's router sees as four corners
    /// (an ellipse is 8 to it, an egg 120, which would make routing several times slower).
    @Test func everyKindIsFourCorneredForTheRouter() {
        let fourCornered: Set = ["box", "folder", "component", "box3d", "cds", "note", "tab", "rect", "rectangle"]
        for kind in ActorKind.allCases {
            let shape = GraphStyle.shape(for: kind).last { $0.name == "shape" }?.value
            #expect(shape.map(fourCornered.contains) == true, "\(kind.rawValue): \(shape ?? "no shape")")
        }
    }
}
