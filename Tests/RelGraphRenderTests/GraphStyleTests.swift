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
}
