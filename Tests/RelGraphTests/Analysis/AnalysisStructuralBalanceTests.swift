import Testing
@testable import RelGraph

@Suite("Analysis: structural balance")
struct AnalysisStructuralBalanceTests {
    @Test("a single triangle is balanced when its signs multiply to +", arguments: [
        ([1.0, 1, 1], true), ([1.0, -1, -1], true), ([-1.0, 1, -1], true),
        ([1.0, 1, -1], false), ([-1.0, 1, 1], false), ([-1.0, -1, -1], false),
    ])
    func single(signs: [Double], balanced: Bool) {
        let result = triangleBalance(AnalysisCheck.graph(3, [(0, 1, signs[0]), (1, 2, signs[1]), (0, 2, signs[2])]))
        #expect(result.triangles == 1)
        #expect(result.balanced == (balanced ? 1 : 0))
        #expect(result.unweightedShare == (balanced ? 1 : 0))
        #expect(result.weightedShare == (balanced ? 1 : 0))
    }

    @Test("complete graphs: all four triangles of K4")
    func complete() {
        #expect(triangleBalance(AnalysisCheck.complete(4, weight: -1)) ==
                TriangleBalance(triangles: 4, balanced: 0, unweightedShare: 0, weightedShare: 0))
        #expect(triangleBalance(AnalysisCheck.complete(6, weight: 0.5)).triangles == 20)
    }

    @Test("weighted share: strong triangles count more")
    func weightedShare() {
        // (0,1,2): +1 · +½ · +½ = ¼ balanced; (1,2,3): +½ · −1 · +1 = −½ unbalanced.
        let g = AnalysisCheck.graph(4, [(0, 1, 1), (0, 2, 0.5), (1, 2, 0.5), (2, 3, -1), (1, 3, 1)])
        let result = triangleBalance(g)
        #expect(result.triangles == 2 && result.balanced == 1 && result.unbalanced == 1)
        #expect(result.unweightedShare == 0.5)
        AnalysisCheck.close([result.weightedShare], [1.0 / 3])
    }

    @Test("no triangles: shares of 1; a pair of weight 0 closes none")
    func none() {
        #expect(triangleBalance(AnalysisCheck.cycle(4, weight: -1)) ==
                TriangleBalance(triangles: 0, balanced: 0, unweightedShare: 1, weightedShare: 1))
        #expect(triangleBalance(SignedGraph(nodes: [])).triangles == 0)
        var open = AnalysisCheck.path(3)
        open.setWeight(0, 2, 0)
        #expect(triangleBalance(open).triangles == 0)
    }

    @Test("fixtures: counts and weighted share from a brute force over all triples (Python)")
    func fixtures() {
        let expected: [(AnalysisFixture, Int, Int, Double)] = [
            (.corridor, 6, 2, 0.15362057297541165), (.lattice, 4, 0, 0), (.random14, 11, 5, 0.63271844776262143),
        ]
        for (fixture, triangles, balanced, share) in expected {
            let result = triangleBalance(fixture.graph)
            #expect(result.triangles == triangles, "\(fixture)")
            #expect(result.balanced == balanced, "\(fixture)")
            AnalysisCheck.close([result.weightedShare], [share])
        }
    }

    @Test("Gahuku-Gama: 68 triangles, 59 balanced (19 +++, 40 +−−), 9 not (2 ++−, 7 −−−)")
    func gahukuGama() throws {
        // Checked with a brute force over all C(16,3) triples and networkx.triangles.
        let result = triangleBalance(try AnalysisCheck.gahukuGama())
        #expect(result.triangles == 68)
        #expect(result.balanced == 59)
        #expect(result.unweightedShare == 59.0 / 68)
        #expect(result.weightedShare == 59.0 / 68)
    }
}
