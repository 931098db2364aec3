/// How sure an effect is, from the draws: the share of draws that move it the way the
/// median does (docs/scenarios.md, "Uncertainty").
public enum Verdict: String, Sendable, CaseIterable, Comparable {
    /// In at least 90 % of draws.
    case robust
    /// In at least 70 %.
    case likely
    /// Less often.
    case uncertain
    /// The median change is below materiality: not a finding.
    case negligible

    public static let robustShare = 0.9
    public static let likelyShare = 0.7

    public init(medianChange: Double, share: Double, materiality: Double) {
        if medianChange == 0 || abs(medianChange) < materiality {
            self = .negligible
        } else if share >= Self.robustShare {
            self = .robust
        } else if share >= Self.likelyShare {
            self = .likely
        } else {
            self = .uncertain
        }
    }

    /// Findings an analyst can lead with.
    public var isFinding: Bool { self == .robust || self == .likely }

    public static func < (a: Verdict, b: Verdict) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// "robust: 97 % of draws", "negligible".
    public func words(share: Double) -> String {
        self == .negligible ? rawValue : "\(rawValue): \(Percent.whole(share)) of draws"
    }
}

/// Shares as whole percentages, "97 %" (floor, so 89.6 % never reads as the 90 % a verdict needs).
public enum Percent {
    public static func whole(_ share: Double) -> String {
        "\(Int((share * 100 + 1e-9).rounded(.down))) %"
    }
}
