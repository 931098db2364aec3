import Testing
@testable import RelGraph

@Suite("Analysis: eigenvector centrality")
struct AnalysisEigenvectorTests {
    @Test("regular graphs: 1/√n")
    func regular() throws {
        AnalysisCheck.close(try eigenvectorCentrality(AnalysisCheck.complete(4)), [0.5, 0.5, 0.5, 0.5])
        AnalysisCheck.close(try eigenvectorCentrality(AnalysisCheck.cycle(6, weight: 0.7)),
                            [Double](repeating: 1 / 6.0.squareRoot(), count: 6))
    }

    @Test("star with k leaves: hub 1/√2, leaves 1/√(2k); a path of three is a star of two")
    func star() throws {
        let leaf = 1 / 8.0.squareRoot()
        AnalysisCheck.close(try eigenvectorCentrality(AnalysisCheck.star(leaves: 4)),
                            [1 / 2.0.squareRoot(), leaf, leaf, leaf, leaf])
        AnalysisCheck.close(try eigenvectorCentrality(AnalysisCheck.path(3)), [0.5, 1 / 2.0.squareRoot(), 0.5])
    }

    @Test("weights scale the matrix: a path 0 –1– 1 –½– 2 has x ∝ (1, √(5/4), ½)")
    func weighted() throws {
        // A = [[0,1,0],[1,0,½],[0,½,0]]: λ = √(5/4), x = (1, λ, ½) up to scale.
        let lambda = 1.25.squareRoot()
        let norm = (1 + lambda * lambda + 0.25).squareRoot()
        AnalysisCheck.close(try eigenvectorCentrality(AnalysisCheck.graph(3, [(0, 1, 1), (1, 2, 0.5)])),
                            [1 / norm, lambda / norm, 0.5 / norm])
    }

    @Test("fails with PowerIterationFailedConvergence when the iterations run out")
    func convergence() {
        #expect(throws: PowerIterationFailedConvergence(iterations: 1)) {
            try eigenvectorCentrality(AnalysisCheck.star(leaves: 3), maxIterations: 1)
        }
    }

    @Test("edge cases: empty graph, no ties")
    func edges() throws {
        #expect(try eigenvectorCentrality(SignedGraph(nodes: [])) == [])
        AnalysisCheck.close(try eigenvectorCentrality(SignedGraph(nodes: ["a", "b", "c", "d"])), [0.5, 0.5, 0.5, 0.5])
    }

    @Test("weighted fixtures agree with networkx.eigenvector_centrality", arguments: AnalysisFixture.all)
    func fixtures(fixture: AnalysisFixture) throws {
        AnalysisCheck.close(try eigenvectorCentrality(fixture.graph.cooperativePart), fixture.eigenvectorCooperative)
    }
}
