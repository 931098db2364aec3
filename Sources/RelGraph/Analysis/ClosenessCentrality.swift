/// Closeness of each node: the inverse of its average distance to the actors it can reach,
/// scaled down by the share of the graph it can reach.
///
/// Definition (Wasserman & Faust's form for graphs that may be disconnected):
/// C(u) = ((r − 1) / Σ_v d(u, v)) · ((r − 1) / (n − 1)), where r is the number of nodes
/// reachable from u (u included) and d the shortest-path distance, each tie having length
/// 1/|w|. A node that reaches no one gets 0. A pair of weight exactly 0 is treated as no tie.
///
/// Computed on the graph **as given**, sign ignored (pass `g.cooperativePart` for closeness
/// along cooperative relations only).
///
/// Equals `networkx.closeness_centrality(G, distance="distance")` (wf_improved=True) for
/// the undirected `G` with `distance = 1/abs(w)` on each non-zero tie.
///
/// Dijkstra from every node, sources run concurrently in a fixed chunking; each node's value
/// depends only on its own search, so results are bit-identical from run to run.
///
/// - Parameter g: the graph; only |w| is used.
/// - Returns: one value per node in 0…1, indexed by node number; a single node gives `[0]`,
///   an empty graph `[]`. Cannot fail.
///
/// References: L. C. Freeman (1979), "Centrality in social networks: conceptual
/// clarification", Social Networks 1(3): 215–239; S. Wasserman & K. Faust (1994), Social
/// Network Analysis, Cambridge University Press, pp. 200–201.
public func closenessCentrality(_ g: SignedGraph) -> [Double] {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    let ties = TieLengths(g)
    let partials = perSourceChunks(count: n, width: n) { sources, output in
        let search = ShortestPathSearch(nodeCount: n, arcCount: ties.arcs.count)
        ties.withBuffers { offsets, arcs in
            for source in sources {
                search.search(from: source, offsets: offsets, arcs: arcs)
                // Summed in the order nodes are settled, as nx sums its distance dict.
                var total = 0.0
                for index in 0 ..< search.settledCount { total += search.reach[search.settled[index]].distance }
                let reached = Double(search.settledCount)
                if total > 0 && n > 1 {
                    output[source] = (reached - 1) / total * ((reached - 1) / Double(n - 1))
                }
                search.reset()
            }
        }
    }
    // Each source wrote only its own entry, in exactly one chunk.
    var closeness = [Double](repeating: 0, count: n)
    for partial in partials {
        for v in 0 ..< n where partial[v] != 0 { closeness[v] = partial[v] }
    }
    return closeness
}

extension Measure {
    public static let closeness = Measure(
        key: "closeness", title: "closeness", display: .places(4, signed: false),
        definition: "C(u) = ((r−1)/Σ_v d(u,v)) · ((r−1)/(n−1)), r the actors u reaches (itself included); 0 when it reaches no one",
        networkX: "`networkx.closeness_centrality(coop, distance=\"distance\")` (`wf_improved=True`)"
    ) { input in closenessCentrality(input.cooperative) }
}
