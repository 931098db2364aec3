/// The `limit` shortest simple paths between two nodes, shortest first: Yen's algorithm.
///
/// Definition: a simple path visits no node twice. Each tie the `length` function accepts
/// has a two-part length (primary, secondary), both ≥ 0; a path's length is the sum of its
/// ties' lengths, part by part, and paths are ordered by primary length, then secondary
/// length (each compared with a relative tolerance of 1e-12, so that the same sum added in
/// another order counts as equal), then by their sequence of node ids (lexicographically).
/// When the limit falls inside a group of equally long paths, which of them are returned is
/// fixed by the search's own tie-breaks (nodes settled by length, then by number), not
/// necessarily the lexicographically first: the result is one fixed list for a given graph.
/// Ties the function rejects (returns nil for) are not used; a pair of weight exactly 0 is
/// never used.
///
/// `relgraph path` uses it twice: strongest cooperative chains are (−log w, number of ties)
/// over positive ties, so the shortest path maximises the product of weights; shortest
/// signed chains are (1, −log |w|) over every tie: fewest ties first, then strongest, and
/// only those with the fewest ties (`shortestPrimaryOnly`).
///
/// With one part, this is `itertools.islice(networkx.shortest_simple_paths(G, source,
/// target, weight="length"), limit)` on the graph of accepted ties (NetworkX's
/// implementation is also Yen's); the order among paths of exactly equal length may differ.
///
/// Yen's algorithm: the shortest path by Dijkstra, then for each next path, every prefix of
/// the last one found is a root, and a spur path from its last node avoids the root's other
/// nodes and the ties that paths already found leave that same root by. Each Dijkstra search
/// uses a binary heap and stops when it settles the target: O(m log n). A path of k takes at
/// most its number of nodes in searches, so the whole is O(k · L · m log n) time for paths of
/// up to L nodes, O(n + m + k · L²) memory.
///
/// - Parameters:
///   - g: the graph.
///   - source, target: node numbers; distinct.
///   - limit: how many paths at most (≥ 1).
///   - shortestPrimaryOnly: stop at the first path whose primary length exceeds the
///     shortest path's: only paths of the least primary length are returned, and the
///     search does no work for the others.
///   - length: a tie's (primary, secondary) length from its weight, or nil to leave it out.
/// - Returns: up to `limit` paths, each the node numbers from `source` to `target`; `[]` when
///   no path joins them. Cannot fail.
///
/// References: J. Y. Yen (1971), "Finding the k shortest loopless paths in a network",
/// Management Science 17(11): 712–716; E. W. Dijkstra (1959), "A note on two problems in
/// connexion with graphs", Numerische Mathematik 1: 269–271.
public func shortestSimplePaths(_ g: SignedGraph, from source: Int, to target: Int, limit: Int, shortestPrimaryOnly: Bool = false,
                                length: (Double) -> (Double, Double)?) -> [[Int]] {
    yenPaths(g, from: source, to: target, limit: limit, shortestPrimaryOnly: shortestPrimaryOnly, length: length).paths
}

/// `shortestSimplePaths`, with the number of Dijkstra searches it ran: what bounds its work.
func yenPaths(_ g: SignedGraph, from source: Int, to target: Int, limit: Int, shortestPrimaryOnly: Bool = false,
              length: (Double) -> (Double, Double)?) -> (paths: [[Int]], searches: Int) {
    precondition(source != target && limit >= 1, "two distinct nodes, at least one path")
    let search = PathSearch(graph: g, length: length)
    var searches = 1
    guard let first = search.shortest(from: source, to: target, blockedNodes: [], blockedTies: []) else { return ([], searches) }
    var found = [first]
    var candidates: [PathSearch.Candidate] = []
    // Every path found or waiting, so that a spur path found twice is kept once.
    var known: Set<[Int]> = [first.nodes]
    while found.count < limit {
        let last = found[found.count - 1]
        for spurIndex in 0 ..< last.nodes.count - 1 {
            let root = last.nodes[0 ... spurIndex]
            var blockedTies = Set<PairKey>()
            for path in found where path.nodes.count > spurIndex + 1 && path.nodes[0 ... spurIndex].elementsEqual(root) {
                blockedTies.insert(PairKey(path.nodes[spurIndex], path.nodes[spurIndex + 1]))
            }
            let blockedNodes = Set(root.dropLast())
            searches += 1
            guard let spur = search.shortest(from: root[spurIndex], to: target, blockedNodes: blockedNodes, blockedTies: blockedTies) else { continue }
            let nodes = Array(root.dropLast() + spur.nodes)
            if known.insert(nodes).inserted {
                candidates.append(search.candidate(nodes))
            }
        }
        guard let best = candidates.indices.min(by: { search.precedes(candidates[$0], candidates[$1]) }) else { break }
        if shortestPrimaryOnly && !PathSearch.nearlyEqual(candidates[best].primary, first.primary) { break }
        found.append(candidates.remove(at: best))
    }
    // Yen finds equally long paths in the order its spur searches meet them; sorting them
    // puts them in the documented order without changing which were found.
    return (found.sorted { search.precedes($0, $1) }.map(\.nodes), searches)
}

/// Dijkstra's search for Yen's algorithm, over the ties a length function accepts.
struct PathSearch {
    let graph: SignedGraph
    /// Each node's usable ties with their lengths, in neighbour order.
    let arcs: [[(node: Int, primary: Double, secondary: Double)]]

    struct Candidate {
        var nodes: [Int]
        var primary: Double
        var secondary: Double
    }

    init(graph: SignedGraph, length: (Double) -> (Double, Double)?) {
        self.graph = graph
        arcs = graph.adjacency.map { row in
            row.compactMap { neighbour in
                guard neighbour.weight != 0, let (primary, secondary) = length(neighbour.weight) else { return nil }
                precondition(primary >= 0 && secondary >= 0, "path lengths must not be negative")
                return (neighbour.node, primary, secondary)
            }
        }
    }

    /// The path with its length summed from the source, tie by tie: the same path always gets
    /// the same bits, however it was found.
    func candidate(_ nodes: [Int]) -> Candidate {
        var primary = 0.0, secondary = 0.0
        for (a, b) in zip(nodes, nodes.dropFirst()) {
            let arc = arcs[a].first { $0.node == b }!
            primary += arc.primary
            secondary += arc.secondary
        }
        return Candidate(nodes: nodes, primary: primary, secondary: secondary)
    }

    /// Shorter first, then by node ids.
    func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if let order = Self.compare(a.primary, a.secondary, b.primary, b.secondary) { return order }
        return a.nodes.map { graph.nodes[$0] }.lexicographicallyPrecedes(b.nodes.map { graph.nodes[$0] })
    }

    /// True when (p, s) is shorter, false when longer, nil when equal within tolerance.
    static func compare(_ p: Double, _ s: Double, _ q: Double, _ t: Double) -> Bool? {
        if !nearlyEqual(p, q) { return p < q }
        if !nearlyEqual(s, t) { return s < t }
        return nil
    }

    static func nearlyEqual(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    }

    /// The shortest path from `source` to `target` avoiding the blocked nodes and ties; among
    /// equal lengths, the one whose nodes were reached first. Nodes are settled by length,
    /// then by number (lengths compared exactly here: two routes of the same length differ
    /// at most in the last bits of their sums, and either is a shortest path).
    func shortest(from source: Int, to target: Int, blockedNodes: Set<Int>, blockedTies: Set<PairKey>) -> Candidate? {
        let n = graph.nodeCount
        var primary = [Double](repeating: .infinity, count: n)
        var secondary = [Double](repeating: .infinity, count: n)
        var previous = [Int](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        for node in blockedNodes { settled[node] = true }
        primary[source] = 0
        secondary[source] = 0
        // Entries go stale when a node is reached by a shorter route; they are skipped.
        var queue = LengthHeap()
        queue.push(.init(primary: 0, secondary: 0, node: source))
        while let entry = queue.pop() {
            let next = entry.node
            if settled[next] || entry.primary != primary[next] || entry.secondary != secondary[next] { continue }
            if next == target { break }
            settled[next] = true
            for arc in arcs[next] where !settled[arc.node] && !blockedTies.contains(PairKey(next, arc.node)) {
                let p = primary[next] + arc.primary, s = secondary[next] + arc.secondary
                if (p, s) < (primary[arc.node], secondary[arc.node]) {
                    primary[arc.node] = p
                    secondary[arc.node] = s
                    previous[arc.node] = next
                    queue.push(.init(primary: p, secondary: s, node: arc.node))
                }
            }
        }
        guard primary[target].isFinite else { return nil }
        var nodes = [target]
        while nodes[nodes.count - 1] != source { nodes.append(previous[nodes[nodes.count - 1]]) }
        return candidate(nodes.reversed())
    }
}

/// A binary min-heap of (primary, secondary, node), ordered exactly in that order.
struct LengthHeap {
    struct Entry {
        var primary: Double
        var secondary: Double
        var node: Int

        func precedes(_ other: Entry) -> Bool {
            (primary, secondary, node) < (other.primary, other.secondary, other.node)
        }
    }

    private var entries: [Entry] = []

    mutating func push(_ entry: Entry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        if entries.isEmpty { return top }
        entries[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < entries.count, entries[left].precedes(entries[smallest]) { smallest = left }
            if right < entries.count, entries[right].precedes(entries[smallest]) { smallest = right }
            if smallest == parent { break }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
