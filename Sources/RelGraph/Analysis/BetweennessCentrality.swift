/// Shortest-path betweenness of each node: how much the actor sits on the shortest routes
/// between others, i.e. its brokerage.
///
/// Definition: c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t), over unordered pairs {s, t},
/// where σ(s, t) is the number of shortest paths between s and t and σ(s, t | v) the number
/// passing through v. Each tie has length 1/|w| (a strong relation is a short distance);
/// paths of equal length are all counted, with lengths compared exactly as NetworkX does
/// (no epsilon). A pair of weight exactly 0 is treated as no tie.
///
/// Computed on the graph **as given**, sign ignored: to measure brokerage among cooperative
/// relations, pass `g.cooperativePart`.
///
/// Equals `networkx.betweenness_centrality(G, weight="distance", normalized=...)` for the
/// undirected `G` with an attribute `distance = 1/abs(w)` on each non-zero tie (to rounding
/// in the last bits: sources are summed in a different order).
///
/// Brandes's algorithm with Dijkstra's search from every source: O(n·m + n² log n) time,
/// O(n + m) memory per thread. Sources are split into a fixed number of contiguous chunks run
/// concurrently and the chunk sums are added in chunk order, so the result is bit-identical
/// from run to run and machine to machine.
///
/// - Parameters:
///   - g: the graph; only |w| is used.
///   - normalized: when true (the default), divide by (n−1)(n−2)/2, the number of pairs not
///     including v, as nx does for undirected graphs (its factor 1/((n−1)(n−2)) applied to
///     sums over ordered pairs). When false, each unordered pair counts once.
/// - Returns: one value per node, indexed by node number. Graphs with fewer than three nodes
///   give all zeros (no rescaling, as in nx); an empty graph gives `[]`. Nodes in different
///   components never count for each other. Cannot fail.
///
/// References: U. Brandes (2001), "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2): 163–177; U. Brandes (2008), "On variants of shortest-path
/// betweenness centrality and their generic computation", Social Networks 30(2): 136–145;
/// L. C. Freeman (1977), "A set of measures of centrality based on betweenness", Sociometry
/// 40(1): 35–41.
public func betweennessCentrality(_ g: SignedGraph, normalized: Bool = true) -> [Double] {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    var betweenness = dependencySums(g, sources: Array(0 ..< n))
    // nx's _rescale with endpoints=False: N = n − 1, and no rescaling at all when N < 2.
    guard n >= 3 else { return betweenness }
    let scale = normalized ? 1 / Double((n - 1) * (n - 2)) : 0.5
    for v in 0 ..< n { betweenness[v] *= scale }
    return betweenness
}

/// Σ over `sources` of Brandes's dependency of each source on every node: betweenness before
/// scaling, from every node (exact) or from a sample. Sources run concurrently in a fixed
/// chunking and the chunk sums are added in chunk order, so the bits never change.
func dependencySums(_ g: SignedGraph, sources: [Int]) -> [Double] {
    let n = g.nodeCount
    let ties = TieLengths(g)
    let partials = perSourceChunks(count: sources.count, width: n) { positions, output in
        let search = ShortestPathSearch(nodeCount: n, arcCount: ties.arcs.count)
        ties.withBuffers { offsets, arcs in
            for position in positions {
                let source = sources[position]
                search.search(from: source, offsets: offsets, arcs: arcs)
                search.accumulateDependencies(source: source, into: output)
                search.reset()
            }
        }
    }
    var sums = partials[0]
    for partial in partials.dropFirst() {
        for v in 0 ..< n { sums[v] += partial[v] }
    }
    return sums
}

extension Measure {
    /// Over cooperative ties, exact or estimated from `MeasureInput.betweennessSample` sources.
    public static let betweenness = Measure(
        key: "betweenness", title: "betweenness", display: .places(4, signed: false),
        definition: "c_B(v) = Σ_{s≠v≠t} σ(s,t|v)/σ(s,t) over unordered pairs, σ counting shortest paths; "
            + "normalised by (n−1)(n−2)/2: brokerage",
        networkX: "`networkx.betweenness_centrality(coop, weight=\"distance\", normalized=True)`"
    ) { input in
        if let sample = input.betweennessSample {
            return sampledBetweennessCentrality(input.cooperative, sources: sample, seed: BrokerageMethod.sampleSeed)
        }
        return betweennessCentrality(input.cooperative, normalized: true)
    }
}
