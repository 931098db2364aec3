/// One connected component, in local numbers, posed as a frustration-minimising partition
/// problem: the exact and heuristic searches behind `signedBlocs(_:objective:)`.
///
/// A labelling gives each local node a bloc number; costs are per tie, `cost` (|w| or 1),
/// paid by a positive tie whose ends differ and by a negative tie whose ends agree.
/// Labellings are compared by `isBetter`: lower frustration (within `frustrationTolerance`),
/// then fewer blocs, then — once made canonical — lexicographically smaller.
struct BlocProblem {
    let size: Int
    /// Ties of local node i at `offsets[i] ..< offsets[i + 1]`, in neighbour order.
    let offsets: [Int]
    let neighbours: [Int]
    let costs: [Double]
    let positive: [Bool]

    /// - Parameters:
    ///   - members: the component's nodes, sorted; local number = position here.
    ///   - localIndex: scratch of size `g.nodeCount` mapping node → local number for members.
    init(_ g: SignedGraph, members: [Int], objective: FrustrationObjective, localIndex: inout [Int]) {
        size = members.count
        for (local, node) in members.enumerated() { localIndex[node] = local }
        var offsets = [0]
        var neighbours: [Int] = []
        var costs: [Double] = []
        var positive: [Bool] = []
        for node in members {
            for neighbour in g.adjacency[node] where neighbour.weight != 0 {
                neighbours.append(localIndex[neighbour.node])
                costs.append(objective == .weighted ? abs(neighbour.weight) : 1)
                positive.append(neighbour.weight > 0)
            }
            offsets.append(neighbours.count)
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.costs = costs
        self.positive = positive
    }

    /// Total frustration of a labelling, summed over ties (low end first) in a fixed order.
    func frustration(_ labels: [Int]) -> Double {
        var total = 0.0
        for i in 0 ..< size {
            for e in offsets[i] ..< offsets[i + 1] where neighbours[e] > i {
                if positive[e] != (labels[i] == labels[neighbours[e]]) { total += costs[e] }
            }
        }
        return total
    }

    // MARK: Heuristic

    /// Best of three deterministic starts — the components of the positive ties, everyone
    /// in one bloc, everyone alone — each improved to a local optimum by `improve`.
    func localSearch() -> [Int] {
        var best: (labels: [Int], cost: Double)?
        for start in [positiveComponents(), [Int](repeating: 0, count: size), Array(0 ..< size)] {
            var labels = start
            improve(&labels)
            labels = canonical(labels)
            let cost = frustration(labels)
            if let current = best, !isBetter(cost: cost, labels: labels, than: current.cost, current.labels) { continue }
            best = (labels, cost)
        }
        return best!.labels
    }

    /// Moves single nodes and merges pairs of blocs while either strictly lowers frustration
    /// (by more than the tolerance). On return no single-node move — to another bloc or to a
    /// new bloc of its own — and no merge of two blocs lowers frustration.
    ///
    /// Sweeps visit nodes in number order, but only nodes whose decision can have changed
    /// since they were last looked at: a node's move depends only on its neighbours' blocs,
    /// its own bloc and whether that bloc has anyone else, so a node none of whose neighbours
    /// moved (and whose bloc was not merged) would stay where it is. Skipping it gives the
    /// same moves, in the same order, as sweeping every node — at large sizes most sweeps
    /// follow a merger and touch a few hundred nodes, not all of them.
    func improve(_ labels: inout [Int]) {
        var blocSize = [Int](repeating: 0, count: size)
        for label in labels { blocSize[label] += 1 }
        // Unused labels, highest first, so that the lowest is taken first.
        var unused = (0 ..< size).reversed().filter { blocSize[$0] == 0 }
        var pull = [Double](repeating: 0, count: size)
        var touched = [Bool](repeating: false, count: size)
        var touchedList: [Int] = []
        var dirty = [Bool](repeating: true, count: size)
        var merge = MergeScratch(self)
        while true {
            var moved = true
            while moved {
                moved = false
                for v in 0 ..< size where dirty[v] {
                    dirty[v] = false
                    // pull[b]: what v's ties to bloc b cost if v sits in b, minus what they
                    // cost if it sits elsewhere (negatives cost inside, positives outside).
                    for e in offsets[v] ..< offsets[v + 1] {
                        let b = labels[neighbours[e]]
                        if !touched[b] {
                            touched[b] = true
                            touchedList.append(b)
                        }
                        pull[b] += positive[e] ? -costs[e] : costs[e]
                    }
                    let current = labels[v]
                    let here = touched[current] ? pull[current] : 0
                    var bestDelta = 0.0
                    var target = current
                    for b in touchedList where b != current {
                        let delta = pull[b] - here
                        if delta < bestDelta || (delta == bestDelta && target != current && b < target) {
                            bestDelta = delta
                            target = b
                        }
                    }
                    // A bloc of its own (there is an unused label: v's bloc has someone else).
                    let opensBloc = blocSize[current] > 1 && -here < bestDelta - frustrationTolerance
                    if opensBloc {
                        bestDelta = -here
                        target = unused.last!
                    }
                    for b in touchedList {
                        pull[b] = 0
                        touched[b] = false
                    }
                    touchedList.removeAll(keepingCapacity: true)
                    if bestDelta < -frustrationTolerance {
                        if opensBloc { unused.removeLast() }
                        blocSize[current] -= 1
                        if blocSize[current] == 0 { unused.append(current) }
                        blocSize[target] += 1
                        labels[v] = target
                        moved = true
                        // Neighbours after v are looked at later in this sweep, the others
                        // (and v) in the next one, exactly as a full sweep would.
                        dirty[v] = true
                        for e in offsets[v] ..< offsets[v + 1] { dirty[neighbours[e]] = true }
                    }
                }
            }
            // One merger at a time, then moves again: slower than merging many pairs at once
            // on large graphs, but it ends at markedly lower frustration.
            guard let (kept, merged) = bestMerge(labels, scratch: &merge) else { return }
            for v in 0 ..< size where labels[v] == merged {
                labels[v] = kept
                dirty[v] = true
                for e in offsets[v] ..< offsets[v + 1] { dirty[neighbours[e]] = true }
            }
            blocSize[kept] += blocSize[merged]
            blocSize[merged] = 0
            unused.append(merged)
        }
    }

    /// Buffers for `bestMerge`, reused from merger to merger.
    struct MergeScratch {
        /// Every tie once (low end first), in tie order: ends and the gain of joining them.
        var tieLow: [Int32] = []
        var tieHigh: [Int32] = []
        var tieGain: [Double] = []
        /// This call's ties between two blocs, in tie order, then grouped by lower bloc.
        var betweenLow: [Int] = []
        var betweenHigh: [Int] = []
        var betweenGain: [Double] = []
        var bucketStart: [Int]
        var highs: [Int] = []
        var gains: [Double] = []
        var sum: [Double]
        var seen: [Bool]
        var seenList: [Int] = []

        init(_ problem: BlocProblem) {
            let size = problem.size
            for i in 0 ..< size {
                for e in problem.offsets[i] ..< problem.offsets[i + 1] where problem.neighbours[e] > i {
                    tieLow.append(Int32(i))
                    tieHigh.append(Int32(problem.neighbours[e]))
                    tieGain.append(problem.positive[e] ? problem.costs[e] : -problem.costs[e])
                }
            }
            bucketStart = [Int](repeating: 0, count: size + 1)
            sum = [Double](repeating: 0, count: size)
            seen = [Bool](repeating: false, count: size)
        }
    }

    /// The merger of two blocs that lowers frustration most (the positive ties between them
    /// outweigh the negative ones by more than the tolerance); lowest labels first on ties.
    ///
    /// Each pair's gain is summed over its ties in tie order (low end's number, then the
    /// end's tie list), so the sums, and the choice, are the same bits on every run. The ties
    /// between blocs are grouped by their lower bloc with a stable counting sort: O(n + m)
    /// per call, with one pass over the ties.
    private func bestMerge(_ labels: [Int], scratch: inout MergeScratch) -> (kept: Int, merged: Int)? {
        scratch.betweenLow.removeAll(keepingCapacity: true)
        scratch.betweenHigh.removeAll(keepingCapacity: true)
        scratch.betweenGain.removeAll(keepingCapacity: true)
        for b in 0 ... size { scratch.bucketStart[b] = 0 }
        for t in scratch.tieLow.indices {
            let a = labels[Int(scratch.tieLow[t])], b = labels[Int(scratch.tieHigh[t])]
            if a != b {
                let low = min(a, b)
                scratch.betweenLow.append(low)
                scratch.betweenHigh.append(max(a, b))
                scratch.betweenGain.append(scratch.tieGain[t])
                scratch.bucketStart[low + 1] += 1
            }
        }
        let between = scratch.betweenLow.count
        guard between > 0 else { return nil }
        for b in 0 ..< size { scratch.bucketStart[b + 1] += scratch.bucketStart[b] }
        if scratch.highs.count < between {
            scratch.highs = [Int](repeating: 0, count: between)
            scratch.gains = [Double](repeating: 0, count: between)
        }
        var next = scratch.bucketStart
        for k in 0 ..< between {
            let low = scratch.betweenLow[k]
            scratch.highs[next[low]] = scratch.betweenHigh[k]
            scratch.gains[next[low]] = scratch.betweenGain[k]
            next[low] += 1
        }
        var best: (kept: Int, merged: Int, gain: Double)?
        for low in 0 ..< size where scratch.bucketStart[low] < scratch.bucketStart[low + 1] {
            for k in scratch.bucketStart[low] ..< scratch.bucketStart[low + 1] {
                let high = scratch.highs[k]
                if !scratch.seen[high] {
                    scratch.seen[high] = true
                    scratch.seenList.append(high)
                }
                scratch.sum[high] += scratch.gains[k]
            }
            for high in scratch.seenList {
                let gain = scratch.sum[high]
                if gain > frustrationTolerance {
                    if let current = best {
                        if gain > current.gain || (gain == current.gain && low == current.kept && high < current.merged) {
                            best = (low, high, gain)
                        }
                    } else {
                        best = (low, high, gain)
                    }
                }
                scratch.sum[high] = 0
                scratch.seen[high] = false
            }
            scratch.seenList.removeAll(keepingCapacity: true)
        }
        return best.map { ($0.kept, $0.merged) }
    }

    /// Labels from the components of the positive ties.
    private func positiveComponents() -> [Int] {
        var labels = [Int](repeating: -1, count: size)
        var next = 0
        var stack: [Int] = []
        for start in 0 ..< size where labels[start] < 0 {
            labels[start] = next
            stack.append(start)
            while let v = stack.popLast() {
                for e in offsets[v] ..< offsets[v + 1] where positive[e] && labels[neighbours[e]] < 0 {
                    labels[neighbours[e]] = next
                    stack.append(neighbours[e])
                }
            }
            next += 1
        }
        return labels
    }

    // MARK: Exact branch and bound

    /// The optimum: least frustration, then fewest blocs, then the lexicographically smallest
    /// canonical labelling. `incumbent` (any labelling) seeds the bound.
    ///
    /// Two passes. The first proves the optimal (frustration, blocs) searching nodes in an
    /// order that keeps the bound tight (each next node the one most strongly tied to those
    /// already placed); the second walks labellings in lexicographic order of local numbers
    /// and stops at the first that reaches that optimum.
    func exactSearch(incumbent: [Int]) -> [Int] {
        let seed = canonical(incumbent)
        var search = BranchAndBound(problem: self, order: connectivityOrder())
        let optimum = search.minimise(cost: frustration(seed), blocs: (seed.max() ?? -1) + 1, labels: seed)
        var lexicographic = BranchAndBound(problem: self, order: Array(0 ..< size))
        return canonical(lexicographic.firstReaching(cost: optimum.cost, blocs: optimum.blocs) ?? optimum.labels)
    }

    /// Nodes ordered so that each is as strongly tied as possible to those before it.
    private func connectivityOrder() -> [Int] {
        var strength = [Double](repeating: 0, count: size)
        for v in 0 ..< size {
            for e in offsets[v] ..< offsets[v + 1] { strength[v] += costs[e] }
        }
        var placed = [Bool](repeating: false, count: size)
        var attachment = [Double](repeating: 0, count: size)
        var order: [Int] = []
        for _ in 0 ..< size {
            var pick = -1
            for v in 0 ..< size where !placed[v] {
                if pick < 0 || (attachment[v], strength[v]) > (attachment[pick], strength[pick]) { pick = v }
            }
            placed[pick] = true
            order.append(pick)
            for e in offsets[pick] ..< offsets[pick + 1] { attachment[neighbours[e]] += costs[e] }
        }
        return order
    }

    // MARK: Comparison

    /// Renumbers blocs by first appearance in local-number order (a restricted growth string).
    func canonical(_ labels: [Int]) -> [Int] {
        var renumber = [Int](repeating: -1, count: size)
        var next = 0
        return labels.map { label in
            if renumber[label] < 0 {
                renumber[label] = next
                next += 1
            }
            return renumber[label]
        }
    }

    /// The house order on canonical labellings.
    func isBetter(cost: Double, labels: [Int], than otherCost: Double, _ other: [Int]) -> Bool {
        if cost < otherCost - frustrationTolerance { return true }
        if cost > otherCost + frustrationTolerance { return false }
        let blocs = (labels.max() ?? -1) + 1, otherBlocs = (other.max() ?? -1) + 1
        if blocs != otherBlocs { return blocs < otherBlocs }
        return labels.lexicographicallyPrecedes(other)
    }
}

/// Frustrations closer than this are treated as equal, so that the tie-breaks (fewest blocs,
/// then lexicographic order) do not depend on rounding in the last bits of weighted sums.
let frustrationTolerance = 1e-9

/// Depth-first search over labellings in a fixed node order. A node may join any open bloc
/// or open the next new one (so each partition is visited once), and a branch is cut when a
/// lower bound on its frustration shows it cannot win. The bound adds three disjoint parts:
/// the frustration among the nodes placed so far; for each node not yet placed, the least
/// its ties to placed nodes can cost whichever bloc (open or new) it joins; and the least
/// frustration among the unplaced nodes themselves. The nodes left unplaced at a depth are
/// always the same suffix of the order, so that last part is the optimum of a smaller
/// problem, solved beforehand from the shortest suffix up, each solve using the ones before
/// (Russian-doll search: Verfaillie, Lemaître & Schiex 1996).
struct BranchAndBound {
    let problem: BlocProblem
    let order: [Int]
    private let size: Int
    /// Per depth: for each node, its positive-tie cost to placed nodes (`size` values), then
    /// for each node and bloc the cost of its negative minus positive ties to that bloc
    /// (`size × size`). Copied from depth to depth so backtracking is exact.
    private var state: [Double]
    private let stride: Int
    private var labels: [Int]
    /// Placed, or left out of the current sub-problem.
    private var placed: [Bool]
    /// suffixOptimum[d]: least frustration among `order[d...]` alone; 0 for one node or none.
    private var suffixOptimum: [Double]

    private enum Goal {
        /// Least frustration only (the suffix sub-problems).
        case cost
        /// Least frustration, then fewest blocs.
        case costThenBlocs
        /// The first labelling within the targets, in search order.
        case first
    }

    private var goal = Goal.cost
    private var bestCost = Double.infinity
    private var bestBlocs = Int.max
    private var bestLabels: [Int] = []
    private var found = false

    init(problem: BlocProblem, order: [Int]) {
        self.problem = problem
        self.order = order
        size = problem.size
        stride = size + size * size
        state = [Double](repeating: 0, count: stride * (size + 1))
        labels = [Int](repeating: -1, count: size)
        placed = [Bool](repeating: false, count: size)
        suffixOptimum = [Double](repeating: 0, count: size + 1)
        // Lowered by the tolerance: a sub-problem's optimum is only known to within it, and a
        // bound must never exceed the truth.
        for start in Swift.stride(from: size - 2, through: 1, by: -1) {
            suffixOptimum[start] = solveSuffix(from: start) - frustrationTolerance
        }
    }

    /// The least frustration among `order[start...]`, ties to earlier nodes ignored.
    private mutating func solveSuffix(from start: Int) -> Double {
        let first = order[start]
        // A feasible answer: the rest as solved, the first node alone in a bloc of its own.
        var alone = suffixOptimum[start + 1] + (start + 1 < size - 1 ? frustrationTolerance : 0)
        for e in problem.offsets[first] ..< problem.offsets[first + 1]
        where problem.positive[e] && order[(start + 1)...].contains(problem.neighbours[e]) {
            alone += problem.costs[e]
        }
        goal = .cost
        bestCost = alone
        return search(from: start)
    }

    /// The least (frustration, blocs), with a labelling achieving it; starts from a known one.
    mutating func minimise(cost: Double, blocs: Int, labels seed: [Int]) -> (cost: Double, blocs: Int, labels: [Int]) {
        goal = .costThenBlocs
        bestCost = cost
        bestBlocs = blocs
        bestLabels = seed
        _ = search(from: 0)
        return (bestCost, bestBlocs, bestLabels)
    }

    /// The first labelling, in search order, with frustration ≤ cost (within the tolerance)
    /// and at most `blocs` blocs; nil if none.
    mutating func firstReaching(cost: Double, blocs: Int) -> [Int]? {
        goal = .first
        bestCost = cost
        bestBlocs = blocs
        found = false
        _ = search(from: 0)
        return found ? bestLabels : nil
    }

    /// Searches the sub-problem on `order[start...]` and returns the best cost found.
    private mutating func search(from start: Int) -> Double {
        for i in 0 ..< size {
            placed[i] = false
            labels[i] = -1
        }
        for position in 0 ..< start { placed[order[position]] = true }
        let base = start * stride
        for i in 0 ..< stride { state[base + i] = 0 }
        visit(depth: start, cost: 0, blocs: 0)
        return bestCost
    }

    private func canCut(bound: Double, blocs: Int) -> Bool {
        switch goal {
        case .cost:
            return bound >= bestCost - frustrationTolerance
        case .costThenBlocs:
            // Nothing below can be strictly better: not cheaper, nor fewer blocs at equal cost.
            if bound > bestCost + frustrationTolerance { return true }
            return bound >= bestCost - frustrationTolerance && blocs >= bestBlocs
        case .first:
            return bound > bestCost + frustrationTolerance || blocs > bestBlocs
        }
    }

    private mutating func visit(depth: Int, cost: Double, blocs: Int) {
        if depth == size {
            switch goal {
            case .cost:
                if cost < bestCost - frustrationTolerance { bestCost = cost }
            case .costThenBlocs:
                if cost < bestCost - frustrationTolerance || (cost <= bestCost + frustrationTolerance && blocs < bestBlocs) {
                    bestCost = cost
                    bestBlocs = blocs
                    bestLabels = labels
                }
            case .first:
                found = true
                bestLabels = labels
            }
            return
        }
        let v = order[depth]
        let here = depth * stride, below = here + stride
        placed[v] = true
        for b in 0 ... min(blocs, size - 1) {
            let positiveCost = state[here + v]
            let added = b < blocs ? positiveCost + state[here + size + v * size + b] : positiveCost
            let newCost = cost + added
            let newBlocs = max(blocs, b + 1)
            for i in 0 ..< stride { state[below + i] = state[here + i] }
            for e in problem.offsets[v] ..< problem.offsets[v + 1] {
                let u = problem.neighbours[e]
                if placed[u] { continue }
                let c = problem.costs[e]
                if problem.positive[e] {
                    state[below + u] += c
                    state[below + size + u * size + b] -= c
                } else {
                    state[below + size + u * size + b] += c
                }
            }
            var bound = newCost + suffixOptimum[depth + 1]
            for later in order[(depth + 1)...] {
                var cheapest = 0.0
                let row = below + size + later * size
                for open in 0 ..< newBlocs where state[row + open] < cheapest { cheapest = state[row + open] }
                bound += state[below + later] + cheapest
            }
            labels[v] = b
            if !canCut(bound: bound, blocs: newBlocs) {
                visit(depth: depth + 1, cost: newCost, blocs: newBlocs)
                if goal == .first && found { break }
            }
        }
        labels[v] = -1
        placed[v] = false
    }
}
