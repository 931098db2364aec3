import Testing
@testable import RelGraph

@Suite("Analysis: strength, degree, components, density")
struct AnalysisStrengthTests {
    /// 0 –(+0.5)– 1 –(−0.75)– 2 –(+1)– 0, 2 –(−0.25)– 3, 4 isolated, 1 –(0)– 3 cancelled.
    static var mixed: SignedGraph {
        var g = AnalysisCheck.graph(5, [(0, 1, 0.5), (1, 2, -0.75), (2, 0, 1), (2, 3, -0.25)])
        g.setWeight(1, 3, 0)
        return g
    }

    @Test("positive and negative strength, degree without cancelled pairs")
    func strength() {
        AnalysisCheck.close(positiveStrength(Self.mixed), [1.5, 0.5, 1, 0, 0], tolerance: 0)
        AnalysisCheck.close(negativeStrength(Self.mixed), [0, 0.75, 1, 0.25, 0], tolerance: 0)
        #expect(degree(Self.mixed) == [2, 2, 3, 1, 0])
        #expect(positiveStrength(SignedGraph(nodes: [])) == [])
    }

    @Test("components ignore sign, not cancelled pairs; sorted and ordered by smallest node")
    func components() {
        #expect(connectedComponents(Self.mixed) == [[0, 1, 2, 3], [4]])
        let scattered = AnalysisCheck.graph(6, [(5, 1, -1), (3, 4, 1), (1, 3, 0.5)])
        #expect(connectedComponents(scattered) == [[0], [1, 3, 4, 5], [2]])
        var split = AnalysisCheck.path(3)
        split.setWeight(1, 2, 0)
        #expect(connectedComponents(split) == [[0, 1], [2]])
        #expect(connectedComponents(SignedGraph(nodes: [])) == [])
    }

    @Test("density: 2m / n(n − 1), 0 below two nodes")
    func density() {
        #expect(RelGraph.density(Self.mixed) == 0.4)
        #expect(RelGraph.density(AnalysisCheck.complete(6, weight: -1)) == 1)
        #expect(RelGraph.density(SignedGraph(nodes: ["a"])) == 0)
        #expect(RelGraph.density(SignedGraph(nodes: [])) == 0)
    }

    @Test("fixtures: components and density as networkx.connected_components and networkx.density give them")
    func fixtures() {
        // nx 3.6.1 on the graph of all ties of each fixture.
        #expect(connectedComponents(AnalysisFixture.corridor.graph) == [Array(0 ... 10), [11]])
        #expect(connectedComponents(AnalysisFixture.lattice.graph) == [Array(0 ... 8), [9]])
        #expect(connectedComponents(AnalysisFixture.random14.graph) == [Array(0 ... 12), [13]])
        AnalysisCheck.close([RelGraph.density(AnalysisFixture.corridor.graph)], [0.25757575757575757])
        AnalysisCheck.close([RelGraph.density(AnalysisFixture.lattice.graph)], [0.35555555555555557])
        AnalysisCheck.close([RelGraph.density(AnalysisFixture.random14.graph)], [0.27472527472527475])
    }
}
