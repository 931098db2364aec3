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
                var record = carried[pair] ?? Carried()
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

    func graph(of ties: [WorkingTie]) -> SignedGraph {
        var sums: [PairKey: Double] = [:]
        for tie in ties { sums[PairKey(tie.from, tie.to), default: 0] += tie.weight }
        var graph = SignedGraph(nodes: baseline.nodes)
        for (pair, sum) in sums.sorted(by: { $0.key < $1.key }) { graph.setWeight(pair.low, pair.high, SignedGraph.clamp(sum)) }
        return graph
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
        // c_k for pair (i, j) is non-zero only if (i, k) or (k, j) changed.
        var candidates = Set<PairKey>()
        for pair in changed {
            for (end, other) in [(pair.low, pair.high), (pair.high, pair.low)] {
                for x in neighbours(of: end, current) where x != other {
                    candidates.insert(PairKey(other, x))
                }
            }
        }
        var result: [(PairKey, PressureChange)] = []
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
            if total != 0 { result.append((pair, PressureChange(total: total, intermediaries: max(1, reach), contributions: contributions))) }
        }
        return result
    }

    /// Neighbours in the baseline or now, ascending.
    func neighbours(of node: Int, _ current: SignedGraph) -> [Int] {
        Array(Set(baseline.adjacency[node].map(\.node) + current.adjacency[node].map(\.node))).sorted()
    }

}
