/// An undirected signed, weighted graph over actors: what the measures and the scenario
/// engine compute on.
///
/// Each unordered pair holds its `Relation`: the relation r (`weight`, −1 … +1), made from
/// every tie between the two (a directed tie counts for its pair, with its kind's share κ),
/// and its cooperative part c (`cooperative`, 0 … 1). Signed measures (strength, balance,
/// blocs, chains) read r; the cooperative subgraph (`cooperativePart`: brokerage, influence,
/// closeness) takes c, one edge per pair, as NetworkX keeps one. For a pair with one tie,
/// r is its effective weight and c = max(r, 0).
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
        /// The pair's relation r.
        public var weight: Double
        /// The pair's cooperative part c (0 … 1): its weight in `cooperativePart`.
        public var cooperative: Double
        /// A pair of one tie of effective weight `weight` (c = max(weight, 0)) unless `cooperative` is given.
        public init(node: Int, weight: Double, cooperative: Double? = nil) {
            self.node = node
            self.weight = weight
            self.cooperative = cooperative ?? max(weight, 0)
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

    /// A graph from ties: each entry is one tie's ends and its *effective* weight
    /// (`Tie.effectiveWeight`); the ties of a pair make its `Relation`. Entries naming an
    /// unknown node or the same node twice are skipped.
    public init(nodes: [String], pairs: [(String, String, Double)]) {
        self.init(nodes: nodes)
        var keyed: [(key: UInt64, weight: Double)] = []
        keyed.reserveCapacity(pairs.count)
        for (a, b, weight) in pairs {
            guard let i = index[a], let j = index[b], i != j else { continue }
            keyed.append((PairKey(i, j).packed, weight))
        }
        // Grouped by pair (a stable order within a pair does not matter: Relation sorts).
        keyed.sort { $0.key < $1.key }
        var rows = [[Neighbour]](repeating: [], count: nodes.count)
        var position = 0
        var weights: [Double] = []
        while position < keyed.count {
            let key = keyed[position].key
            weights.removeAll(keepingCapacity: true)
            while position < keyed.count && keyed[position].key == key {
                weights.append(keyed[position].weight)
                position += 1
            }
            let pair = PairKey(packed: key)
            let relation = Relation(effectiveWeights: weights)
            // Pairs come in (low, high) order, so every row is filled in ascending order.
            rows[pair.low].append(Neighbour(node: pair.high, weight: relation.value, cooperative: relation.cooperative))
            rows[pair.high].append(Neighbour(node: pair.low, weight: relation.value, cooperative: relation.cooperative))
        }
        adjacency = rows
        builtTable = NeighbourTable(rows)
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

    /// Sets (or adds) the pair's relation on both sides: a pair of one tie of that
    /// effective weight unless its cooperative part is given.
    public mutating func setWeight(_ i: Int, _ j: Int, _ weight: Double, cooperative: Double? = nil) {
        precondition(i != j, "no self-ties")
        Self.upsert(&adjacency[i], Neighbour(node: j, weight: weight, cooperative: cooperative))
        Self.upsert(&adjacency[j], Neighbour(node: i, weight: weight, cooperative: cooperative))
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

    /// The cooperative subgraph: every pair with a cooperative part c > 0, weighted by c (a
    /// mixed pair is in it even when its relation is negative): what brokerage, influence and
    /// closeness are measured on. For pairs of one tie, the ties of positive weight.
    public var cooperativePart: SignedGraph {
        var copy = self
        for i in copy.adjacency.indices {
            copy.adjacency[i].removeAll { $0.cooperative <= 0 }
            for k in copy.adjacency[i].indices { copy.adjacency[i][k].weight = copy.adjacency[i][k].cooperative }
        }
        copy.builtTable = NeighbourTable(copy.adjacency)
        return copy
    }

    /// −1 … +1, for a weight a shock multiplied.
    public static func clamp(_ value: Double) -> Double { min(1, max(-1, value)) }

    private static func upsert(_ row: inout [Neighbour], _ entry: Neighbour) {
        var low = 0, high = row.count
        while low < high {
            let middle = (low + high) / 2
            if row[middle].node < entry.node { low = middle + 1 } else { high = middle }
        }
        if low < row.count && row[low].node == entry.node {
            row[low] = entry
        } else {
            row.insert(entry, at: low)
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
    public var packed: UInt64 { UInt64(low) << 32 | UInt64(high) }

    public init(packed: UInt64) {
        low = Int(packed >> 32)
        high = Int(packed & 0xFFFF_FFFF)
    }
}

extension Snapshot {
    /// The snapshot as a signed graph over its actors: each pair's `Relation` of its ties.
    public var signedGraph: SignedGraph {
        SignedGraph(nodes: actors.map(\.id), pairs: ties.map { ($0.from, $0.to, $0.effectiveWeight) })
    }
}
