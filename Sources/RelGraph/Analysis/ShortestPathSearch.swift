import Dispatch

/// The ties of a graph as flat arrays for the shortest-path measures (betweenness, closeness):
/// each tie of non-zero weight once in each direction, with length 1/|w|.
///
/// A stronger relation is a shorter distance; a weight of exactly 0 would be an infinite
/// length, so such a pair is left out, as if there were no tie.
struct TieLengths: Sendable {
    let nodeCount: Int
    /// Ties of node i are at `offsets[i] ..< offsets[i + 1]`, in neighbour order.
    let offsets: [Int]
    let targets: [Int]
    let lengths: [Double]

    init(_ graph: SignedGraph) {
        nodeCount = graph.nodeCount
        var offsets = [0]
        offsets.reserveCapacity(graph.nodeCount + 1)
        var targets: [Int] = []
        var lengths: [Double] = []
        targets.reserveCapacity(2 * graph.pairCount)
        lengths.reserveCapacity(2 * graph.pairCount)
        for row in graph.adjacency {
            for neighbour in row where neighbour.weight != 0 {
                targets.append(neighbour.node)
                lengths.append(1 / abs(neighbour.weight))
            }
            offsets.append(targets.count)
        }
        self.offsets = offsets
        self.targets = targets
        self.lengths = lengths
    }
}

/// Dijkstra's search from one source at a time, as NetworkX's
/// `_single_source_dijkstra_path_basic` does it: path counts (σ) for equal-length paths,
/// found by exact floating-point comparison, and nodes settled in order of distance, equal
/// distances in the order they were last improved.
///
/// One instance per thread; its buffers are reused from source to source and only the
/// nodes a search reached are reset afterwards.
final class ShortestPathSearch {
    let nodeCount: Int
    /// Distance from the current source; +∞ when not reached.
    let distance: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source.
    let pathCount: UnsafeMutablePointer<Double>
    /// Brandes's dependency δ of the source on each node.
    let dependency: UnsafeMutablePointer<Double>
    /// Nodes in the order they were settled; the first `settledCount` entries are valid.
    let settled: UnsafeMutablePointer<Int>
    private(set) var settledCount = 0

    private let heap: UnsafeMutablePointer<Int>
    private var heapCount = 0
    /// Position in `heap`; −1 never seen, −2 settled.
    private let heapPosition: UnsafeMutablePointer<Int>
    /// When the node's distance was last improved: the heap's tie-break, like nx's counter.
    private let stamp: UnsafeMutablePointer<Int>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let size = max(nodeCount, 1)
        distance = .allocate(capacity: size)
        distance.initialize(repeating: .infinity, count: size)
        pathCount = .allocate(capacity: size)
        pathCount.initialize(repeating: 0, count: size)
        dependency = .allocate(capacity: size)
        dependency.initialize(repeating: 0, count: size)
        settled = .allocate(capacity: size)
        settled.initialize(repeating: 0, count: size)
        heap = .allocate(capacity: size)
        heap.initialize(repeating: 0, count: size)
        heapPosition = .allocate(capacity: size)
        heapPosition.initialize(repeating: -1, count: size)
        stamp = .allocate(capacity: size)
        stamp.initialize(repeating: 0, count: size)
    }

    deinit {
        distance.deallocate()
        pathCount.deallocate()
        dependency.deallocate()
        settled.deallocate()
        heap.deallocate()
        heapPosition.deallocate()
        stamp.deallocate()
    }

    /// Settles every node reachable from `source`, filling `distance`, `pathCount` and
    /// `settled`. Call `reset()` before the next source.
    func search(from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>,
                lengths: UnsafeBufferPointer<Double>) {
        var clock = 0
        distance[source] = 0
        pathCount[source] = 1
        stamp[source] = clock
        heap[0] = source
        heapPosition[source] = 0
        heapCount = 1
        while heapCount > 0 {
            let v = popMin()
            heapPosition[v] = -2
            settled[settledCount] = v
            settledCount += 1
            let dv = distance[v]
            let sv = pathCount[v]
            for e in offsets[v] ..< offsets[v + 1] {
                let w = targets[e]
                let position = heapPosition[w]
                if position == -2 { continue }
                let candidate = dv + lengths[e]
                if position == -1 {
                    clock += 1
                    distance[w] = candidate
                    pathCount[w] = sv
                    stamp[w] = clock
                    heap[heapCount] = w
                    heapCount += 1
                    siftUp(heapCount - 1)
                } else if candidate < distance[w] {
                    clock += 1
                    distance[w] = candidate
                    pathCount[w] = sv
                    stamp[w] = clock
                    siftUp(position)
                } else if candidate == distance[w] {
                    pathCount[w] += sv
                }
            }
        }
    }

    /// Brandes's back-propagation over the last search: adds each node's dependency (not the
    /// source's own) to `into`.
    func accumulateDependencies(source: Int, into betweenness: UnsafeMutablePointer<Double>,
                                offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>,
                                lengths: UnsafeBufferPointer<Double>) {
        var index = settledCount
        while index > 0 {
            index -= 1
            let w = settled[index]
            let coefficient = (1 + dependency[w]) / pathCount[w]
            let dw = distance[w]
            // v precedes w on a shortest path exactly when nx would have put it in P[w]: the
            // same sum, compared exactly. Unreached nodes are at +∞ and never match.
            for e in offsets[w] ..< offsets[w + 1] {
                let v = targets[e]
                if distance[v] + lengths[e] == dw {
                    dependency[v] += pathCount[v] * coefficient
                }
            }
            if w != source { betweenness[w] += dependency[w] }
        }
    }

    /// Clears what the last search touched.
    func reset() {
        for index in 0 ..< settledCount {
            let v = settled[index]
            distance[v] = .infinity
            pathCount[v] = 0
            dependency[v] = 0
            heapPosition[v] = -1
        }
        settledCount = 0
        heapCount = 0
    }

    // MARK: Binary heap keyed by (distance, stamp)

    @inline(__always) private func precedes(_ a: Int, _ b: Int) -> Bool {
        let da = distance[a], db = distance[b]
        return da < db || (da == db && stamp[a] < stamp[b])
    }

    private func siftUp(_ start: Int) {
        var i = start
        let node = heap[i]
        while i > 0 {
            let parent = (i - 1) >> 1
            let above = heap[parent]
            if !precedes(node, above) { break }
            heap[i] = above
            heapPosition[above] = i
            i = parent
        }
        heap[i] = node
        heapPosition[node] = i
    }

    private func popMin() -> Int {
        let top = heap[0]
        heapCount -= 1
        if heapCount > 0 {
            let node = heap[heapCount]
            var i = 0
            while true {
                let left = 2 * i + 1
                if left >= heapCount { break }
                var child = left
                let right = left + 1
                if right < heapCount && precedes(heap[right], heap[left]) { child = right }
                let below = heap[child]
                if !precedes(below, node) { break }
                heap[i] = below
                heapPosition[below] = i
                i = child
            }
            heap[i] = node
            heapPosition[node] = i
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
