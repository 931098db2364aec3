import Foundation
@testable import RelGraph

// The bloc heuristic as it was before it was made fast for large graphs (full sweeps, sorted
// mergers), kept verbatim as a reference, and the balance equilibrium from its definition
// (hashed neighbour sets, dictionaries): the fast versions must give the same bits.

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

/// The balance equilibrium straight from its definition (docs/scenarios.md): relations from
/// dictionaries of ties, neighbour sets, common neighbours by set intersection, Jacobi sweeps
/// until no relation moves by more than 1e-9. Sums run over intermediaries in ascending
/// order, as the fast solver's do, so the two must agree to the bit.
struct ReferenceEquilibrium {
    let nodeCount: Int
    let slots: [TieSlot]
    let removed: Set<Int>

    func solve(coupling alpha: Double) -> (before: [PairKey: Double], after: [PairKey: Double], iterations: Int) {
        var beforeTies: [PairKey: [Double]] = [:], afterTies: [PairKey: [Double]] = [:], shocked = Set<PairKey>()
        for slot in slots {
            let key = PairKey(slot.from, slot.to)
            if slot.isBaseline { beforeTies[key, default: []].append(slot.share * slot.weight) }
            if let after = slot.weightAfterShocks(slot.isBaseline ? slot.weight : nil) { afterTies[key, default: []].append(slot.share * after) }
            if slot.isShocked { shocked.insert(key) }
        }
        let before = beforeTies.mapValues { Relation(effectiveWeights: $0).value }
        let shockedValues = afterTies.mapValues { Relation(effectiveWeights: $0).value }
        var neighbours = [Set<Int>](repeating: [], count: nodeCount)
        for key in Set(beforeTies.keys).union(afterTies.keys) {
            neighbours[key.low].insert(key.high)
            neighbours[key.high].insert(key.low)
        }
        let movable = afterTies.keys.filter { !shocked.contains($0) && !removed.contains($0.low) && !removed.contains($0.high) }.sorted()
        var current = shockedValues
        func value(_ values: [PairKey: Double], _ a: Int, _ b: Int) -> Double { values[PairKey(a, b)] ?? 0 }
        var iterations = 0
        while true {
            iterations += 1
            var next = current, largest = 0.0
            for pair in movable {
                let common = neighbours[pair.low].intersection(neighbours[pair.high]).sorted()
                guard !common.isEmpty else { continue }
                // n_ij: the pair's triangles, its common neighbours.
                let reach = Double(common.count)
                var now = 0.0, then = 0.0
                for k in common { then += value(before, pair.low, k) * value(before, k, pair.high) }
                for k in common { now += value(current, pair.low, k) * value(current, k, pair.high) }
                let change = now - then
                let w = change == 0 ? before[pair]! : tanh(atanh(before[pair]!) + alpha * change / max(1, reach))
                largest = max(largest, abs(w - current[pair]!))
                next[pair] = w
            }
            current = next
            if largest <= 1e-9 { break }
        }
        return (before, current, iterations)
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
