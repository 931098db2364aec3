/// The shape of a propagation problem, fixed across draws: every pair tied before or after
/// the shocks, which of them may move, and the triangles (wedges i–k–j) through which
/// pressure reaches each pair. Arrays throughout, so the solver's inner loops read flat memory.
public struct PairStructure: Sendable {
    public let nodeCount: Int
    /// Pair p's ends, low node first; pairs in ascending order.
    public let ends: [PairKey]
    /// The ties of pair p are `slots[slotStart[p] ..< slotStart[p + 1]]` (indices into `tieSlots`).
    let slotStart: [Int32]
    let slots: [Int32]
    public let tieSlots: [TieSlot]
    /// Tied at the baseline / after the shocks (structurally: some tie is there).
    public let tiedBefore: [Bool]
    public let tiedAfter: [Bool]
    /// A shock touched one of the pair's ties (a pair that lost every tie is frozen too).
    public let frozen: [Bool]
    /// Tied after the shocks, untouched by them and with no removed end: the pairs that settle.
    public let movable: [Bool]
    /// Actors the shocks removed: intermediaries of the change, never ends of a pair that moves.
    public let removed: [Bool]
    /// n_ij: the common neighbours of i and j (the pair's triangles), before or after the
    /// shocks; 1 for a pair with none, which no pressure reaches.
    public let reach: [Double]
    /// Wedges of movable pairs: pair p's are `wedgeStart[p] ..< wedgeStart[p + 1]`, each the
    /// pairs (i, k) and (k, j) and the intermediary k, k ascending.
    let wedgeStart: [Int32]
    let wedgeLeft: [Int32]
    let wedgeRight: [Int32]
    let wedgeThrough: [Int32]
    /// Node i's neighbours (before or after) and the pairs joining them: `rowStart[i] ..< rowStart[i + 1]`, ascending.
    let rowStart: [Int32]
    let rowNode: [Int32]
    let rowPair: [Int32]

    public var pairCount: Int { ends.count }

    /// - Parameters:
    ///   - nodeCount: actors, numbered 0 ..< nodeCount (baseline actors, then added ones).
    ///   - tieSlots: the ties, with what the shocks did to each.
    ///   - removed: the actors the shocks removed (each tie of theirs must be `.removed`).
    public init(nodeCount: Int, tieSlots: [TieSlot], removed: Set<Int>) {
        self.nodeCount = nodeCount
        self.tieSlots = tieSlots
        var removedFlags = [Bool](repeating: false, count: nodeCount)
        for node in removed { removedFlags[node] = true }
        self.removed = removedFlags

        // Pairs: the ties sorted by pair, tie order kept within a pair.
        let keys = tieSlots.map { PairKey($0.from, $0.to).packed }
        let order = tieSlots.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        var ends: [PairKey] = [], slotStart: [Int32] = [0], slots: [Int32] = []
        var tiedBefore: [Bool] = [], tiedAfter: [Bool] = [], frozen: [Bool] = []
        var position = 0
        while position < order.count {
            let key = keys[order[position]]
            var before = false, after = false, shocked = false
            while position < order.count && keys[order[position]] == key {
                let slot = tieSlots[order[position]]
                slots.append(Int32(order[position]))
                before = before || slot.isBaseline
                after = after || slot.fate != .removed
                shocked = shocked || slot.isShocked
                position += 1
            }
            ends.append(PairKey(packed: key))
            slotStart.append(Int32(slots.count))
            tiedBefore.append(before)
            tiedAfter.append(after)
            frozen.append(shocked)
        }
        self.ends = ends
        self.slotStart = slotStart
        self.slots = slots
        self.tiedBefore = tiedBefore
        self.tiedAfter = tiedAfter
        self.frozen = frozen
        movable = ends.indices.map { tiedAfter[$0] && !frozen[$0] && !removedFlags[ends[$0].low] && !removedFlags[ends[$0].high] }

        // Rows: each pair in both ends' rows. First every node's neighbours below it (pairs
        // where it is the high end, met in ascending low order), then those above it (in
        // ascending high order): each row comes out ascending without a sort.
        var rowStart = [Int32](repeating: 0, count: nodeCount + 1)
        for pair in ends {
            rowStart[pair.low + 1] += 1
            rowStart[pair.high + 1] += 1
        }
        for node in 0 ..< nodeCount { rowStart[node + 1] += rowStart[node] }
        var fill = rowStart
        var rowNode = [Int32](repeating: 0, count: ends.count * 2), rowPair = [Int32](repeating: 0, count: ends.count * 2)
        for (p, pair) in ends.enumerated() {
            let at = Int(fill[pair.high]); fill[pair.high] += 1
            rowNode[at] = Int32(pair.low); rowPair[at] = Int32(p)
        }
        for (p, pair) in ends.enumerated() {
            let at = Int(fill[pair.low]); fill[pair.low] += 1
            rowNode[at] = Int32(pair.high); rowPair[at] = Int32(p)
        }
        self.rowStart = rowStart
        self.rowNode = rowNode
        self.rowPair = rowPair

        // Wedges and reach of the movable pairs: one merge of the two ends' rows each.
        var reach = [Double](repeating: 0, count: ends.count)
        var wedgeStart: [Int32] = [0], wedgeLeft: [Int32] = [], wedgeRight: [Int32] = [], wedgeThrough: [Int32] = []
        for (p, pair) in ends.enumerated() {
            if movable[p] {
                let common = Self.commonNeighbours(pair.low, pair.high, rowStart: rowStart, rowNode: rowNode) { k, left, right in
                    wedgeLeft.append(rowPair[left]); wedgeRight.append(rowPair[right]); wedgeThrough.append(Int32(k))
                }
                reach[p] = Double(max(1, common))
            }
            wedgeStart.append(Int32(wedgeLeft.count))
        }
        self.reach = reach
        self.wedgeStart = wedgeStart
        self.wedgeLeft = wedgeLeft
        self.wedgeRight = wedgeRight
        self.wedgeThrough = wedgeThrough
    }

    /// Walks the common neighbours k of a and b, ascending, with the row positions of (a, k)
    /// and (b, k); returns how many there are.
    @discardableResult
    static func commonNeighbours(_ a: Int, _ b: Int, rowStart: [Int32], rowNode: [Int32], _ visit: (Int, Int, Int) -> Void) -> Int {
        var p = Int(rowStart[a]), q = Int(rowStart[b])
        let pEnd = Int(rowStart[a + 1]), qEnd = Int(rowStart[b + 1])
        var count = 0
        while p < pEnd && q < qEnd {
            let x = rowNode[p], y = rowNode[q]
            if x < y { p += 1 } else if y < x { q += 1 } else {
                visit(Int(x), p, q)
                count += 1
                p += 1; q += 1
            }
        }
        return count
    }

    /// The pair joining a and b, if they are tied before or after the shocks.
    public func pair(_ a: Int, _ b: Int) -> Int? {
        var low = Int(rowStart[a]), high = Int(rowStart[a + 1])
        while low < high {
            let middle = (low + high) / 2
            if Int(rowNode[middle]) < b { low = middle + 1 } else { high = middle }
        }
        return low < Int(rowStart[a + 1]) && Int(rowNode[low]) == b ? Int(rowPair[low]) : nil
    }

    /// The tie slots of pair p.
    public func slots(of p: Int) -> ArraySlice<Int32> { slots[Int(slotStart[p]) ..< Int(slotStart[p + 1])] }

    /// Node i's neighbours, before or after the shocks.
    func neighbours(of node: Int) -> ArraySlice<Int32> { rowNode[Int(rowStart[node]) ..< Int(rowStart[node + 1])] }

    func degree(of node: Int) -> Int { Int(rowStart[node + 1] - rowStart[node]) }
}
