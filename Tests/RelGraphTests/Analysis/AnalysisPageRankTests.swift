import Testing
@testable import RelGraph

@Suite("Analysis: PageRank")
struct AnalysisPageRankTests {
    @Test("regular graphs: uniform")
    func regular() throws {
        AnalysisCheck.close(try pagerank(AnalysisCheck.complete(5)), [Double](repeating: 0.2, count: 5))
        AnalysisCheck.close(try pagerank(AnalysisCheck.cycle(7, weight: 0.3)), [Double](repeating: 1.0 / 7, count: 7))
    }

    @Test("star: hub (1 + αk) / (n(1 + α)), leaves share the rest")
    func star() throws {
        let k = 4.0, n = 5.0, alpha = 0.85
        let hub = (1 + alpha * k) / (n * (1 + alpha))
        let leaf = (1 - hub) / k
        AnalysisCheck.close(try pagerank(AnalysisCheck.star(leaves: 4)), [hub, leaf, leaf, leaf, leaf])
        let lazier = 0.5
        let lazyHub = (1 + lazier * k) / (n * (1 + lazier))
        AnalysisCheck.close([try pagerank(AnalysisCheck.star(leaves: 4), alpha: lazier)[0]], [lazyHub])
    }

    @Test("an isolated (dangling) node spreads its share evenly, as nx does: (1 − α)/(3 − α)")
    func dangling() throws {
        let alpha = 0.85
        let isolated = (1 - alpha) / (3 - alpha)
        AnalysisCheck.close(try pagerank(AnalysisCheck.graph(3, [(0, 1, 0.4)])),
                            [(1 - isolated) / 2, (1 - isolated) / 2, isolated])
    }

    @Test("weights steer the walk: a path 0 –1– 1 –½– 2")
    func weighted() throws {
        // Node 1 sends ⅔ of its walk to 0 and ⅓ to 2; the ends send everything to 1. With
        // t = (1 − α)/3: x1 = α(x0 + x2) + t and x0 + x2 = α·x1 + 2t give x1 = (1 + 2α)/(3(1 + α)).
        let alpha = 0.85, t = (1 - alpha) / 3
        let middle = (1 + 2 * alpha) / (3 * (1 + alpha))
        AnalysisCheck.close(try pagerank(AnalysisCheck.graph(3, [(0, 1, 1), (1, 2, 0.5)])),
                            [alpha * middle * 2 / 3 + t, middle, alpha * middle / 3 + t])
    }

    @Test("fails with PowerIterationFailedConvergence when the iterations run out")
    func convergence() {
        #expect(throws: PowerIterationFailedConvergence(iterations: 2)) {
            try pagerank(AnalysisCheck.star(leaves: 3), maxIterations: 2)
        }
        #expect(throws: PowerIterationFailedConvergence(iterations: 1000)) {
            try pagerank(AnalysisCheck.star(leaves: 3), tolerance: 0)
        }
    }

    @Test("empty graph: no values")
    func empty() throws {
        #expect(try pagerank(SignedGraph(nodes: [])) == [])
        #expect(try pagerank(SignedGraph(nodes: ["a"])) == [1])
    }

    @Test("weighted fixtures agree with networkx.pagerank", arguments: AnalysisFixture.all)
    func fixtures(fixture: AnalysisFixture) throws {
        AnalysisCheck.close(try pagerank(fixture.graph.cooperativePart), fixture.pagerankCooperative)
    }
}
