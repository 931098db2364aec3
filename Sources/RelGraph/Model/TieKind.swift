/// The documented vocabulary of relations, each with the sign a weight of its kind should have.
public enum TieKind: String, CaseIterable, Sendable {
    case alliance, partnership, cooperation, security, energy, trade, transit
    case membership, observer, application, support, control
    case mediation, leverage, deployment
    case criticism, friction, opposition, sanction, hostility, rivalry, conflict
    case other

    public enum ExpectedSign: Sendable { case positive, negative, any }

    public var expectedSign: ExpectedSign {
        switch self {
        case .alliance, .partnership, .cooperation, .security, .energy, .trade, .transit,
             .membership, .observer, .application, .support, .control:
            return .positive
        case .criticism, .friction, .opposition, .sanction, .hostility, .rivalry, .conflict:
            return .negative
        case .mediation, .leverage, .deployment, .other:
            return .any
        }
    }

    /// Whether `weight` has the sign this kind expects (zero fits any kind).
    public func accepts(weight: Double) -> Bool {
        switch expectedSign {
        case .positive: return weight >= 0
        case .negative: return weight <= 0
        case .any: return true
        }
    }

    /// κ: the share of a tie's weight that counts for its pair's relation (docs/weights.md,
    /// "How ties make a relation"). A directed `mediation` tie is a mediator's role and a
    /// directed `leverage` tie a lever held, not alignment or open hostility: ½. Every other
    /// tie, and every mutual tie, counts in full.
    public func pairShare(directed: Bool) -> Double {
        guard directed else { return 1 }
        switch self {
        case .mediation, .leverage: return 0.5
        default: return 1
        }
    }
}
