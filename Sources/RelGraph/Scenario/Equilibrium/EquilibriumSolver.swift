#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Solves for the equilibrium of balance pressure (docs/scenarios.md, "The engine"):
///
///     atanh(W_ij) = atanh(R⁰_ij) + α · (P(W) − P(R⁰))_ij / n_ij,     P(X)_ij = Σ_k X_ik X_kj
///
/// for the pairs that may move (`EquilibriumState.live`), the others held at their shocked
/// value S, n_ij being the number of i's and j's common neighbours (the pair's triangles).
/// The right side is 2α-Lipschitz in the sup norm (it adds α times the mean of n_ij terms,
/// each changing by at most 2‖ΔW‖∞, and tanh is 1-Lipschitz), so for 0 < α < ½ the map is a
/// contraction: one equilibrium, which fixed-point iteration from W = S reaches. All pairs are
/// updated together (Jacobi sweeps), each from the previous sweep's values with its
/// intermediaries in ascending order, so mirror-image pairs get equal values to the bit. It
/// stops when no relation moved by more than `tolerance` in a sweep.
///
/// The sweeps it may take are capped by what the contraction guarantees: each sweep's largest
/// move is at most 2α times the previous one's, and the first is at most 2 (relations lie in
/// −1 … +1), so ⌈log(tolerance / 2) / log(2α)⌉ + 1 sweeps always suffice (32 for α = 0.25,
/// 1,062 for α = 0.49). Not converging within them would be a bug, reported as an error.
public struct EquilibriumSolver: Sendable {
    /// No relation moves by more than this in the last sweep.
    public var tolerance: Double
    /// Sweeps allowed before the solver gives up; nil: the bound the contraction guarantees.
    public var iterationCap: Int?

    public static let standardTolerance = 1e-9

    public init(tolerance: Double = EquilibriumSolver.standardTolerance, iterationCap: Int? = nil) {
        self.tolerance = tolerance
        self.iterationCap = iterationCap
    }

    /// The sweeps that suffice for coupling α by the contraction bound, with a margin of ten
    /// for rounding.
    public func guaranteedSweeps(coupling alpha: Double) -> Int {
        let factor = 2 * alpha
        guard factor > 0 && factor < 1 else { return Int.max }
        return Int((log(tolerance / 2) / log(factor)).rounded(.up)) + 11
    }

    /// Fills `state.after`; `start`, when given, is where the live pairs start (a warm start:
    /// the equilibrium is the same, reached in fewer sweeps).
    public func solve(_ structure: PairStructure, _ state: inout EquilibriumState, coupling alpha: Double,
                      start: [Double]? = nil) throws(EquilibriumError) {
        var live: [Int32] = []
        for p in 0 ..< structure.pairCount where state.live[p] && structure.wedgeStart[p + 1] > structure.wedgeStart[p] {
            live.append(Int32(p))
        }
        var current = state.shocked
        if let start { for p in live { current[Int(p)] = start[Int(p)] } }
        state.iterations = 0
        guard !live.isEmpty else {
            state.after = current
            return
        }
        var next = current
        var z0 = [Double](repeating: 0, count: live.count), p0 = z0
        let before = state.before
        structure.wedgeStart.withUnsafeBufferPointer { wedgeStart in
            structure.wedgeLeft.withUnsafeBufferPointer { left in
                structure.wedgeRight.withUnsafeBufferPointer { right in
                    for (position, p) in live.enumerated() {
                        var sum = 0.0
                        for w in Int(wedgeStart[Int(p)]) ..< Int(wedgeStart[Int(p) + 1]) {
                            sum += before[Int(left[w])] * before[Int(right[w])]
                        }
                        p0[position] = sum
                        z0[position] = atanh(before[Int(p)])
                    }
                }
            }
        }
        var iterations = 0
        var largest = Double.infinity
        let cap = iterationCap ?? guaranteedSweeps(coupling: alpha)
        while iterations < cap {
            iterations += 1
            largest = Self.sweep(structure, live: live, z0: z0, p0: p0, before: before, current: current, next: &next, alpha: alpha)
            swap(&current, &next)
            if largest <= tolerance { break }
        }
        state.iterations = iterations
        state.after = current
        if largest > tolerance { throw EquilibriumError(iterations: iterations, largestMove: largest, coupling: alpha) }
    }

    /// One Jacobi sweep: every live pair from `current` into `next`; returns the largest move.
    static func sweep(_ structure: PairStructure, live: [Int32], z0: [Double], p0: [Double], before: [Double],
                      current: [Double], next: inout [Double], alpha: Double) -> Double {
        var largest = 0.0
        structure.wedgeStart.withUnsafeBufferPointer { wedgeStart in
            structure.wedgeLeft.withUnsafeBufferPointer { left in
                structure.wedgeRight.withUnsafeBufferPointer { right in
                    structure.reach.withUnsafeBufferPointer { reach in
                        current.withUnsafeBufferPointer { current in
                            next.withUnsafeMutableBufferPointer { next in
                                for position in live.indices {
                                    let p = Int(live[position])
                                    var sum = 0.0
                                    for w in Int(wedgeStart[p]) ..< Int(wedgeStart[p + 1]) {
                                        sum += current[Int(left[w])] * current[Int(right[w])]
                                    }
                                    let change = sum - p0[position]
                                    // No change in pressure: exactly the baseline (tanh(atanh(x)) may miss x by an ulp).
                                    let value = change == 0 ? before[p] : tanh(z0[position] + alpha * change / reach[p])
                                    largest = max(largest, abs(value - current[p]))
                                    next[p] = value
                                }
                            }
                        }
                    }
                }
            }
        }
        return largest
    }
}

/// The equilibrium was not reached within the iteration cap (for 0 < α < ½ and the
/// guaranteed cap it always is).
public struct EquilibriumError: Error, Sendable, CustomStringConvertible {
    public let iterations: Int
    public let largestMove: Double
    public let coupling: Double

    public var description: String {
        "the balance equilibrium did not converge: after \(iterations) sweeps a relation still moved by \(largestMove) (coupling α = \(WeightFormat.plain(coupling, decimals: 4)); it converges for α < ½)"
    }
}

extension PairStructure {
    /// (P(W) − P(R⁰))_ij of pair p over its wedges, intermediaries ascending.
    func pressureChange(_ p: Int, before: [Double], after: [Double]) -> Double {
        var now = 0.0, then = 0.0
        for w in Int(wedgeStart[p]) ..< Int(wedgeStart[p + 1]) {
            now += after[Int(wedgeLeft[w])] * after[Int(wedgeRight[w])]
            then += before[Int(wedgeLeft[w])] * before[Int(wedgeRight[w])]
        }
        return now - then
    }

    /// tanh(α · ΔP / n) of movable pair p when none of its ties is there in a world: the
    /// tendency it would feel, as for an untied pair.
    func tendency(_ p: Int, _ state: EquilibriumState, coupling alpha: Double) -> Double {
        let change = pressureChange(p, before: state.before, after: state.after)
        return change == 0 ? 0 : tanh(alpha * change / reach[p])
    }

    /// What each intermediary k carried to pair p at the equilibrium: α·Δ(W_ik·W_kj)/n_ij,
    /// in atanh units (they sum to atanh(W) − atanh(R⁰)).
    func carriers(of p: Int, _ state: EquilibriumState, coupling alpha: Double) -> [(through: Int, amount: Double)] {
        var result: [(Int, Double)] = []
        for w in Int(wedgeStart[p]) ..< Int(wedgeStart[p + 1]) {
            let l = Int(wedgeLeft[w]), r = Int(wedgeRight[w])
            let change = state.after[l] * state.after[r] - state.before[l] * state.before[r]
            if change != 0 { result.append((Int(wedgeThrough[w]), alpha * change / reach[p])) }
        }
        return result
    }
}
