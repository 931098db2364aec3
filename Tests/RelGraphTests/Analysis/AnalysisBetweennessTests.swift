import Testing
@testable import RelGraph

@Suite("Analysis: betweenness centrality")
struct AnalysisBetweennessTests {
    @Test("path: node i lies between i·(n−1−i) pairs")
    func path() {
        let n = 6
        let raw = (0 ..< n).map { Double($0 * (n - 1 - $0)) }
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.path(n), normalized: false), raw)
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.path(n)), raw.map { 2 * $0 / Double((n - 1) * (n - 2)) })
    }

    @Test("star: the hub is on every path, leaves on none")
    func star() {
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.star(leaves: 5)), [1, 0, 0, 0, 0, 0])
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.star(leaves: 5), normalized: false), [10, 0, 0, 0, 0, 0])
    }

    @Test("cycles: every node alike; opposite pairs of an even cycle split between two routes")
    func cycles() {
        // C5: each node is inside one distance-2 pair: 1 → 1 · 2/(4·3).
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.cycle(5)), [Double](repeating: 1.0 / 6, count: 5))
        // C6: one distance-2 pair, plus half of two opposite pairs: 2 → 2 · 2/(5·4).
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.cycle(6)), [Double](repeating: 0.2, count: 6))
    }

    @Test("complete graph: no one is between")
    func complete() {
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.complete(5)), [0, 0, 0, 0, 0])
    }

    @Test("a weak tie is a long one; a route of equal length shares the pair exactly")
    func weights() {
        // 0–2 at 0.25 is 4 long, against 2 through node 1.
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.graph(3, [(0, 1, 1), (1, 2, 1), (0, 2, 0.25)])), [0, 1, 0])
        // 0–2 at 0.5 is 2 long, exactly the route through node 1: two shortest paths.
        AnalysisCheck.close(betweennessCentrality(AnalysisCheck.graph(3, [(0, 1, 1), (1, 2, 1), (0, 2, 0.5)])), [0, 0.5, 0])
    }

    @Test("sign is ignored on the graph as given; the cooperative part drops the hostile shortcut")
    func signs() {
        let g = AnalysisCheck.graph(3, [(0, 1, 1), (1, 2, 1), (0, 2, -1)])
        AnalysisCheck.close(betweennessCentrality(g), [0, 0, 0])
        AnalysisCheck.close(betweennessCentrality(g.cooperativePart), [0, 1, 0])
    }

    @Test("a pair of weight 0 is no tie")
    func zeroWeight() {
        var g = AnalysisCheck.path(3)
        g.setWeight(0, 2, 0)
        AnalysisCheck.close(betweennessCentrality(g), [0, 1, 0])
    }

    @Test("tiny graphs: no rescaling below three nodes")
    func tiny() {
        #expect(betweennessCentrality(SignedGraph(nodes: [])) == [])
        #expect(betweennessCentrality(SignedGraph(nodes: ["a"])) == [0])
        #expect(betweennessCentrality(AnalysisCheck.path(2)) == [0, 0])
        #expect(betweennessCentrality(AnalysisCheck.path(2), normalized: false) == [0, 0])
    }

    @Test("weighted fixtures agree with networkx.betweenness_centrality", arguments: AnalysisFixture.all)
    func fixtures(fixture: AnalysisFixture) {
        let g = fixture.graph
        AnalysisCheck.close(betweennessCentrality(g), fixture.betweennessFull)
        AnalysisCheck.close(betweennessCentrality(g.cooperativePart), fixture.betweennessCooperative)
        AnalysisCheck.close(betweennessCentrality(g.cooperativePart, normalized: false), fixture.betweennessCooperativeRaw)
    }
}
