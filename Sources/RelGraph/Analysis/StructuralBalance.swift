/// Counts the triangles of a signed graph and how many are balanced.
///
/// Definition: a triangle is three nodes pairwise joined by ties of non-zero weight (a pair
/// of weight exactly 0 is no tie); it is balanced when the product of its three signs is
/// positive (+++, +−−) and unbalanced otherwise (++−, −−−). The unweighted share is
/// balanced / triangles; the weighted share is Σ |w_ij·w_jk·w_ki| over balanced triangles
/// divided by the same sum over all triangles, so strong triangles count more. Both shares
/// are 1 when there are no triangles (a graph without triangles has nothing out of balance:
/// check `triangles` before reading a share as evidence).
///
/// NetworkX has no signed-balance function; the count equals
/// `sum(networkx.triangles(G).values()) // 3` on the graph of non-zero ties.
///
/// Triangles are enumerated once each with the forward algorithm: nodes ranked by degree
/// (ties broken by node number), each tie directed from lower to higher rank, and a
/// triangle found from its lowest-ranked node, in O(m^1.5) time and O(n + m) memory. The
/// enumeration order is fixed, so the weighted sums are bit-identical from run to run.
///
/// - Parameter g: a signed graph.
/// - Returns: the counts and shares. An empty graph gives 0 triangles and shares of 1.
///   Cannot fail.
///
/// References: F. Heider (1946), "Attitudes and cognitive organization", Journal of
/// Psychology 21: 107–112; D. Cartwright & F. Harary (1956), "Structural balance: a
/// generalization of Heider's theory", Psychological Review 63(5): 277–293; T. Schank &
/// D. Wagner (2005), "Finding, counting and listing all triangles in large graphs",
/// WEA 2005, LNCS 3503: 606–609; N. Chiba & T. Nishizeki (1985), "Arboricity and subgraph
/// listing algorithms", SIAM Journal on Computing 14(1): 210–223.
public func triangleBalance(_ g: SignedGraph) -> TriangleBalance {
    let n = g.nodeCount
    let degrees = degree(g)
    // rank[v]: position when ordered by (degree, node number); ties go from low to high rank,
    // so no node has more than O(√m) ties forward.
    // A counting sort by degree, stable in node order: the (degree, node) order, linear.
    var firstOfDegree = [Int](repeating: 0, count: (degrees.max() ?? 0) + 2)
    for d in degrees { firstOfDegree[d + 1] += 1 }
    for d in 1 ..< firstOfDegree.count { firstOfDegree[d] += firstOfDegree[d - 1] }
    var rank = [Int](repeating: 0, count: n)
    for v in 0 ..< n {
        rank[v] = firstOfDegree[degrees[v]]
        firstOfDegree[degrees[v]] += 1
    }
    var forwardOffsets = [0]
    forwardOffsets.reserveCapacity(n + 1)
    var forwardTargets: [Int] = []
    var forwardWeights: [Double] = []
    forwardTargets.reserveCapacity(g.pairCount)
    forwardWeights.reserveCapacity(g.pairCount)
    g.adjacency.withUnsafeBufferPointer { rows in
        for u in 0 ..< n {
            let rankU = rank[u]
            for neighbour in rows[u] where neighbour.weight != 0 && rank[neighbour.node] > rankU {
                forwardTargets.append(neighbour.node)
                forwardWeights.append(neighbour.weight)
            }
            forwardOffsets.append(forwardTargets.count)
        }
    }
    // mark[w] = weight of the tie u–w while u is being processed, 0 otherwise. The loops run
    // on unchecked buffers: the same triangles in the same order, without bounds checks.
    var mark = [Double](repeating: 0, count: n)
    var triangles = 0, balanced = 0
    var balancedWeight = 0.0, totalWeight = 0.0
    forwardOffsets.withUnsafeBufferPointer { offsets in
        forwardTargets.withUnsafeBufferPointer { targets in
            forwardWeights.withUnsafeBufferPointer { weights in
                mark.withUnsafeMutableBufferPointer { mark in
                    for u in 0 ..< n {
                        let uTies = offsets[u] ..< offsets[u + 1]
                        for e in uTies { mark[targets[e]] = weights[e] }
                        for e in uTies {
                            let v = targets[e]
                            let uv = weights[e]
                            for f in offsets[v] ..< offsets[v + 1] {
                                let uw = mark[targets[f]]
                                if uw == 0 { continue }
                                let vw = weights[f]
                                let product = abs(uv * vw * uw)
                                triangles += 1
                                totalWeight += product
                                // Signs from the weights themselves: a product of tiny weights could round to 0.
                                if (uv < 0) == ((vw < 0) != (uw < 0)) {
                                    balanced += 1
                                    balancedWeight += product
                                }
                            }
                        }
                        for e in uTies { mark[targets[e]] = 0 }
                    }
                }
            }
        }
    }
    guard triangles > 0 else {
        return TriangleBalance(triangles: 0, balanced: 0, unweightedShare: 1, weightedShare: 1)
    }
    return TriangleBalance(triangles: triangles, balanced: balanced,
                           unweightedShare: Double(balanced) / Double(triangles),
                           weightedShare: balancedWeight / totalWeight)
}
