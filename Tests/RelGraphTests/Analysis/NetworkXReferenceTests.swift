import Testing
@testable import RelGraph

/// `GraphMetrics` — what `relgraph metrics` and the scenario engine read — against NetworkX on
/// every fixture of Tests/TestSupport/Fixtures/analysis/networkx-reference.json, to 1e-9.
@Suite("Analysis: GraphMetrics agrees with NetworkX")
struct NetworkXReferenceTests {
    @Test("the reference file holds the five fixtures")
    func fixtureList() {
        #expect(AnalysisFixture.all.map(\.name) == ["corridor", "lattice", "random14", "archipelago", "gahuku-gama"])
    }

    @Test("per actor: degree, strengths, and centralities over cooperative ties", arguments: AnalysisFixture.all)
    func actors(fixture: AnalysisFixture) throws {
        let metrics = GraphMetrics(fixture.graph)
        let expected = fixture.expected
        #expect(metrics.degree == expected.degree)
        AnalysisCheck.close(metrics.positiveStrength, expected.positiveStrength)
        AnalysisCheck.close(metrics.negativeStrength, expected.negativeStrength)
        AnalysisCheck.close(metrics.betweenness, expected.betweennessCooperative)
        AnalysisCheck.close(metrics.closeness, expected.closenessCooperative)
        AnalysisCheck.close(try metrics.pagerank.get(), expected.pagerankCooperative)
        AnalysisCheck.close(try metrics.eigenvector.get(), expected.eigenvectorCooperative)
    }

    @Test("whole graph: density, components, triangles and both balance shares", arguments: AnalysisFixture.all)
    func wholeGraph(fixture: AnalysisFixture) {
        let metrics = GraphMetrics(fixture.graph)
        let expected = fixture.expected
        AnalysisCheck.close([metrics.density], [expected.density])
        #expect(metrics.components.map { $0.map { fixture.nodes[$0] } } == expected.components)
        let balance = metrics.balance
        #expect(balance.triangles == expected.triangles)
        #expect(balance.balanced == expected.balancedTriangles)
        AnalysisCheck.close([balance.weightedShare, balance.unweightedShare], [expected.balance, expected.unweightedBalance])
    }

    @Test("islands do not leak: the archipelago's measures are those of each island alone")
    func islands() throws {
        let fixture = AnalysisFixture.named("archipelago")
        let whole = GraphMetrics(fixture.graph)
        // The square P–Q–R–S alone: its brokerage counts only its own pairs, rescaled to n = 11.
        let square = SignedGraph(nodes: ["P", "Q", "R", "S"], pairs: fixture.pairs.filter { ["P", "Q", "R", "S"].contains($0.0) })
        let alone = betweennessCentrality(square.cooperativePart, normalized: false)
        let raw = betweennessCentrality(fixture.graph.cooperativePart, normalized: false)
        AnalysisCheck.close(Array(raw[0 ..< 4]), alone)
        #expect(whole.degree[fixture.nodes.firstIndex(of: "W")!] == 0)
    }
}
