import Testing
@testable import RelGraph

/// `eigenvectorCentrality` pulls each node's sum over compressed rows; NetworkX (and relgraph
/// before it) pushes each node's share along its row. The additions are the same, in the same
/// order, so the results must agree bit for bit, failures included.
@Suite("Scale: eigenvector centrality's pull agrees bit for bit with NetworkX's push")
struct EigenvectorPullTests {
    static let graphs: [SignedGraph] = [
        AnalysisCheck.random(count: 40, ties: 160, seed: 3),
        AnalysisCheck.random(count: 150, ties: 900, seed: 5),
        AnalysisCheck.random(count: 300, ties: 200, seed: 4),
        FastPathEquivalenceTests.syntheticGraph(actors: 300, ties: 2500, seed: 2),
        FastPathEquivalenceTests.syntheticGraph(actors: 800, ties: 6000, seed: 11),
        AnalysisCheck.star(leaves: 5),
        SignedGraph(nodes: ["alone"]),
    ]

    @Test("cooperative parts and signed graphs as given: the same bits, the same failures")
    func sameBits() {
        var converged = 0, failed = 0
        for g in Self.graphs {
            for input in [g.cooperativePart, g] {
                for maxIterations in [1000, 3] {
                    let pulled = Result { () throws(PowerIterationFailedConvergence) in
                        try eigenvectorCentrality(input, maxIterations: maxIterations)
                    }
                    let pushed = Result { () throws(PowerIterationFailedConvergence) in
                        try ReferenceEigenvector.centrality(input, maxIterations: maxIterations)
                    }
                    switch (pulled, pushed) {
                    case let (.success(a), .success(b)):
                        #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
                        converged += 1
                    case let (.failure(a), .failure(b)):
                        #expect(a == b)
                        failed += 1
                    default:
                        Issue.record("one converged and the other did not: \(pulled) vs \(pushed)")
                    }
                }
            }
        }
        // Both outcomes were exercised.
        #expect(converged >= 8)
        #expect(failed >= 4)
    }
}

/// Eigenvector centrality as NetworkX computes it, straight from its code: x ← x + A x pushed
/// along each node's row in node order, x ← x / ‖x‖₂, until Σ|x − x'| < n · tolerance.
enum ReferenceEigenvector {
    static func centrality(_ g: SignedGraph, maxIterations: Int = 1000,
                           tolerance: Double = 1e-12) throws(PowerIterationFailedConvergence) -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0 ..< maxIterations {
            for v in 0 ..< n { next[v] = x[v] }
            for (u, row) in g.adjacency.enumerated() {
                for neighbour in row { next[neighbour.node] += x[u] * neighbour.weight }
            }
            let norm = euclideanNorm(next)
            let divisor = norm == 0 ? 1 : norm
            var change = 0.0
            for v in 0 ..< n {
                next[v] /= divisor
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw PowerIterationFailedConvergence(iterations: maxIterations)
    }
}
