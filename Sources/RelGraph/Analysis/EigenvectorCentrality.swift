/// Eigenvector centrality of each node: an actor is central when its partners are central.
///
/// Definition: the Perron eigenvector x of the weighted adjacency matrix A (A x = λ x, λ the
/// largest eigenvalue), scaled to Euclidean norm 1. Computed as nx does, by power iteration
/// on A + I from the uniform vector 1/n: x ← x + A x, then x ← x / ‖x‖₂ (a zero norm is taken
/// as 1), stopping when Σ_i |x_i − x_i'| < n · tolerance between two iterations. The shift
/// by I makes the iteration converge on bipartite graphs too.
///
/// Computed on the graph **as given**, weights as given: pass `g.cooperativePart`. With
/// negative weights the iteration is still nx's, but Perron–Frobenius no longer applies:
/// it may fail to converge, or converge to a vector with negative entries. On a disconnected
/// graph the result depends on the start vector (as in nx); an isolated node keeps a small
/// non-zero value that shrinks with every iteration.
///
/// Matches `networkx.eigenvector_centrality(G, weight="weight", max_iter=maxIterations,
/// tol=tolerance)` for the undirected `G`, including the order of its additions (the norm is
/// computed with a scaled sum of squares rather than Python's `math.hypot`, so the last bits
/// may differ). nx's defaults are looser (max_iter 100, tol 1e-6).
///
/// - Parameters:
///   - g: the graph.
///   - maxIterations: iterations allowed (≥ 1).
///   - tolerance: convergence threshold per node (≥ 0).
/// - Returns: one value per node, indexed by node number. An empty graph gives `[]` (nx
///   raises `NetworkXPointlessConcept` instead).
/// - Throws: `PowerIterationFailedConvergence` when the tolerance is not met within
///   `maxIterations` iterations.
///
/// References: P. Bonacich (1972), "Factoring and weighting approaches to status scores and
/// clique identification", Journal of Mathematical Sociology 2(1): 113–120; P. Bonacich
/// (1987), "Power and centrality: a family of measures", American Journal of Sociology 92(5):
/// 1170–1182; M. E. J. Newman (2010), Networks: An Introduction, Oxford University Press, §7.2.
public func eigenvectorCentrality(_ g: SignedGraph, maxIterations: Int = 1000,
                                  tolerance: Double = 1e-12) throws(PowerIterationFailedConvergence) -> [Double] {
    precondition(tolerance >= 0 && maxIterations >= 1, "tolerance ≥ 0, maxIterations ≥ 1")
    let n = g.nodeCount
    guard n > 0 else { return [] }
    // The rows as flat arrays (compressed sparse rows), read by pulling: next[v] = x[v] + Σ_u
    // x[u] w_uv over v's row. nx pushes (for each node u in order, x[v] += xlast[u] * w_uv for
    // its neighbours v), so node v receives from its neighbours in increasing order; v's row is
    // sorted and the graph symmetric, so pulling makes the same additions in the same order,
    // bit for bit, without a write (and a uniqueness check) per tie.
    var rowStart = [Int](repeating: 0, count: n + 1)
    var sources: [Int32] = []
    var weights: [Double] = []
    sources.reserveCapacity(2 * g.pairCount)
    weights.reserveCapacity(2 * g.pairCount)
    for (v, row) in g.adjacency.enumerated() {
        for neighbour in row {
            sources.append(Int32(truncatingIfNeeded: neighbour.node))
            weights.append(neighbour.weight)
        }
        rowStart[v + 1] = sources.count
    }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = x
    let threshold = Double(n) * tolerance
    // The loops run on unchecked buffers: the same additions in the same order, without a
    // bounds check per tie.
    return try rowStart.withUnsafeBufferPointer { rowStart throws(PowerIterationFailedConvergence) -> [Double] in
        try sources.withUnsafeBufferPointer { sources throws(PowerIterationFailedConvergence) -> [Double] in
            try weights.withUnsafeBufferPointer { weights throws(PowerIterationFailedConvergence) -> [Double] in
                for _ in 0 ..< maxIterations {
                    x.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { next in
                            for v in 0 ..< n {
                                var sum = x[v]
                                for e in rowStart[v] ..< rowStart[v + 1] { sum += x[Int(sources[e])] * weights[e] }
                                next[v] = sum
                            }
                        }
                    }
                    let norm = euclideanNorm(next)
                    let divisor = norm == 0 ? 1 : norm
                    var change = 0.0
                    x.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { next in
                            for v in 0 ..< n {
                                next[v] /= divisor
                                change += abs(next[v] - x[v])
                            }
                        }
                    }
                    swap(&x, &next)
                    if change < threshold { return x }
                }
                throw PowerIterationFailedConvergence(iterations: maxIterations)
            }
        }
    }
}

/// ‖x‖₂, scaled by the largest magnitude so that it neither overflows nor underflows.
func euclideanNorm(_ x: [Double]) -> Double {
    var largest = 0.0
    for value in x { largest = max(largest, abs(value)) }
    guard largest > 0, largest.isFinite else { return largest }
    var sum = 0.0
    for value in x {
        let scaled = value / largest
        sum += scaled * scaled
    }
    return largest * sum.squareRoot()
}

extension Measure {
    public static let eigenvector = Measure(
        key: "eigenvector", title: "eigenvector", display: .places(4, signed: false),
        definition: "the Perron eigenvector of the weighted adjacency matrix, norm 1, by power iteration on A + I from the uniform vector",
        networkX: "`networkx.eigenvector_centrality(coop, weight=\"weight\", max_iter=\(GraphMetrics.maxIterations), "
            + "tol=\(GraphMetrics.tolerance))`"
    ) { input throws(PowerIterationFailedConvergence) in
        try eigenvectorCentrality(input.cooperative, maxIterations: GraphMetrics.maxIterations, tolerance: GraphMetrics.tolerance)
    }
}
