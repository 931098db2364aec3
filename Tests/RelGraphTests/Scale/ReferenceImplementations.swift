@testable import RelGraph

// The bloc heuristic and the balance propagation as they were before they were made fast
// for large graphs (full sweeps, sorted mergers; hashed neighbour sets, dictionary sums),
// kept verbatim as references: the fast versions must give the same bits.

enum ReferenceBlocHeuristic {
    static func improve(_ problem: BlocProblem, _ labels: inout [Int]) {
        let size = problem.size, offsets = problem.offsets, neighbours = problem.neighbours
        let costs = problem.costs, positive = problem.positive
        var blocSize = [Int](repeating: 0, count: size)
        for label in labels { blocSize[label] += 1 }
        // Unused labels, highest first, so that the lowest is taken first.
        var unused = (0 ..< size).reversed().filter { blocSize[$0] == 0 }
        var pull = [Double](repeating: 0, count: size)
        var touched = [Bool](repeating: false, count: size)
        var touchedList: [Int] = []
        while true {
            var moved = true
            while moved {
                moved = false
                for v in 0 ..< size {
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
                    }
                }
            }
            // One merger at a time, then moves again: slower than merging many pairs at once
            // on large graphs, but it ends at markedly lower frustration.
            guard let (kept, merged) = bestMerge(problem, labels) else { return }
            for v in 0 ..< size where labels[v] == merged { labels[v] = kept }
            blocSize[kept] += blocSize[merged]
            blocSize[merged] = 0
            unused.append(merged)
        }
    }

    /// The merger of two blocs that lowers frustration most (the positive ties between them
    /// outweigh the negative ones by more than the tolerance); lowest labels first on ties.
    static func bestMerge(_ problem: BlocProblem, _ labels: [Int]) -> (kept: Int, merged: Int)? {
        let size = problem.size, offsets = problem.offsets, neighbours = problem.neighbours
        let costs = problem.costs, positive = problem.positive
        var between: [(low: Int, high: Int, gain: Double)] = []
        for i in 0 ..< size {
            for e in offsets[i] ..< offsets[i + 1] where neighbours[e] > i {
                let a = labels[i], b = labels[neighbours[e]]
                if a != b { between.append((min(a, b), max(a, b), positive[e] ? costs[e] : -costs[e])) }
            }
        }
        // Grouped by pair, ties kept in their fixed order within a pair, so the sums are fixed.
        let sorted = between.indices.sorted {
            (between[$0].low, between[$0].high, $0) < (between[$1].low, between[$1].high, $1)
        }
        var best: (kept: Int, merged: Int, gain: Double)?
        var index = 0
        while index < sorted.count {
            let first = between[sorted[index]]
            var gain = 0.0
            while index < sorted.count,
                  between[sorted[index]].low == first.low, between[sorted[index]].high == first.high {
                gain += between[sorted[index]].gain
                index += 1
            }
            if gain > frustrationTolerance && gain > (best?.gain ?? 0) { best = (first.low, first.high, gain) }
        }
        return best.map { ($0.kept, $0.merged) }
    }

}

struct ReferencePropagation {
    let nodeCount: Int
    let baseline: SignedGraph
    let parameters: Propagation
    let removed: Set<Int>

    /// Runs `parameters.steps` steps; returns the final tie weights and what carried each pair.
    func run(_ ties: [BalancePropagation.WorkingTie]) -> (ties: [BalancePropagation.WorkingTie], carried: [PairKey: BalancePropagation.Carried]) {
        var ties = ties
        var carried: [PairKey: BalancePropagation.Carried] = [:]
        guard parameters.model == .balance else { return (ties, carried) }
        var tiesOfPair: [PairKey: [Int]] = [:]
        for (index, tie) in ties.enumerated() { tiesOfPair[PairKey(tie.from, tie.to), default: []].append(index) }

        for _ in 0..<parameters.steps {
            let current = graph(of: ties)
            let pressure = pressureChanges(current)
            if pressure.isEmpty { break }
            for (pair, change) in pressure where !removed.contains(pair.low) && !removed.contains(pair.high) {
                let share = parameters.rate / Double(change.intermediaries)
                var record = carried[pair] ?? BalancePropagation.Carried()
                record.total += share * change.total
                for (k, contribution) in change.contributions { record.byIntermediary[k, default: 0] += share * contribution }
                let movable = (tiesOfPair[pair] ?? []).filter { !ties[$0].frozen }
                if tiesOfPair[pair] == nil {
                    let v = record.tendency
                    record.tendency = SignedGraph.clamp(v + share * (1 - v * v) * change.total)
                }
                carried[pair] = record
                for index in movable {
                    let w = ties[index].weight
                    ties[index].weight = SignedGraph.clamp(w + share * (1 - w * w) * change.total / Double(movable.count))
                }
            }
        }
        return (ties, carried)
    }

    func graph(of ties: [BalancePropagation.WorkingTie]) -> SignedGraph {
        var sums: [PairKey: Double] = [:]
        for tie in ties { sums[PairKey(tie.from, tie.to), default: 0] += tie.weight }
        var graph = SignedGraph(nodes: baseline.nodes)
        for (pair, sum) in sums.sorted(by: { $0.key < $1.key }) { graph.setWeight(pair.low, pair.high, SignedGraph.clamp(sum)) }
        return graph
    }


    /// (P(Wₜ) − P(W₀))_ij for every pair it can be non-zero for: pairs with an intermediary
    /// whose tie to i or to j changed. Summed over k in ascending order, so i–j and j–i agree
    /// to the last bit.
    func pressureChanges(_ current: SignedGraph) -> [(PairKey, BalancePropagation.PressureChange)] {
        var changed: [PairKey] = []
        for i in 0..<nodeCount {
            var a = baseline.adjacency[i][...], b = current.adjacency[i][...]
            while !a.isEmpty || !b.isEmpty {
                let next = min(a.first?.node ?? .max, b.first?.node ?? .max)
                let old = a.first?.node == next ? a.removeFirst().weight : 0
                let new = b.first?.node == next ? b.removeFirst().weight : 0
                if next > i && old != new { changed.append(PairKey(i, next)) }
            }
        }
        guard !changed.isEmpty else { return [] }
        // c_k for pair (i, j) is non-zero only if (i, k) or (k, j) changed.
        var candidates = Set<PairKey>()
        for pair in changed {
            for (end, other) in [(pair.low, pair.high), (pair.high, pair.low)] {
                for x in neighbours(of: end, current) where x != other {
                    candidates.insert(PairKey(other, x))
                }
            }
        }
        var result: [(PairKey, BalancePropagation.PressureChange)] = []
        for pair in candidates.sorted() {
            var total = 0.0
            var contributions: [(Int, Double)] = []
            let first = neighbours(of: pair.low, current), second = neighbours(of: pair.high, current)
            let firstSet = Set(first)
            let common = second.filter { firstSet.contains($0) && $0 != pair.low }
            let reach = firstSet.union(second).subtracting([pair.low, pair.high]).count
            for k in common {
                let now = (current.weight(pair.low, k) ?? 0) * (current.weight(k, pair.high) ?? 0)
                let then = (baseline.weight(pair.low, k) ?? 0) * (baseline.weight(k, pair.high) ?? 0)
                let contribution = now - then
                if contribution != 0 {
                    total += contribution
                    contributions.append((k, contribution))
                }
            }
            if total != 0 { result.append((pair, BalancePropagation.PressureChange(total: total, intermediaries: max(1, reach), contributions: contributions))) }
        }
        return result
    }

    /// Neighbours in the baseline or now, ascending.
    func neighbours(of node: Int, _ current: SignedGraph) -> [Int] {
        Array(Set(baseline.adjacency[node].map(\.node) + current.adjacency[node].map(\.node))).sorted()
    }

}

/// Connected components straight from the definition: a flood fill over sets of node numbers
/// that follows the rows of `adjacency`, a pair of weight 0 being no tie. Each component
/// sorted, components ordered by their smallest node.
enum ReferenceComponents {
    static func components(_ g: SignedGraph) -> [[Int]] {
        var seen = Set<Int>()
        var result: [[Int]] = []
        for root in 0 ..< g.nodeCount where !seen.contains(root) {
            var component: Set<Int> = [root], frontier = [root]
            while let node = frontier.popLast() {
                for neighbour in g.adjacency[node] where neighbour.weight != 0 && component.insert(neighbour.node).inserted {
                    frontier.append(neighbour.node)
                }
            }
            seen.formUnion(component)
            result.append(component.sorted())
        }
        return result.sorted { $0[0] < $1[0] }
    }
}
