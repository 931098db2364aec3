import Dispatch

/// The ties of a graph as flat arrays for the shortest-path measures (betweenness, closeness):
/// each tie of non-zero weight once in each direction, with length 1/|w|.
///
/// A stronger relation is a shorter distance; a weight of exactly 0 would be an infinite
/// length, so such a pair is left out, as if there were no tie.
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
/// `_single_source_dijkstra_path_basic` does: σ(w) sums σ over every predecessor whose
/// distance plus the tie's length equals w's distance, compared exactly (no epsilon).
///
/// The queue is a 4-ary min-heap of (distance, node) entries with stale entries skipped
/// (nx uses a binary heap the same way). Nodes at equal distance are settled in the heap's
/// order, which is fixed for a given graph but not nx's; as no tie is shorter than zero, they
/// never precede one another on a path, so only the order of floating-point additions — the
/// last bits — can differ from nx.
///
/// One instance per thread; its buffers are reused from source to source and only the
/// nodes a search reached are reset afterwards. The forward search reads only `reach`
/// (distance and path count side by side, one cache line per tie followed).
final class ShortestPathSearch {
    struct Reach {
        /// Distance from the current source; +∞ when not reached.
        var distance = Double.infinity
        /// Number of shortest paths from the source (σ).
        var pathCount = 0.0
    }

    private struct HeapEntry {
        var distance: Double
        var node: Int
    }

    let nodeCount: Int
    let reach: UnsafeMutablePointer<Reach>
    /// Brandes's dependency δ of the source on each node.
    let dependency: UnsafeMutablePointer<Double>
    private let isSettled: UnsafeMutablePointer<Bool>
    /// Nodes in the order they were settled (never decreasing distance); the first
    /// `settledCount` entries are valid.
    let settled: UnsafeMutablePointer<Int>
    private(set) var settledCount = 0

    private let heap: UnsafeMutablePointer<HeapEntry>
    private var heapCount = 0

    /// - Parameter arcCount: ties counted in both directions; bounds the heap (one entry per
    ///   improvement, at most one per arc, plus the source).
    init(nodeCount: Int, arcCount: Int) {
        self.nodeCount = nodeCount
        let size = max(nodeCount, 1)
        reach = .allocate(capacity: size)
        reach.initialize(repeating: Reach(), count: size)
        dependency = .allocate(capacity: size)
        dependency.initialize(repeating: 0, count: size)
        isSettled = .allocate(capacity: size)
        isSettled.initialize(repeating: false, count: size)
        settled = .allocate(capacity: size)
        settled.initialize(repeating: 0, count: size)
        heap = .allocate(capacity: arcCount + 1)
    }

    deinit {
        reach.deallocate()
        dependency.deallocate()
        isSettled.deallocate()
        settled.deallocate()
        heap.deallocate()
    }

    /// Settles every node reachable from `source`, filling `reach` and `settled`. Call
    /// `reset()` before the next source.
    func search(from source: Int, offsets: UnsafeBufferPointer<Int>, arcs: UnsafeBufferPointer<TieLengths.Arc>) {
        reach[source] = Reach(distance: 0, pathCount: 1)
        push(HeapEntry(distance: 0, node: source))
        while heapCount > 0 {
            let v = popMin().node
            if isSettled[v] { continue }  // a stale entry: v was reached sooner
            isSettled[v] = true
            settled[settledCount] = v
            settledCount += 1
            let dv = reach[v].distance
            let sv = reach[v].pathCount
            for e in offsets[v] ..< offsets[v + 1] {
                let arc = arcs[e]
                let w = Int(arc.target)
                let candidate = dv + arc.length
                let current = reach[w].distance
                // A settled w is no farther than v, and ties have positive length, so the
                // first test fails for it; the second needs the flag only against rounding.
                if candidate < current {
                    reach[w] = Reach(distance: candidate, pathCount: sv)
                    push(HeapEntry(distance: candidate, node: w))
                } else if candidate == current && !isSettled[w] {
                    reach[w].pathCount += sv
                }
            }
        }
    }

    /// Brandes's back-propagation over the last search: adds each node's dependency (not the
    /// source's own) to `betweenness`.
    func accumulateDependencies(source: Int, into betweenness: UnsafeMutablePointer<Double>,
                                offsets: UnsafeBufferPointer<Int>, arcs: UnsafeBufferPointer<TieLengths.Arc>) {
        var index = settledCount
        while index > 0 {
            index -= 1
            let w = settled[index]
            let dw = reach[w].distance
            let coefficient = (1 + dependency[w]) / reach[w].pathCount
            // v precedes w on a shortest path exactly when nx would have put it in P[w]: the
            // same sum, compared exactly. Unreached nodes are at +∞ and never match.
            for e in offsets[w] ..< offsets[w + 1] {
                let arc = arcs[e]
                let v = Int(arc.target)
                let r = reach[v]
                if r.distance + arc.length == dw { dependency[v] += r.pathCount * coefficient }
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
            isSettled[v] = false
        }
        settledCount = 0
        heapCount = 0
    }

    // MARK: 4-ary min-heap ordered by (distance, node)

    @inline(__always) private static func precedes(_ a: HeapEntry, _ b: HeapEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.node < b.node)
    }

    private func push(_ entry: HeapEntry) {
        var i = heapCount
        heapCount += 1
        while i > 0 {
            let parent = (i - 1) >> 2
            if !Self.precedes(entry, heap[parent]) { break }
            heap[i] = heap[parent]
            i = parent
        }
        heap[i] = entry
    }

    private func popMin() -> HeapEntry {
        let top = heap[0]
        heapCount -= 1
        let count = heapCount
        if count > 0 {
            let entry = heap[count]
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= count { break }
                var child = first
                var best = heap[first]
                let last = min(first + 4, count)
                var candidate = first + 1
                while candidate < last {
                    let other = heap[candidate]
                    if Self.precedes(other, best) {
                        best = other
                        child = candidate
                    }
                    candidate += 1
                }
                if !Self.precedes(best, entry) { break }
                heap[i] = best
                i = child
            }
            heap[i] = entry
        }
        return top
    }
}

/// How many contiguous chunks the sources are split into. Fixed, not the number of cores, so
/// that partial sums, added in chunk order, give the same bits on every machine.
let sourceChunkCount = 8

/// Runs `body(chunk, sources)` for each of up to `sourceChunkCount` contiguous ranges of
/// `0 ..< count`, concurrently; each chunk writes its own `width` doubles of the buffer it is
/// given (zeroed). Returns the buffers, one row per chunk, in chunk order.
func perSourceChunks(count: Int, width: Int,
                     _ body: @Sendable (_ sources: Range<Int>, _ output: UnsafeMutablePointer<Double>) -> Void) -> [[Double]] {
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
