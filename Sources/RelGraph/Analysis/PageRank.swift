/// PageRank of each node: the long-run share of time a random walker spends at the actor,
/// following ties in proportion to their weight and, with probability 1 − α, jumping to a
/// node chosen uniformly.
///
/// Definition: the fixed point of x = α (x P + (Σ_{d dangling} x_d) / n) + (1 − α) / n,
/// where P_ij = w_ij / Σ_k w_ik and a node is *dangling* when its weights sum to 0 (for a
/// cooperative graph: an isolated node); a dangling node's share is spread evenly over all
/// nodes, as nx does with its default `dangling=None`. Power iteration from the uniform
/// vector; stops when Σ_i |x_i − x_i'| < n · tolerance between two iterations. The vector is
/// not renormalised between iterations (nx does not either); with non-negative weights it
/// sums to 1 up to rounding.
///
/// Computed on the graph **as given**, weights as given: pass `g.cooperativePart` (negative
/// weights make P meaningless as transition probabilities; they are not rejected, the
/// arithmetic is nx's).
///
/// Equals `networkx.pagerank(G, alpha=alpha, weight="weight", tol=tolerance,
/// max_iter=maxIterations)` for the undirected `G` (nx's `_pagerank_scipy`, including the
/// order of its additions). Note the defaults differ from nx (tol 1e-6, max_iter 100): here
/// the tolerance is tighter, so results agree with nx run at the same tolerance.
///
/// - Parameters:
///   - g: the graph.
///   - alpha: damping factor, in 0…1 (precondition).
///   - tolerance: convergence threshold per node (≥ 0).
///   - maxIterations: iterations allowed (≥ 1).
/// - Returns: one value per node, indexed by node number; `[]` for an empty graph.
/// - Throws: `PowerIterationFailedConvergence` when the tolerance is not met within
///   `maxIterations` iterations.
///
/// References: L. Page, S. Brin, R. Motwani & T. Winograd (1999), "The PageRank citation
/// ranking: bringing order to the web", Stanford InfoLab; A. N. Langville & C. D. Meyer
/// (2004), "Deeper inside PageRank", Internet Mathematics 1(3): 335–380.
public func pagerank(_ g: SignedGraph, alpha: Double = 0.85, tolerance: Double = 1e-12,
                     maxIterations: Int = 1000) throws(PowerIterationFailedConvergence) -> [Double] {
    precondition((0 ... 1).contains(alpha), "alpha must be in 0…1")
    precondition(tolerance >= 0 && maxIterations >= 1, "tolerance ≥ 0, maxIterations ≥ 1")
    let n = g.nodeCount
    guard n > 0 else { return [] }
    // nx's Q @ A: each weight times the reciprocal of its row's sum; a row summing to 0 is
    // dangling. x @ A adds, for each target j, x_i · A_ij over i in increasing order; the graph
    // is symmetric, so column j's entries are row j's neighbours, already in that order.
    var reciprocals = [Double](repeating: 0, count: n)
    var dangling: [Int] = []
    for (i, row) in g.adjacency.enumerated() {
        var sum = 0.0
        for neighbour in row { sum += neighbour.weight }
        if sum != 0 { reciprocals[i] = 1 / sum } else { dangling.append(i) }
    }
    var offsets = [Int](repeating: 0, count: n + 1)
    var sources: [Int32] = []
    var transitions: [Double] = []
    sources.reserveCapacity(2 * g.pairCount)
    transitions.reserveCapacity(2 * g.pairCount)
    for (j, row) in g.adjacency.enumerated() {
        for neighbour in row {
            sources.append(Int32(neighbour.node))
            transitions.append(reciprocals[neighbour.node] * neighbour.weight)
        }
        offsets[j + 1] = sources.count
    }
    let uniform = 1 / Double(n)
    let teleport = (1 - alpha) * uniform
    var x = [Double](repeating: uniform, count: n)
    var next = [Double](repeating: 0, count: n)
    let threshold = Double(n) * tolerance
    // The loop runs on unchecked buffers: the same additions in the same order, without a
    // bounds check per tie.
    return try offsets.withUnsafeBufferPointer { offsets throws(PowerIterationFailedConvergence) -> [Double] in
        try sources.withUnsafeBufferPointer { sources throws(PowerIterationFailedConvergence) -> [Double] in
            try transitions.withUnsafeBufferPointer { transitions throws(PowerIterationFailedConvergence) -> [Double] in
                for _ in 0 ..< maxIterations {
                    var danglingSum = 0.0
                    for d in dangling { danglingSum += x[d] }
                    var error = 0.0
                    x.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { next in
                            for j in 0 ..< n {
                                var flow = 0.0
                                for e in offsets[j] ..< offsets[j + 1] { flow += x[Int(sources[e])] * transitions[e] }
                                next[j] = alpha * (flow + danglingSum * uniform) + teleport
                                error += abs(next[j] - x[j])
                            }
                        }
                    }
                    swap(&x, &next)
                    if error < threshold { return x }
                }
                throw PowerIterationFailedConvergence(iterations: maxIterations)
            }
        }
    }
}

extension Measure {
    public static let pagerank = Measure(
        key: "pagerank", title: "pagerank", display: .places(4, signed: false),
        definition: "the fixed point of x = α(xP + Σ_dangling x_d / n) + (1−α)/n, P_ij = w_ij / Σ_k w_ik, "
            + "α = \(GraphMetrics.pagerankAlpha); an actor with no cooperative relation is dangling and spreads its share evenly: influence",
        networkX: "`networkx.pagerank(coop, alpha=\(GraphMetrics.pagerankAlpha), weight=\"weight\", "
            + "tol=\(GraphMetrics.tolerance), max_iter=\(GraphMetrics.maxIterations))`"
    ) { input throws(PowerIterationFailedConvergence) in
        try RelGraph.pagerank(input.cooperative, alpha: GraphMetrics.pagerankAlpha, tolerance: GraphMetrics.tolerance,
                               maxIterations: GraphMetrics.maxIterations)
    }
}
