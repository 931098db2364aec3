import Testing
@testable import RelGraph

@Suite("Analysis: closeness centrality")
struct AnalysisClosenessTests {
    @Test("path, star, cycle and complete graph")
    func namedGraphs() {
        AnalysisCheck.close(closenessCentrality(AnalysisCheck.path(3)), [2.0 / 3, 1, 2.0 / 3])
        // A leaf of a 4-leaf star: 1 to the hub, 2 to each of 3 leaves → 4/7.
        AnalysisCheck.close(closenessCentrality(AnalysisCheck.star(leaves: 4)), [1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7])
        AnalysisCheck.close(closenessCentrality(AnalysisCheck.cycle(5)), [Double](repeating: 4.0 / 6, count: 5))
        AnalysisCheck.close(closenessCentrality(AnalysisCheck.complete(4)), [1, 1, 1, 1])
    }

    @Test("ties of weight ½ are 2 long")
    func weighted() {
        AnalysisCheck.close(closenessCentrality(AnalysisCheck.path(3, weight: 0.5)), [1.0 / 3, 0.5, 1.0 / 3])
        AnalysisCheck.close(closenessCentrality(AnalysisCheck.path(3, weight: -0.5)), [1.0 / 3, 0.5, 1.0 / 3])
    }

    @Test("disconnected: scaled by the share reached; an isolated node gets 0")
    func disconnected() {
        AnalysisCheck.close(closenessCentrality(AnalysisCheck.graph(3, [(0, 1, 1)])), [0.5, 0.5, 0])
        #expect(closenessCentrality(SignedGraph(nodes: [])) == [])
        #expect(closenessCentrality(SignedGraph(nodes: ["a"])) == [0])
    }

    @Test("weighted fixtures agree with networkx.closeness_centrality", arguments: AnalysisFixture.all)
    func fixtures(fixture: AnalysisFixture) {
        AnalysisCheck.close(closenessCentrality(fixture.graph), fixture.closenessFull)
        AnalysisCheck.close(closenessCentrality(fixture.graph.cooperativePart), fixture.closenessCooperative)
    }
}
