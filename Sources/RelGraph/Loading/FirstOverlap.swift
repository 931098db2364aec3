/// For periods in file order, each one's first earlier period that overlaps it.
///
/// Every period in turn claims the later ones it overlaps that no earlier period has claimed.
/// The unclaimed periods sit in a max-tree of their ends, ordered by their starts, so one
/// search finds exactly the periods that start before a period ends and end after it starts:
/// n periods cost O(n log n) whatever they are. Looking at every earlier period instead is
/// quadratic, and a file of many disjoint periods of one pair took seconds.
enum FirstOverlap {
    /// A period by day numbers, both ends included; `Int.min`/`Int.max` for an open end.
    struct Period {
        var start: Int
        var end: Int
    }

    /// For each period, the position of the first earlier one overlapping it; nil for none.
    static func firstEarlierOverlaps(_ periods: [Period]) -> [Int?] {
        let count = periods.count
        var first = [Int?](repeating: nil, count: count)
        guard count > 1 else { return first }
        let byStart = periods.indices.sorted { periods[$0].start != periods[$1].start ? periods[$0].start < periods[$1].start : $0 < $1 }
        var rank = [Int](repeating: 0, count: count)
        for (position, index) in byStart.enumerated() { rank[index] = position }
        var leaves = 1
        while leaves < count { leaves *= 2 }
        // tree[leaves + r]: the end of the period of start-rank r while unclaimed, else .min
        // (no period ends then); every inner node the largest end below it.
        var tree = [Int](repeating: .min, count: 2 * leaves)
        for (position, index) in byStart.enumerated() { tree[leaves + position] = periods[index].end }
        for node in stride(from: leaves - 1, through: 1, by: -1) { tree[node] = max(tree[2 * node], tree[2 * node + 1]) }

        func remove(_ position: Int) {
            var node = leaves + position
            tree[node] = .min
            node /= 2
            while node >= 1 {
                tree[node] = max(tree[2 * node], tree[2 * node + 1])
                node /= 2
            }
        }

        for claimer in 0..<count {
            remove(rank[claimer])
            let period = periods[claimer]
            // The start-ranks below `limit` start no later than this period ends.
            var low = 0, high = count
            while low < high {
                let middle = (low + high) / 2
                if periods[byStart[middle]].start <= period.end { low = middle + 1 } else { high = middle }
            }
            let limit = low
            // Depth-first through the nodes that cover ranks below `limit` and hold an end at
            // or after this period's start; every leaf reached is claimed.
            var stack = [(node: 1, from: 0, to: leaves)]
            while let (node, from, to) = stack.popLast() {
                // `.min` marks no unclaimed period below (no period ends then).
                guard from < limit, tree[node] != .min, tree[node] >= period.start else { continue }
                if to - from == 1 {
                    first[byStart[from]] = claimer
                    remove(from)
                    continue
                }
                let middle = (from + to) / 2
                stack.append((2 * node + 1, middle, to))
                stack.append((2 * node, from, middle))
            }
        }
        return first
    }
}
