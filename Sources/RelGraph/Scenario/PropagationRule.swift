/// The propagation rules a scenario may name (`propagation: {model: …}`, `--model`): the one
/// list that drives the scenario files, the command line, `--help`, the reports and
/// `effects.json`. Each rule carries its own description, parameters and limits, which those
/// quote instead of retyping.
public enum PropagationRule: String, CaseIterable, Sendable {
    /// The equilibrium of structural-balance pressure.
    case balance
    /// The shocks only.
    case none

    /// One paragraph: what the rule does, in the words every report and `--help` quote.
    public var summary: String {
        switch self {
        case .balance:
            return """
                Second-order effects follow structural balance (Heider 1946; Cartwright & Harary \
                1956): for a pair i–j, P_ij = Σ_k w_ik·w_kj says what their common neighbours imply \
                about them. Pairs a shock touched keep the value the shock gave them; every other \
                tied pair settles where atanh(w) = atanh(w₀) + α·ΔP/n, ΔP being the change in \
                P the shock caused (at the equilibrium itself) and n the number of their common \
                neighbours, so ΔP/n is the mean change over the pair's triangles. Working in atanh units is the exact integral of the saturating \
                factor (1 − w²) of Marvel, Kleinberg & Strogatz (2011): relations never stick at \
                ±1. The equilibrium is unique for α < ½ and is reached by iteration until no \
                relation moves by more than 10⁻⁹; a pair with no tie gets an emergent tendency \
                tanh(α·ΔP/n), which feeds nothing back.
                """
        case .none:
            return "Only the shocks: every relation they do not touch keeps its baseline value."
        }
    }

    /// The rule's parameters: name, default and meaning.
    public var parameters: [(name: String, value: String, meaning: String)] {
        switch self {
        case .balance:
            return [("coupling", "α = \(WeightFormat.plain(Propagation.defaultCoupling))",
                     "the share of a full (averaged over its triangles) change in a pair's triangle pressure that enters its relation, in atanh units; 0 < α < ½ guarantees one equilibrium; draws take α uniformly within ±0.15 of it")]
        case .none:
            return []
        }
    }

    /// What the rule cannot say, quoted in every report.
    public var limits: [String] {
        switch self {
        case .balance:
            return [
                "Balance dynamics know no interests, capabilities, costs or agency: they say which way balance pushes, not what governments will do.",
                "Only the change the shock caused moves anything: without a shock nothing changes, whatever tensions the baseline holds.",
                "A relation's kind counts only through its sign and its effective weight; cooperation and conflict are treated symmetrically.",
                "Emergent tendencies between actors with no tie are pressures implied by the model, never facts.",
            ]
        case .none:
            return ["Nothing beyond the shocks themselves is modelled: second-order effects are left out on purpose."]
        }
    }

    /// "structural balance, coupling α = 0.25", "none (shocks only)": a report's one-line setting.
    public func setting(coupling: Double) -> String {
        switch self {
        case .balance: return "structural-balance equilibrium, coupling α = \(WeightFormat.plain(coupling))"
        case .none: return "none (shocks only)"
        }
    }
}
