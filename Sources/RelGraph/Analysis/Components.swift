/// The connected components of a graph, sign ignored.
///
/// Definition: two nodes are in the same component when a chain of ties of non-zero weight
/// joins them, whatever the signs (allies and enemies alike are connected: they belong to
/// the same system of relations). A pair of weight exactly 0 is no tie. An isolated node is
/// a component of its own.
///
/// Equals `sorted(sorted(c) for c in networkx.connected_components(G))` ordered by first
/// member, on the graph of non-zero ties.
///
/// - Parameter g: a signed graph.
/// - Returns: the components, each sorted by node number, ordered by their smallest node;
///   `[]` for an empty graph. Cannot fail.
///
/// Reference: J. Hopcroft & R. Tarjan (1973), "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6): 372–378.
public func connectedComponents(_ g: SignedGraph) -> [[Int]] {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    // Label every node with its component by depth-first search, then read the members off in
    // node order: each component comes out sorted, and in order of its smallest node, with no
    // sorting at all. Labels and the stack share one scratch buffer. The search follows the
    // neighbour table, which holds no pair of weight 0 and is read as one flat array.
    let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * n)
    defer { scratch.deallocate() }
    let label = scratch, stack = scratch + n
    label.initialize(repeating: -1, count: n)
    var sizes: [Int] = []
    let table = g.neighbourTable
    table.rowStart.withUnsafeBufferPointer { rowStart in
        table.neighbours.withUnsafeBufferPointer { neighbours in
            for root in 0 ..< n where label[root] < 0 {
                let component = Int32(truncatingIfNeeded: sizes.count)
                label[root] = component
                stack[0] = Int32(truncatingIfNeeded: root)
                var top = 1, size = 1
                while top > 0 {
                    top -= 1
                    let node = Int(stack[top])
                    for k in Int(rowStart[node]) ..< Int(rowStart[node + 1]) {
                        let neighbour = neighbours[k]
                        if label[Int(neighbour)] < 0 {
                            label[Int(neighbour)] = component
                            stack[top] = neighbour
                            top += 1
                            size += 1
                        }
                    }
                }
                sizes.append(size)
            }
        }
    }
    if sizes.count == 1 { return [Array(0 ..< n)] }
    // Counting sort by label: one flat array of members, cut into components.
    var start = [Int](repeating: 0, count: sizes.count + 1)
    for (index, size) in sizes.enumerated() { start[index + 1] = start[index] + size }
    var next = start
    var flat = [Int](repeating: 0, count: n)
    for v in 0 ..< n {
        let component = Int(label[v])
        flat[next[component]] = v
        next[component] += 1
    }
    return sizes.indices.map { Array(flat[start[$0] ..< start[$0 + 1]]) }
}

/// The share of possible ties that are present, sign ignored.
///
/// Definition: 2m / (n(n − 1)), m the number of pairs of non-zero weight (a pair of weight
/// exactly 0 is no tie). Equals `networkx.density(G)` on the graph of non-zero ties.
///
/// - Parameter g: a signed graph.
/// - Returns: a value in 0…1; 0 when there are fewer than two nodes. Cannot fail.
///
/// Reference: S. Wasserman & K. Faust (1994), Social Network Analysis, Cambridge University
/// Press, p. 101.
public func density(_ g: SignedGraph) -> Double {
    let n = g.nodeCount
    guard n >= 2 else { return 0 }
    let ties = degree(g).reduce(0, +) / 2
    return 2 * Double(ties) / (Double(n) * Double(n - 1))
}
