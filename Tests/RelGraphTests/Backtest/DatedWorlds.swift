import RelGraph

/// Synthetic dated models for the backtest's tests: a random signed graph, one tie per pair,
/// evolved over yearly periods (period t starts on 1 January 2020 + t) either by the engine's
/// own rule or by random changes.
enum DatedWorlds {
    /// A random graph: `ties` distinct pairs of `actors` actors, weights ±0.2 … 0.9 with
    /// independent signs.
    static func base(actors: Int, ties: Int, random: inout SplitMix64) -> (names: [String], pairs: [(Int, Int)], weights: [Double]) {
        let names = (0 ..< actors).map { "A\($0)" }
        var taken = Set<Int>(), pairs: [(Int, Int)] = [], weights: [Double] = []
        while pairs.count < ties {
            let a = random.below(actors), b = random.below(actors)
            guard a != b, taken.insert(min(a, b) * actors + max(a, b)).inserted else { continue }
            pairs.append((min(a, b), max(a, b)))
            let magnitude = 0.2 + 0.7 * random.unit()
            weights.append(random.below(2) == 0 ? magnitude : -magnitude)
        }
        return (names, pairs, weights)
    }

    /// Evolves by the engine's rule: in each period `shocks` random pairs are set to a new
    /// weight (their sign flipped, a new magnitude), the engine solves the equilibrium (α =
    /// 0.25), and the next period records it: the shocked pairs at their new weight, every
    /// other pair at its equilibrium relation where that moved it by at least the engine's
    /// materiality (smaller moves go unrecorded, as an analyst would not see them).
    static func planted(actors: Int, ties: Int, periods: Int, shocks: Int, seed: UInt64) throws -> Model {
        var random = SplitMix64(seed: seed)
        let (names, pairs, start) = base(actors: actors, ties: ties, random: &random)
        var history = [start]
        for _ in 1 ..< periods {
            let current = history.last!
            var shocked: [Int: Double] = [:]
            while shocked.count < shocks {
                let p = random.below(pairs.count)
                shocked[p] = (current[p] > 0 ? -1.0 : 1.0) * (0.2 + 0.7 * random.unit())
            }
            let slots = pairs.indices.map { p in
                TieSlot(modelIndex: p, from: pairs[p].0, to: pairs[p].1, share: 1, weight: current[p],
                        fate: shocked[p].map { .rewritten([.set($0)]) } ?? .unchanged)
            }
            let structure = PairStructure(nodeCount: actors, tieSlots: slots, removed: [])
            var state = structure.state(weights: current, present: Array(repeating: true, count: pairs.count))
            try EquilibriumSolver().solve(structure, &state, coupling: 0.25)
            var shockSize = 0.0
            for p in 0 ..< structure.pairCount where structure.frozen[p] { shockSize = max(shockSize, abs(state.shocked[p] - state.before[p])) }
            let materiality = min(0.05, 0.1 * shockSize)
            var next = current
            for q in 0 ..< structure.pairCount {
                let p = structure.tieSlots[Int(structure.slots(of: q).first!)].modelIndex!
                if let weight = shocked[p] {
                    next[p] = weight
                } else if abs(state.after[q] - state.before[q]) >= materiality {
                    next[p] = state.after[q]
                }
            }
            history.append(next)
        }
        return model(names: names, pairs: pairs, history: history)
    }

    /// Evolves at random: in each period `changes` random pairs move by 0.5 in atanh units,
    /// up or down by a fair coin, whatever their neighbours do.
    static func random(actors: Int, ties: Int, periods: Int, changes: Int, seed: UInt64) -> Model {
        var random = SplitMix64(seed: seed)
        let (names, pairs, start) = base(actors: actors, ties: ties, random: &random)
        var history = [start]
        for _ in 1 ..< periods {
            var next = history.last!
            var moved = Set<Int>()
            while moved.count < changes {
                let p = random.below(pairs.count)
                guard moved.insert(p).inserted else { continue }
                next[p] = tanh(atanh(next[p]) + (random.below(2) == 0 ? 0.5 : -0.5))
            }
            history.append(next)
        }
        return model(names: names, pairs: pairs, history: history)
    }

    /// The dated model: each pair's runs of equal weight as one tie each, from the first
    /// period of the run to the end of its last year.
    static func model(names: [String], pairs: [(Int, Int)], history: [[Double]]) -> Model {
        var ties: [Tie] = []
        for (p, pair) in pairs.enumerated() {
            var first = 0
            for t in 1 ... history.count where t == history.count || history[t][p] != history[first][p] {
                let weight = history[first][p]
                let validity = Validity(since: first == 0 ? nil : PartialDate(year: 2020 + first),
                                        until: t == history.count ? nil : PartialDate(year: 2020 + t - 1))
                ties.append(Tie(from: names[pair.0], to: names[pair.1], kind: weight >= 0 ? .cooperation : .friction, weight: weight, validity: validity))
                first = t
            }
        }
        return Model(title: "dated", asOf: PartialDate(year: 2020 + history.count - 1)!, actors: names.map { Actor(id: $0, kind: .state) }, ties: ties)
    }

    /// Period t's mid-year day.
    static func day(_ t: Int) -> Day { Day(year: 2020 + t, month: 6, day: 1) }
}
