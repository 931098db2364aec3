#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RelGraph

/// Synthetic dated models for the backtest's tests: a signed graph, one tie per pair, evolved
/// over yearly periods (period t starts on 1 January 2020 + t) either by the engine's own rule
/// or by random changes.
///
/// The graph is made of "books": two hubs tied to each other (the spine) and to each of their
/// `pages` clients, which are not tied to one another, plus `extra` random ties across books. A
/// client's pair with a hub then has one common neighbour, the other hub, so a change of the
/// spine reaches every client materially; in a sparse random graph a shock's material
/// consequences are about as many as the shocks themselves, and the (unpredictable) shocks
/// would make up half of any history.
enum DatedWorlds {
    static func books(_ count: Int, pages: Int, extra: Int, random: inout SplitMix64) -> (names: [String], pairs: [(Int, Int)], weights: [Double], spines: [Int]) {
        let size = 2 + pages, actors = count * size
        let names = (0 ..< actors).map { "A\($0)" }
        var taken = Set<Int>(), pairs: [(Int, Int)] = [], spines: [Int] = []
        func add(_ a: Int, _ b: Int) -> Bool {
            guard a != b, taken.insert(min(a, b) * actors + max(a, b)).inserted else { return false }
            pairs.append((min(a, b), max(a, b)))
            return true
        }
        for book in 0 ..< count {
            let h = book * size, k = h + 1
            spines.append(pairs.count)
            _ = add(h, k)
            for page in 0 ..< pages {
                _ = add(h, k + 1 + page)
                _ = add(k, k + 1 + page)
            }
        }
        var added = 0
        while added < extra { if add(random.below(actors), random.below(actors)) { added += 1 } }
        let weights = pairs.map { _ in
            let magnitude = 0.2 + 0.7 * random.unit()
            return random.below(2) == 0 ? magnitude : -magnitude
        }
        return (names, pairs, weights, spines)
    }

    /// Evolves by the engine's rule: in each period `shocks` random spines are set to a new
    /// weight (their sign flipped, a new magnitude), the engine solves the equilibrium (α =
    /// 0.25), and the next period records it: the shocked pairs at their new weight, every
    /// other pair at its equilibrium relation where that moved it by at least the engine's
    /// materiality (smaller moves go unrecorded, as an analyst would not see them).
    static func planted(books count: Int, pages: Int, extra: Int, periods: Int, shocks: Int, seed: UInt64) throws -> Model {
        var random = SplitMix64(seed: seed)
        let (names, pairs, start, spines) = books(count, pages: pages, extra: extra, random: &random)
        let actors = names.count
        var history = [start]
        for _ in 1 ..< periods {
            let current = history.last!
            var shocked: [Int: Double] = [:]
            while shocked.count < shocks {
                let p = spines[random.below(spines.count)]
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

    /// Evolves at random: in each period `changes` random pairs move by 1.5 in atanh units, up or
    /// down by a fair coin, whatever their neighbours do.
    static func random(books count: Int, pages: Int, extra: Int, periods: Int, changes: Int, seed: UInt64) -> Model {
        var random = SplitMix64(seed: seed)
        let (names, pairs, start, _) = books(count, pages: pages, extra: extra, random: &random)
        var history = [start]
        for _ in 1 ..< periods {
            var next = history.last!
            var moved = Set<Int>()
            while moved.count < changes {
                let p = random.below(pairs.count)
                guard moved.insert(p).inserted else { continue }
                next[p] = tanh(atanh(next[p]) + (random.below(2) == 0 ? 1.5 : -1.5))
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
