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

/// Dijkstra's search from one source at a time, as NetworkX's
/// `_single_source_dijkstra_path_basic` does it: path counts (σ) for equal-length paths,
/// found by exact floating-point comparison, and a heap of (distance, push counter) entries
/// with stale entries skipped, so nodes at equal distance are settled in the order nx
/// settles them (up to neighbour order).
///
/// One instance per thread; its buffers are reused from source to source and only the
/// nodes a search reached are reset afterwards. What a node's search needs sits together in
/// one `NodeState`, so each tie followed touches one cache line.
final class ShortestPathSearch {
    struct NodeState {
        /// Distance from the current source; +∞ when not reached.
        var distance = Double.infinity
        /// Number of shortest paths from the source (σ).
        var pathCount = 0.0
        /// Brandes's dependency δ of the source on the node.
        var dependency = 0.0
        var isSettled = false
    }

    private struct HeapEntry {
        var distance: Double
        var stamp: Int32
        var node: Int32
    }

    let nodeCount: Int
    let state: UnsafeMutablePointer<NodeState>
    /// Nodes in the order they were settled; the first `settledCount` entries are valid.
    let settled: UnsafeMutablePointer<Int>
    private(set) var settledCount = 0

    private let heap: UnsafeMutablePointer<HeapEntry>
    private var heapCount = 0

    /// - Parameter arcCount: ties counted in both directions; bounds the heap (one entry per
    ///   improvement, at most one per arc, plus the source).
    init(nodeCount: Int, arcCount: Int) {
        self.nodeCount = nodeCount
        state = .allocate(capacity: max(nodeCount, 1))
        state.initialize(repeating: NodeState(), count: max(nodeCount, 1))
        settled = .allocate(capacity: max(nodeCount, 1))
        settled.initialize(repeating: 0, count: max(nodeCount, 1))
        heap = .allocate(capacity: arcCount + 1)
    }

    deinit {
        state.deallocate()
        settled.deallocate()
        heap.deallocate()
    }

    /// Settles every node reachable from `source`, filling distances, path counts and
    /// `settled`. Call `reset()` before the next source.
    func search(from source: Int, offsets: UnsafeBufferPointer<Int>, arcs: UnsafeBufferPointer<TieLengths.Arc>) {
        var clock: Int32 = 0
        state[source].distance = 0
        state[source].pathCount = 1
        push(HeapEntry(distance: 0, stamp: clock, node: Int32(source)))
        while heapCount > 0 {
            let v = Int(popMin().node)
            if state[v].isSettled { continue }  // a stale entry: v was reached sooner
            state[v].isSettled = true
            settled[settledCount] = v
            settledCount += 1
            let dv = state[v].distance
            let sv = state[v].pathCount
            for e in offsets[v] ..< offsets[v + 1] {
                let arc = arcs[e]
                let w = state + Int(arc.target)
                if w.pointee.isSettled { continue }
                let candidate = dv + arc.length
                let current = w.pointee.distance
                if candidate < current {
                    clock += 1
                    w.pointee.distance = candidate
                    w.pointee.pathCount = sv
                    push(HeapEntry(distance: candidate, stamp: clock, node: arc.target))
                } else if candidate == current {
                    w.pointee.pathCount += sv
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
            let dependency = state[w].dependency
            let coefficient = (1 + dependency) / state[w].pathCount
            let dw = state[w].distance
            // v precedes w on a shortest path exactly when nx would have put it in P[w]: the
            // same sum, compared exactly. Unreached nodes are at +∞ and never match.
            for e in offsets[w] ..< offsets[w + 1] {
                let arc = arcs[e]
                let v = state + Int(arc.target)
                if v.pointee.distance + arc.length == dw {
                    v.pointee.dependency += v.pointee.pathCount * coefficient
                }
            }
            if w != source { betweenness[w] += dependency }
        }
    }

    /// Clears what the last search touched (every node it reached was settled).
    func reset() {
        for index in 0 ..< settledCount { state[settled[index]] = NodeState() }
        settledCount = 0
        heapCount = 0
    }

    // MARK: Binary heap ordered by (distance, stamp)

    @inline(__always) private static func precedes(_ a: HeapEntry, _ b: HeapEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.stamp < b.stamp)
    }

    private func push(_ entry: HeapEntry) {
        var i = heapCount
        heapCount += 1
        while i > 0 {
            let parent = (i - 1) >> 1
            if !Self.precedes(entry, heap[parent]) { break }
            heap[i] = heap[parent]
            i = parent
        }
        heap[i] = entry
    }

    private func popMin() -> HeapEntry {
        let top = heap[0]
        heapCount -= 1
        if heapCount > 0 {
            let entry = heap[heapCount]
            var i = 0
            while true {
                let left = 2 * i + 1
                if left >= heapCount { break }
                var child = left
                if left + 1 < heapCount && Self.precedes(heap[left + 1], heap[left]) { child = left + 1 }
                if !Self.precedes(heap[child], entry) { break }
                heap[i] = heap[child]
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
