#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pairs with no tie before or after the shocks, each with its wedges through tied pairs:
/// what an emergent tendency T_ij = tanh(α · (P(W*) − P(R⁰))_ij / n_ij) is read from.
/// Tendencies feed nothing back into the equilibrium.
public struct UntiedPairs: Sendable {
    public let ends: [PairKey]
    /// n_ij: the common neighbours of i and j (the wedges through which pressure reaches them).
    let reach: [Double]
    let wedgeStart: [Int32]
    let wedgeLeft: [Int32]
    let wedgeRight: [Int32]
    let wedgeThrough: [Int32]

    public var count: Int { ends.count }

    /// The given pairs (each untied in `structure`, ends distinct), in the order given.
    init(_ structure: PairStructure, pairs: [PairKey]) {
        ends = pairs
        var reach: [Double] = [], wedgeStart: [Int32] = [0], left: [Int32] = [], right: [Int32] = [], through: [Int32] = []
        for pair in pairs {
            let common = PairStructure.commonNeighbours(pair.low, pair.high, rowStart: structure.rowStart, rowNode: structure.rowNode) { k, a, b in
                left.append(structure.rowPair[a]); right.append(structure.rowPair[b]); through.append(Int32(k))
            }
            reach.append(Double(max(1, common)))
            wedgeStart.append(Int32(left.count))
        }
        self.reach = reach
        self.wedgeStart = wedgeStart
        wedgeLeft = left
        wedgeRight = right
        wedgeThrough = through
    }

    /// T of untied pair u in a solved world.
    public func tendency(_ u: Int, _ state: EquilibriumState, coupling alpha: Double) -> Double {
        var now = 0.0, then = 0.0
        for w in Int(wedgeStart[u]) ..< Int(wedgeStart[u + 1]) {
            now += state.after[Int(wedgeLeft[w])] * state.after[Int(wedgeRight[w])]
            then += state.before[Int(wedgeLeft[w])] * state.before[Int(wedgeRight[w])]
        }
        let change = now - then
        return change == 0 ? 0 : tanh(alpha * change / reach[u])
    }

    /// What each intermediary carried to untied pair u, in atanh units.
    func carriers(of u: Int, _ state: EquilibriumState, coupling alpha: Double) -> [(through: Int, amount: Double)] {
        var result: [(Int, Double)] = []
        for w in Int(wedgeStart[u]) ..< Int(wedgeStart[u + 1]) {
            let l = Int(wedgeLeft[w]), r = Int(wedgeRight[w])
            let change = state.after[l] * state.after[r] - state.before[l] * state.before[r]
            if change != 0 { result.append((Int(wedgeThrough[w]), alpha * change / reach[u])) }
        }
        return result
    }

    /// The wedges' pairs of untied pair u (for the ties an effect rests on).
    func legs(of u: Int) -> [(through: Int, left: Int, right: Int)] {
        (Int(wedgeStart[u]) ..< Int(wedgeStart[u + 1])).map { (Int(wedgeThrough[$0]), Int(wedgeLeft[$0]), Int(wedgeRight[$0])) }
    }
}

extension PairStructure {
    /// Untied pairs (no removed end) that some pair whose relation moved by at least `floor`
    /// reaches through a common neighbour, ascending. Every untied pair left out has
    /// |T| < `floor`: each term of its ΔP is Δ(W_ik W_kj) = ΔW_ik·W_kj + R⁰_ik·ΔW_kj, under
    /// 2·floor when both legs moved by less than `floor`, and ΔP/n_ij is the mean of its n_ij
    /// terms, so |T| ≤ α·2·floor < floor.
    public func untiedCandidates(_ state: EquilibriumState, floor: Double) -> [PairKey] {
        var candidates: [UInt64] = []
        for p in 0 ..< pairCount where state.after[p] != state.before[p] && abs(state.after[p] - state.before[p]) >= floor {
            let pair = ends[p]
            for (end, other) in [(pair.low, pair.high), (pair.high, pair.low)] where !removed[end] {
                // (end, other) moved: every j tied to `other` gives the wedge end–other–j.
                for j in neighbours(of: other) where Int(j) != end && !removed[Int(j)] {
                    candidates.append(PairKey(end, Int(j)).packed)
                }
            }
        }
        candidates.sort()
        var result: [PairKey] = []
        var previous: UInt64?
        for packed in candidates where packed != previous {
            previous = packed
            let key = PairKey(packed: packed)
            if pair(key.low, key.high) == nil { result.append(key) }
        }
        return result
    }

    /// The legs of movable pair p's wedges.
    func legs(of p: Int) -> [(through: Int, left: Int, right: Int)] {
        (Int(wedgeStart[p]) ..< Int(wedgeStart[p + 1])).map { (Int(wedgeThrough[$0]), Int(wedgeLeft[$0]), Int(wedgeRight[$0])) }
    }
}
