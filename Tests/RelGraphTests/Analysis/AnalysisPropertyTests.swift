import Testing
@testable import RelGraph

@Suite("Analysis: properties")
struct AnalysisPropertyTests {
    static let graphs: [SignedGraph] = AnalysisFixture.all.map(\.graph) + [
        AnalysisCheck.random(count: 60, ties: 150, seed: 1), AnalysisCheck.random(count: 120, ties: 200, seed: 2),
    ]

    @Test("betweenness is 0 for a node on no shortest path between others")
    func betweennessZero() {
        for g in Self.graphs {
            let cooperative = g.cooperativePart
            let betweenness = betweennessCentrality(cooperative)
            // A node with at most one tie cannot be inside a path.
            for (v, d) in degree(cooperative).enumerated() where d <= 1 { #expect(betweenness[v] == 0) }
        }
        // In a triangle 0–1–2 with a tail 2–3, the corners 0 and 1 are on no one's path.
        let tailed = AnalysisCheck.graph(4, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1)])
        #expect(betweennessCentrality(tailed)[0 ... 1] == [0, 0])
        #expect(betweennessCentrality(tailed)[2] > 0)
    }

    @Test("pagerank sums to 1 and ignores a common scale of the weights")
    func pagerankProperties() throws {
        for g in Self.graphs {
            let cooperative = g.cooperativePart
            let ranks = try pagerank(cooperative)
            AnalysisCheck.close([ranks.reduce(0, +)], [1], tolerance: 1e-12)
            #expect(ranks.allSatisfy { $0 > 0 })
            let scaled = SignedGraph(nodes: cooperative.nodes, pairs: cooperative.pairs.map {
                (cooperative.nodes[$0.0], cooperative.nodes[$0.1], $0.2 * 0.37)
            })
            AnalysisCheck.close(try pagerank(scaled), ranks, tolerance: 1e-12)
        }
    }

    @Test("relabelling the nodes permutes every result")
    func relabelling() throws {
        for g in Self.graphs + [try AnalysisCheck.gahukuGama()] {
            let n = g.nodeCount
            // A fixed shuffle: i ↦ (7i + 3) mod n when 7 is prime to n, else reversal.
            let permutation = n % 7 == 0 ? Array((0 ..< n).reversed()) : (0 ..< n).map { (7 * $0 + 3) % n }
            let h = AnalysisCheck.relabel(g, permutation)
            func permuted<T>(_ values: [T]) -> [T] {
                var result = values
                for (old, new) in permutation.enumerated() { result[new] = values[old] }
                return result
            }
            let cooperative = g.cooperativePart, relabelled = h.cooperativePart
            AnalysisCheck.close(betweennessCentrality(h), permuted(betweennessCentrality(g)), tolerance: 1e-12)
            AnalysisCheck.close(closenessCentrality(h), permuted(closenessCentrality(g)), tolerance: 1e-12)
            AnalysisCheck.close(try pagerank(relabelled), permuted(try pagerank(cooperative)), tolerance: 1e-12)
            AnalysisCheck.close(try eigenvectorCentrality(relabelled), permuted(try eigenvectorCentrality(cooperative)),
                                tolerance: 1e-10)
            AnalysisCheck.close(positiveStrength(h), permuted(positiveStrength(g)), tolerance: 1e-15)
            #expect(degree(h) == permuted(degree(g)))
            let balance = triangleBalance(g), relabelledBalance = triangleBalance(h)
            #expect(balance.triangles == relabelledBalance.triangles && balance.balanced == relabelledBalance.balanced)
            AnalysisCheck.close([relabelledBalance.weightedShare], [balance.weightedShare], tolerance: 1e-12)
            #expect(Set(connectedComponents(h).map { Set($0) }) ==
                    Set(connectedComponents(g).map { Set($0.map { permutation[$0] }) }))
        }
        // Gahuku-Gama's optimum is unique, so the blocs themselves follow the relabelling.
        let g = try AnalysisCheck.gahukuGama()
        let permutation = (0 ..< 16).map { (7 * $0 + 3) % 16 }
        let blocs = signedBlocs(AnalysisCheck.relabel(g, permutation)).blocs.map(Set.init)
        #expect(Set(blocs) == Set(signedBlocs(g).blocs.map { Set($0.map { permutation[$0] }) }))
    }

    @Test("deterministic: two calls give bit-identical results")
    func determinism() throws {
        let g = AnalysisCheck.random(count: 400, ties: 1600, seed: 5)
        let cooperative = g.cooperativePart
        #expect(betweennessCentrality(cooperative) == betweennessCentrality(cooperative))
        #expect(betweennessCentrality(g, normalized: false) == betweennessCentrality(g, normalized: false))
        #expect(closenessCentrality(g) == closenessCentrality(g))
        #expect(try pagerank(cooperative) == (try pagerank(cooperative)))
        let eigenvector = try eigenvectorCentrality(cooperative, maxIterations: 10_000)
        #expect(try eigenvectorCentrality(cooperative, maxIterations: 10_000) == eigenvector)
        #expect(triangleBalance(g) == triangleBalance(g))
        #expect(signedBlocs(g) == signedBlocs(g))
        #expect(signedBlocs(g, objective: .unweighted) == signedBlocs(g, objective: .unweighted))
    }
}
