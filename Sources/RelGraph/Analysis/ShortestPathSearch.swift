import Dispatch

/// The ties of a graph as flat arrays for the shortest-path measures (betweenness, closeness):
/// each tie of non-zero weight once in each direction, with length 1/|w|.
///
/// A stronger relation is a shorter distance; a weight of exactly 0 would be an infinite
/// length, so such a pair is left out, as if there were no tie. Weights must be finite (a
/// `SignedGraph` keeps them in −1…+1), so every length is positive.
struct TieLengths: Sendable {
    struct Arc: Sendable {
        var target: Int32
        var length: Double
    }

    let nodeCount: Int
    /// Ties of node i are `arcs[offsets[i] ..< offsets[i + 1]]`, in neighbour order.
    let offsets: [Int]
    let arcs: [Arc]

    init(_ graph: SignedGraph) {
        precondition(graph.nodeCount < Int(Int32.max), "too many nodes")
        nodeCount = graph.nodeCount
        var offsets = [0]
        offsets.reserveCapacity(graph.nodeCount + 1)
        var arcs: [Arc] = []
        arcs.reserveCapacity(2 * graph.pairCount)
        for row in graph.adjacency {
            for neighbour in row where neighbour.weight != 0 {
                precondition(neighbour.weight.isFinite, "tie weights must be finite")
                arcs.append(Arc(target: Int32(neighbour.node), length: 1 / abs(neighbour.weight)))
            }
            offsets.append(arcs.count)
        }
        self.offsets = offsets
        self.arcs = arcs
    }

    /// Runs `body` with unchecked views of the arrays, for the inner loops.
    func withBuffers<R>(_ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Arc>) -> R) -> R {
        offsets.withUnsafeBufferPointer { offsets in arcs.withUnsafeBufferPointer { arcs in body(offsets, arcs) } }
    }
}

/// Dijkstra's search from one source at a time, counting shortest paths as NetworkX's
/// `_single_source_dijkstra_path_basic` does: the predecessors of w are the nodes u settled
/// before it with distance(u) + length(u, w) == distance(w), compared exactly (no epsilon),
/// and σ(w) is the sum of their σ.
///
/// The queue is a 4-ary min-heap holding each reached, unsettled node once, keyed by its
/// distance and moved up when the distance shortens (nx instead pushes duplicates into a
/// binary heap and skips stale ones; the settling order by distance is the same). Nodes at
/// equal distance are settled in the heap's order, which is fixed for a given graph but not
/// nx's; as every tie has positive length they are never each other's predecessors, so only
/// the order of floating-point additions — the last bits — can differ from nx.
///
/// Predecessors are found while settling a node, in the same pass over its ties that
/// relaxes its neighbours (a neighbour strictly closer than it is settled already), and
/// kept in a flat list in settling order, so Brandes's backward pass reads only them.
///
/// One instance per thread; its buffers are reused from source to source and only the
/// nodes a search reached are reset afterwards.
final class ShortestPathSearch {
    struct Reach {
        /// Distance from the current source; +∞ when not reached.
        var distance = Double.infinity
        /// Number of shortest paths from the source (σ).
        var pathCount = 0.0
    }

    let nodeCount: Int
    /// Distance and σ side by side: one cache line per tie followed.
    let reach: UnsafeMutablePointer<Reach>
    /// Brandes's dependency δ of the source on each node.
    let dependency: UnsafeMutablePointer<Double>
    /// Nodes in the order they were settled (never decreasing distance); the first
    /// `settledCount` entries are valid.
    let settled: UnsafeMutablePointer<Int>
    private(set) var settledCount = 0
    /// The predecessors of `settled[k]` are `predecessors[predecessorStart[k] ..< predecessorStart[k + 1]]`.
    private let predecessorStart: UnsafeMutablePointer<Int>
    private let predecessors: UnsafeMutablePointer<Int32>

    /// The heap: distances as their bit patterns (ordered like the distances, which are never
    /// negative), compared as integers so that the comparisons compile to conditional moves.
    private let heapKeys: UnsafeMutablePointer<UInt64>
    private let heapNodes: UnsafeMutablePointer<Int32>
    private var heapCount = 0
    /// Where each node sits in the heap; −1 when it is not there.
    private let heapPosition: UnsafeMutablePointer<Int32>

    /// - Parameter arcCount: ties counted in both directions; bounds the predecessor lists.
    init(nodeCount: Int, arcCount: Int) {
        self.nodeCount = nodeCount
        let size = max(nodeCount, 1)
        reach = .allocate(capacity: size)
        reach.initialize(repeating: Reach(), count: size)
        dependency = .allocate(capacity: size)
        dependency.initialize(repeating: 0, count: size)
        settled = .allocate(capacity: size)
        settled.initialize(repeating: 0, count: size)
        predecessorStart = .allocate(capacity: size + 1)
        predecessorStart.initialize(repeating: 0, count: size + 1)
        predecessors = .allocate(capacity: max(arcCount, 1))
        heapKeys = .allocate(capacity: size)
        heapNodes = .allocate(capacity: size)
        heapPosition = .allocate(capacity: size)
        heapPosition.initialize(repeating: -1, count: size)
    }

    deinit {
        reach.deallocate()
        dependency.deallocate()
        settled.deallocate()
        predecessorStart.deallocate()
        predecessors.deallocate()
        heapKeys.deallocate()
        heapNodes.deallocate()
        heapPosition.deallocate()
    }

    /// Settles every node reachable from `source`, filling `reach`, `settled` and the
    /// predecessor lists. Call `reset()` before the next source.
    func search(from source: Int, offsets: UnsafeBufferPointer<Int>, arcs: UnsafeBufferPointer<TieLengths.Arc>) {
        reach[source].distance = 0
        heapCount = 1
        siftUp(0, 0, Int32(source))
        var predecessorCount = 0
        predecessorStart[0] = 0
        while heapCount > 0 {
            let v = Int(popMin())
            let dv = reach[v].distance
            var sigma = v == source ? 1.0 : 0.0
            for e in offsets[v] ..< offsets[v + 1] {
                let arc = arcs[e]
                let w = Int(arc.target)
                let current = reach[w].distance
                // Both tests are rarely true, so both branches predict well. Only a settled w
                // (strictly closer than v) can pass the first: any other is at least as far.
                if current + arc.length == dv {
                    sigma += reach[w].pathCount
                    predecessors[predecessorCount] = arc.target
                    predecessorCount += 1
                }
                let candidate = dv + arc.length
                if candidate < current {
                    reach[w].distance = candidate
                    var position = Int(heapPosition[w])
                    if position < 0 {
                        position = heapCount
                        heapCount += 1
                    }
                    siftUp(position, candidate.bitPattern, arc.target)
                }
            }
            reach[v].pathCount = sigma
            settled[settledCount] = v
            settledCount += 1
            predecessorStart[settledCount] = predecessorCount
        }
    }

    /// Brandes's back-propagation over the last search: adds each node's dependency (not the
    /// source's own) to `betweenness`.
    func accumulateDependencies(source: Int, into betweenness: UnsafeMutablePointer<Double>) {
        var index = settledCount
        while index > 0 {
            index -= 1
            let w = settled[index]
            let coefficient = (1 + dependency[w]) / reach[w].pathCount
            for k in predecessorStart[index] ..< predecessorStart[index + 1] {
                let v = Int(predecessors[k])
                dependency[v] += reach[v].pathCount * coefficient
            }
            if w != source { betweenness[w] += dependency[w] }
        }
    }

    /// Clears what the last search touched (every node it reached was settled).
    func reset() {
        for index in 0 ..< settledCount {
            let v = settled[index]
            reach[v] = Reach()
            dependency[v] = 0
        }
        settledCount = 0
        heapCount = 0
    }

    // MARK: 4-ary min-heap on distance bit patterns, with positions for decrease-key

    /// Places (key, node) at `start` or above; the key is no greater than the one there.
    private func siftUp(_ start: Int, _ key: UInt64, _ node: Int32) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            let above = heapKeys[parent]
            if key >= above { break }
            let aboveNode = heapNodes[parent]
            heapKeys[i] = above
            heapNodes[i] = aboveNode
            heapPosition[Int(aboveNode)] = Int32(i)
            i = parent
        }
        heapKeys[i] = key
        heapNodes[i] = node
        heapPosition[Int(node)] = Int32(i)
    }

    /// Removes and returns a node of least key. Equal keys come out in an order fixed by the
    /// sequence of operations, so the same graph always gives the same order.
    private func popMin() -> Int32 {
        let top = heapNodes[0]
        heapPosition[Int(top)] = -1
        heapCount -= 1
        let count = heapCount
        if count > 0 {
            let key = heapKeys[count], node = heapNodes[count]
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= count { break }
                var child = first
                var least = heapKeys[first]
                if first + 3 < count {
                    // All four children: selections without branches.
                    let k1 = heapKeys[first + 1], k2 = heapKeys[first + 2], k3 = heapKeys[first + 3]
                    let c01 = k1 < least ? first + 1 : first
                    let m01 = min(least, k1)
                    let c23 = k3 < k2 ? first + 3 : first + 2
                    let m23 = min(k2, k3)
                    child = m23 < m01 ? c23 : c01
                    least = min(m01, m23)
                } else {
                    var other = first + 1
                    while other < count {
                        if heapKeys[other] < least {
                            least = heapKeys[other]
                            child = other
                        }
                        other += 1
                    }
                }
                if least >= key { break }
                let childNode = heapNodes[child]
                heapKeys[i] = least
                heapNodes[i] = childNode
                heapPosition[Int(childNode)] = Int32(i)
                i = child
            }
            heapKeys[i] = key
            heapNodes[i] = node
            heapPosition[Int(node)] = Int32(i)
        }
        return top
    }
}

/// How many contiguous chunks the sources are split into. Fixed, not the number of cores, so
/// that partial sums, added in chunk order, give the same bits on every machine.
let sourceChunkCount = 8

/// Runs `body(sources, output)` for each of up to `sourceChunkCount` contiguous ranges of
/// `0 ..< count`, concurrently; each chunk writes only its own `width` doubles (zeroed).
/// Returns those rows, in chunk order.
func perSourceChunks(
    count: Int, width: Int,
    _ body: @Sendable (_ sources: Range<Int>, _ output: UnsafeMutablePointer<Double>) -> Void
) -> [[Double]] {
    let chunks = min(sourceChunkCount, count)
    guard chunks > 0 else { return [] }
    let output = UnsafeMutablePointer<Double>.allocate(capacity: chunks * max(width, 1))
    output.initialize(repeating: 0, count: chunks * max(width, 1))
    defer { output.deallocate() }
    let shared = SharedPointer(base: output)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let low = chunk * count / chunks
        let high = (chunk + 1) * count / chunks
        body(low ..< high, shared.base + chunk * width)
    }
    return (0 ..< chunks).map { chunk in Array(UnsafeBufferPointer(start: output + chunk * width, count: width)) }
}

/// A buffer handed to concurrent chunks that each write a disjoint part of it.
struct SharedPointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}
