import Testing
@testable import RelGraph
import TestSupport

@Suite("The model as of a date, and focus")
struct SnapshotTests {
    static let yaml = """
    relgraph: 1
    title: t
    as_of: 2025-01-01
    sources: [{id: s, title: S, date: 2025}]
    actors:
      - {id: A, kind: state}
      - {id: B, kind: state}
      - {id: C, kind: state}
      - {id: D, kind: state}
      - {id: F, kind: force, since: 2020-11-10, until: 2024-04}
    ties:
      - {between: [A, B], kind: cooperation, weight: 0.3, until: 2024-12-24, cite: [{source: s, quote: q}]}
      - {between: [A, B], kind: friction, weight: -0.6, since: 2024-12-25, cite: [{source: s, quote: q}]}
      - {between: [B, C], kind: trade, weight: 0.3, cite: [{source: s, quote: q}]}
      - {between: [C, D], kind: trade, weight: 0.3, cite: [{source: s, quote: q}]}
      - {from: F, to: A, kind: deployment, weight: 0.1, cite: [{source: s, quote: q}]}
    """

    @Test("ties and actors outside their validity are left out")
    func atDates() throws {
        let model = try #require(ModelLoader.load(Self.yaml, path: "t").model)
        let before = model.snapshot(at: Day(year: 2023, month: 6, day: 1))
        #expect(before.actors.map(\.id) == ["A", "B", "C", "D", "F"])
        #expect(before.ties.map { $0.kind } == [.cooperation, .trade, .trade, .deployment])
        let after = model.snapshot()
        #expect(after.day.description == "2025-01-01")
        #expect(after.actors.map(\.id) == ["A", "B", "C", "D"])
        #expect(after.ties.map { $0.kind } == [.friction, .trade, .trade])
    }

    @Test("a tie inherits its actors' interval when it has no bounds of its own")
    func inheritedValidity() throws {
        let model = try #require(ModelLoader.load(Self.yaml, path: "t").model)
        #expect(model.snapshot(at: Day(year: 2024, month: 5, day: 1)).ties.allSatisfy { $0.kind != .deployment })
    }

    @Test("focus keeps what lies within the depth")
    func focus() throws {
        let model = try #require(ModelLoader.load(Self.yaml, path: "t").model)
        let snapshot = model.snapshot()
        #expect(snapshot.focused(on: "A", depth: 1).actors.map(\.id) == ["A", "B"])
        #expect(snapshot.focused(on: "A", depth: 2).actors.map(\.id) == ["A", "B", "C"])
        #expect(snapshot.focused(on: "A", depth: 0).ties.isEmpty)
    }

    @Test("a depth beyond the graph stops when a level reaches nobody new (issue 17 item 13)")
    func unboundedDepth() throws {
        let model = try #require(ModelLoader.load(Self.yaml, path: "t").model)
        let snapshot = model.snapshot()
        // A–B–C–D: three levels reach someone, the fourth nobody; a million is never walked.
        let reach = snapshot.reach(from: "A", depth: 1_000_000)
        #expect(reach.actors == ["A", "B", "C", "D"])
        #expect(reach.levels == 4)
        #expect(snapshot.focused(on: "A", depth: 1_000_000).actors.map(\.id) == ["A", "B", "C", "D"])
        #expect(snapshot.reach(from: "A", depth: 2).levels == 2)
    }

    @Test("the Gahuku-Gama network loads as published: 16 subtribes, 29 rova and 29 hina")
    func gahukuGama() throws {
        let result = try ModelLoader.load(contentsOf: Fixture.url("analysis/gahuku-gama.yaml").path)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let model = try #require(result.model)
        #expect(model.actors.count == 16)
        #expect(model.ties.filter { $0.weight > 0 }.count == 29)
        #expect(model.ties.filter { $0.weight < 0 }.count == 29)
    }
}

@Suite("Pictures leave out actors with no tie on the day")
struct IsolatedActorTests {
    @Test func isolated() throws {
        let model = try #require(ModelLoader.load(SnapshotTests.yaml, path: "t").model)
        let snapshot = model.snapshot(at: Day(year: 2023, month: 6, day: 1)).focused(on: "C", depth: 1)
        #expect(snapshot.withoutIsolatedActors().actors.map(\.id) == ["B", "C", "D"])
        let lonely = model.snapshot().focused(on: "D", depth: 0)
        #expect(lonely.withoutIsolatedActors().actors.isEmpty)
    }
}
