/// Second-order effects of a shock by structural balance ("the friend of my friend …").
///
/// With W the symmetric signed weight matrix (each pair: its ties summed and clamped) and
/// P(W) = W·W off the diagonal — P_ij = Σ_k w_ik·w_kj, what i's and j's common neighbours
/// imply about i and j — each step moves every tie that the shock did not set by
///
///     Δw = rate · (1 − w²) · (P(Wₜ) − P(W₀))_ij / n_ij,   then clamped to −1 … +1,
///
/// where W₀ is the baseline, Wₜ the graph now, and n_ij the number of actors other than i
/// and j tied to i or to j in W₀ or Wₜ: the step is the change in what the pair's triangles
/// imply, as a share of all the relations the two have. (Dividing by the common neighbours
/// alone lets one intermediary swing a hub's relation with a peripheral actor completely.) Only the change the shock caused
/// moves anything: with no shock, Wₜ = W₀ and nothing moves. (1 − w²) slows ties near ±1,
/// as in the continuous-time balance dynamics of Kułakowski et al. (2005) and Marvel,
/// Kleinberg & Strogatz (2011), whose dW/dt = W² this discretises around the baseline.
///
/// A pair whose relation the sources split into several ties (an alliance and an energy
/// partnership) moves as fast as a pair with one: each of its m unshocked ties takes 1/m of
/// the step, so how a relation was coded does not change how fast it responds.
///
/// Pairs without a tie do not move, but the same rule runs on a virtual tie of weight 0
/// that feeds nothing back: when its weight passes the threshold the pair is reported as an
/// *emergent tendency*, never as a cited fact. Pairs involving a removed actor do not move.
struct BalancePropagation {
    struct WorkingTie {
        var from: Int
        var to: Int
        var weight: Double
        /// Set by a shock (removed ties are not here): propagation leaves it alone.
        var frozen: Bool
    }

    /// What moved a pair, by intermediary: Σ over steps of rate·c_k/n, c_k = Δ(w_ik·w_kj).
    struct Carried {
        var total: Double = 0
        var byIntermediary: [Int: Double] = [:]
        /// For an untied pair: the virtual tie's weight after the last step.
        var tendency: Double = 0
    }

    let nodeCount: Int
    let baseline: SignedGraph
    let parameters: Propagation
    /// Removed actors: intermediaries of the change (their ties are gone), never ends of a pair.
    let removed: Set<Int>

    /// Runs `parameters.steps` steps; returns the final tie weights and what carried each pair.
    func run(_ ties: [WorkingTie]) -> (ties: [WorkingTie], carried: [PairKey: Carried]) {
        var ties = ties
        var carried: [PairKey: Carried] = [:]
        guard parameters.model == .balance else { return (ties, carried) }
        var tiesOfPair: [PairKey: [Int]] = [:]
        for (index, tie) in ties.enumerated() { tiesOfPair[PairKey(tie.from, tie.to), default: []].append(index) }

        for _ in 0..<parameters.steps {
            let current = graph(of: ties)
            let pressure = pressureChanges(current)
            if pressure.isEmpty { break }
            for (pair, change) in pressure where !removed.contains(pair.low) && !removed.contains(pair.high) {
                let share = parameters.rate / Double(change.intermediaries)
                let pairTies = tiesOfPair[pair]
                // Updated in place: a copy of the record would copy its dictionary too.
                carried[pair, default: Carried()].update(share: share, change: change, tied: pairTies != nil)
                guard let pairTies else { continue }
                let movable = pairTies.filter { !ties[$0].frozen }
                for index in movable {
                    let w = ties[index].weight
                    ties[index].weight = SignedGraph.clamp(w + share * (1 - w * w) * change.total / Double(movable.count))
                }
            }
        }
        return (ties, carried)
    }

    /// W: each pair's ties summed (in tie order) and clamped, on the baseline's nodes.
    func graph(of ties: [WorkingTie]) -> SignedGraph {
        let keys = ties.map { PairKey($0.from, $0.to).packed }
        // Sorted by pair, ties of one pair in tie order: sums as a dictionary in tie order gave.
        let order = ties.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        var adjacency = [[SignedGraph.Neighbour]](repeating: [], count: baseline.nodeCount)
        var position = 0
        while position < order.count {
            let key = keys[order[position]]
            var sum = 0.0
            while position < order.count && keys[order[position]] == key {
                sum += ties[order[position]].weight
                position += 1
            }
            let pair = PairKey(packed: key)
            precondition(pair.low != pair.high, "no self-ties")
            let weight = SignedGraph.clamp(sum)
            // Pairs come in (low, high) order, so every row is filled in ascending order.
            adjacency[pair.low].append(SignedGraph.Neighbour(node: pair.high, weight: weight))
            adjacency[pair.high].append(SignedGraph.Neighbour(node: pair.low, weight: weight))
        }
        return SignedGraph(nodes: baseline.nodes, index: baseline.index, sortedAdjacency: adjacency)
    }

    struct PressureChange {
        var total: Double
        /// n_ij: the actors tied to either end, the denominator of the step.
        var intermediaries: Int
        var contributions: [(Int, Double)]
    }

    /// (P(Wₜ) − P(W₀))_ij for every pair it can be non-zero for: pairs with an intermediary
    /// whose tie to i or to j changed. Summed over k in ascending order, so i–j and j–i agree
    /// to the last bit.
    ///
    /// Neighbour lists (baseline or now) are merged once per node and step, and candidate
    /// pairs collected as sorted integers: the work is proportional to the neighbourhoods of
    /// the pairs that changed, never to the square of the actors.
    func pressureChanges(_ current: SignedGraph) -> [(PairKey, PressureChange)] {
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
        var neighbourCache = NeighbourCache(baseline: baseline, current: current)
        // c_k for pair (i, j) is non-zero only if (i, k) or (k, j) changed.
        var candidates: [UInt64] = []
        for pair in changed {
            for (end, other) in [(pair.low, pair.high), (pair.high, pair.low)] {
                for x in neighbourCache.neighbours(of: end) where x != other {
                    candidates.append(PairKey(other, x).packed)
                }
            }
        }
        candidates.sort()
        var result: [(PairKey, PressureChange)] = []
        var previous: UInt64?
        for packed in candidates where packed != previous {
            previous = packed
            let pair = PairKey(packed: packed)
            let first = neighbourCache.neighbours(of: pair.low), second = neighbourCache.neighbours(of: pair.high)
            // One merge of the two sorted lists: the common neighbours (ascending) and the union's size.
            var common: [Int] = []
            var union = 0, p = 0, q = 0
            var unionHasLow = false, unionHasHigh = false
            while p < first.count || q < second.count {
                let x: Int
                if q == second.count || (p < first.count && first[p] < second[q]) {
                    x = first[p]; p += 1
                } else if p == first.count || second[q] < first[p] {
                    x = second[q]; q += 1
                } else {
                    x = first[p]; p += 1; q += 1
                    if x != pair.low { common.append(x) }
                }
                union += 1
                if x == pair.low { unionHasLow = true }
                if x == pair.high { unionHasHigh = true }
            }
            let reach = union - (unionHasLow ? 1 : 0) - (unionHasHigh ? 1 : 0)
            var total = 0.0
            var contributions: [(Int, Double)] = []
            for k in common {
                let now = (current.weight(pair.low, k) ?? 0) * (current.weight(k, pair.high) ?? 0)
                let then = (baseline.weight(pair.low, k) ?? 0) * (baseline.weight(k, pair.high) ?? 0)
                let contribution = now - then
                if contribution != 0 {
                    total += contribution
                    contributions.append((k, contribution))
                }
            }
            if total != 0 { result.append((pair, PressureChange(total: total, intermediaries: max(1, reach), contributions: contributions))) }
        }
        return result
    }

    /// Neighbours in the baseline or now, ascending, merged once per node.
    struct NeighbourCache {
        let baseline: SignedGraph
        let current: SignedGraph
        private var lists: [Int: [Int]] = [:]

        init(baseline: SignedGraph, current: SignedGraph) {
            self.baseline = baseline
            self.current = current
        }

        mutating func neighbours(of node: Int) -> [Int] {
            if let known = lists[node] { return known }
            let a = baseline.adjacency[node], b = current.adjacency[node]
            var merged: [Int] = []
            merged.reserveCapacity(max(a.count, b.count))
            var p = 0, q = 0
            while p < a.count || q < b.count {
                if q == b.count || (p < a.count && a[p].node < b[q].node) {
                    merged.append(a[p].node); p += 1
                } else if p == a.count || b[q].node < a[p].node {
                    merged.append(b[q].node); q += 1
                } else {
                    merged.append(a[p].node); p += 1; q += 1
                }
            }
            lists[node] = merged
            return merged
        }
    }
}

extension BalancePropagation.Carried {
    /// Adds one step's pressure change: rate·c_k/n for each intermediary, and for an untied
    /// pair the virtual tie's move.
    mutating func update(share: Double, change: BalancePropagation.PressureChange, tied: Bool) {
        total += share * change.total
        for (k, contribution) in change.contributions { byIntermediary[k, default: 0] += share * contribution }
        if !tied {
            let v = tendency
            tendency = SignedGraph.clamp(v + share * (1 - v * v) * change.total)
        }
    }
}
