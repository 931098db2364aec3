/// An undirected signed, weighted graph over actors: what the measures and the scenario
/// engine compute on.
///
/// Each unordered pair holds one weight, the sum of every tie between the two (a directed
/// tie counts for its pair), clamped to −1 … +1: an alliance and an energy partnership make
/// a stronger relation than either alone, and cooperation and friction of equal size cancel.
/// Nodes are numbered by their position in `nodes`; everything is kept sorted so the same
/// input always gives the same iteration order and the same bytes downstream.
public struct SignedGraph: Sendable, Equatable {
    /// Actor ids; a node's number is its position here.
    public let nodes: [String]
    public let index: [String: Int]
    /// Neighbours of each node with the pair's weight, sorted by neighbour number. Symmetric.
    public private(set) var adjacency: [[Neighbour]] {
        // A change in place makes the table stale; `neighbourTable` then rebuilds it per read
        // rather than every edit paying O(n + m) to keep it current.
        didSet { builtTable = nil }
    }

    /// The non-zero ties as compressed sparse rows, made by the initializers; nil once the
    /// graph has been changed in place.
    private var builtTable: NeighbourTable?

    /// The non-zero ties as compressed sparse rows, for the measures that only follow ties.
    /// Made once with the graph; on a graph changed in place since (`setWeight`, `removePair`,
    /// `isolate`) it is rebuilt at each read, O(n + m), which is what any reader spends anyway.
    public var neighbourTable: NeighbourTable { builtTable ?? NeighbourTable(adjacency) }

    public struct Neighbour: Sendable, Equatable {
        public var node: Int
        public var weight: Double
        public init(node: Int, weight: Double) {
            self.node = node
            self.weight = weight
        }
    }

    /// An empty graph on `nodes` (ids must be unique).
    public init(nodes: [String]) {
        self.nodes = nodes
        var index: [String: Int] = [:]
        for (position, id) in nodes.enumerated() { index[id] = position }
        self.index = index
        adjacency = Array(repeating: [], count: nodes.count)
        builtTable = NeighbourTable(adjacency)
    }

    /// A graph from rows already sorted by neighbour and symmetric, with the index of `nodes`.
    init(nodes: [String], index: [String: Int], sortedAdjacency: [[Neighbour]]) {
        self.nodes = nodes
        self.index = index
        adjacency = sortedAdjacency
        builtTable = NeighbourTable(sortedAdjacency)
    }

    /// A graph with the given pair weights; repeated pairs are summed, then clamped.
    public init(nodes: [String], pairs: [(String, String, Double)]) {
        self.init(nodes: nodes)
        var sums: [PairKey: Double] = [:]
        for (a, b, weight) in pairs {
            guard let i = index[a], let j = index[b], i != j else { continue }
            sums[PairKey(i, j), default: 0] += weight
        }
        for (key, sum) in sums { setWeight(key.low, key.high, Self.clamp(sum)) }
        builtTable = NeighbourTable(adjacency)
    }

    /// Same nodes and same weights; whether the table is built yet is no part of the value.
    public static func == (a: SignedGraph, b: SignedGraph) -> Bool {
        a.nodes == b.nodes && a.index == b.index && a.adjacency == b.adjacency
    }

    public var nodeCount: Int { nodes.count }

    /// Every pair with a tie, low node first, in order.
    public var pairs: [(Int, Int, Double)] {
        var result: [(Int, Int, Double)] = []
        for i in adjacency.indices {
            for neighbour in adjacency[i] where neighbour.node > i { result.append((i, neighbour.node, neighbour.weight)) }
        }
        return result
    }

    public var pairCount: Int { adjacency.reduce(0) { $0 + $1.count } / 2 }

    /// The pair's weight, or nil when the two have no tie.
    public func weight(_ i: Int, _ j: Int) -> Double? {
        let row = adjacency[i]
        var low = 0, high = row.count
        while low < high {
            let middle = (low + high) / 2
            if row[middle].node < j { low = middle + 1 } else { high = middle }
        }
        return low < row.count && row[low].node == j ? row[low].weight : nil
    }

    public func weight(_ a: String, _ b: String) -> Double? {
        guard let i = index[a], let j = index[b] else { return nil }
        return weight(i, j)
    }

    /// Sets (or adds) the pair's weight on both sides.
    public mutating func setWeight(_ i: Int, _ j: Int, _ weight: Double) {
        precondition(i != j, "no self-ties")
        Self.upsert(&adjacency[i], j, weight)
        Self.upsert(&adjacency[j], i, weight)
    }

    /// Removes the pair's tie, if any.
    public mutating func removePair(_ i: Int, _ j: Int) {
        adjacency[i].removeAll { $0.node == j }
        adjacency[j].removeAll { $0.node == i }
    }

    /// Removes every tie of a node; the node keeps its number.
    public mutating func isolate(_ i: Int) {
        for neighbour in adjacency[i] { adjacency[neighbour.node].removeAll { $0.node == i } }
        adjacency[i] = []
    }

    /// Only the cooperative pairs (weight > 0): what brokerage and influence are measured on.
    public var cooperativePart: SignedGraph {
        var copy = self
        for i in copy.adjacency.indices { copy.adjacency[i].removeAll { $0.weight <= 0 } }
        copy.builtTable = NeighbourTable(copy.adjacency)
        return copy
    }

    public static func clamp(_ value: Double) -> Double { min(1, max(-1, value)) }

    private static func upsert(_ row: inout [Neighbour], _ node: Int, _ weight: Double) {
        var low = 0, high = row.count
        while low < high {
            let middle = (low + high) / 2
            if row[middle].node < node { low = middle + 1 } else { high = middle }
        }
        if low < row.count && row[low].node == node {
            row[low].weight = weight
        } else {
            row.insert(Neighbour(node: node, weight: weight), at: low)
        }
    }
}

/// An unordered pair of node numbers, low first.
public struct PairKey: Hashable, Comparable, Sendable {
    public let low: Int
    public let high: Int
    public init(_ a: Int, _ b: Int) {
        low = min(a, b)
        high = max(a, b)
    }
    public static func < (a: PairKey, b: PairKey) -> Bool { (a.low, a.high) < (b.low, b.high) }

    /// low << 32 | high: ordered as the pairs are, for sorting many pairs as integers.
    var packed: UInt64 { UInt64(low) << 32 | UInt64(high) }

    init(packed: UInt64) {
        low = Int(packed >> 32)
        high = Int(packed & 0xFFFF_FFFF)
    }
}

extension Snapshot {
    /// The snapshot as a signed graph over its actors.
    public var signedGraph: SignedGraph {
        SignedGraph(nodes: actors.map(\.id), pairs: ties.map { ($0.from, $0.to, $0.weight) })
    }
}
