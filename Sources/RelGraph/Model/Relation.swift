/// The relation of a pair of actors, made from all the ties between them: how cooperative,
/// how conflictual, and the net of the two. One definition, used by the measures, the
/// scenario engine, `path`, pictures and reports (docs/relations.md).
///
/// Each tie t contributes its *effective weight* e_t = κ · w_t, κ = `TieKind.pairShare`
/// (½ for a directed mediation or leverage tie, else 1). With p₁ ≥ p₂ ≥ … the positive
/// effective weights and β = `breadthShare`:
///
///     c = 1 − (1 − p₁) · Π_{i≥2} (1 − β·p_i)      the cooperative part
///     d = the same over the magnitudes of the negative effective weights
///     r = c − d                                      the relation, −1 … +1
///
/// The strongest tie sets the level; each further tie of the same sign closes the share β·p
/// of the gap that remains. β = 0 would keep the strongest tie only, β = 1 would treat the
/// ties as independent channels (noisy-or). There is no clamp: r reaches ±1 only when a tie
/// says ±1, and a change to any tie of a pair moves r.
public struct Relation: Sendable, Equatable {
    /// β: the share of the remaining gap that each further tie of the same sign closes.
    public static let breadthShare = 0.5

    /// c, 0 … 1: what the pair's cooperative ties add up to.
    public let cooperative: Double
    /// d, 0 … 1: what the magnitudes of its conflictual ties add up to.
    public let conflictual: Double

    /// r = c − d.
    public var value: Double { cooperative - conflictual }

    public init(cooperative: Double, conflictual: Double) {
        self.cooperative = cooperative
        self.conflictual = conflictual
    }

    /// The relation of ties with these effective weights (any order; zero weights add nothing).
    public init(effectiveWeights: some Sequence<Double>) {
        var positive: [Double] = [], negative: [Double] = []
        for e in effectiveWeights {
            if e > 0 { positive.append(e) } else if e < 0 { negative.append(-e) }
        }
        cooperative = Self.part(&positive)
        conflictual = Self.part(&negative)
    }

    /// One side's part from its magnitudes (sorted here, largest first, so the result does not
    /// depend on the order the ties were written in).
    static func part(_ magnitudes: inout [Double]) -> Double {
        switch magnitudes.count {
        case 0: return 0
        case 1: return magnitudes[0]
        default:
            magnitudes.sort(by: >)
            var gap = 1 - magnitudes[0]
            for p in magnitudes.dropFirst() { gap *= 1 - breadthShare * p }
            return 1 - gap
        }
    }

    /// The relation's definition in one paragraph, quoted by reports and `--help`.
    public static let summary = """
        A pair's relation combines all its ties. Each tie counts with its effective weight \
        (its weight, halved for a directed mediation or leverage tie: a role or a latent lever, \
        not alignment). The strongest cooperative tie sets the cooperative part c; each further \
        one closes half of what remains of the gap to 1 in proportion to its weight; the \
        conflictual part d is made the same way from the conflictual ties, and the relation is \
        c − d. Nothing is clamped: only a tie of ±1 makes a relation of ±1, and a change to any \
        tie moves its pair.
        """
}
