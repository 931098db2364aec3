/// How likely a source's report is to be true, from its Admiralty grade (docs/weights.md,
/// "Uncertainty"): p = r(reliability) · c(credibility).
extension AdmiraltyGrade {
    /// r: A 1.0, B 0.9, C 0.75, D 0.6, E 0.45, F (cannot be judged) 0.65.
    public static let reliabilityFactor: [Character: Double] = ["A": 1.0, "B": 0.9, "C": 0.75, "D": 0.6, "E": 0.45, "F": 0.65]
    /// c: 1 1.0, 2 0.9, 3 0.75, 4 0.5, 5 0.3, 6 (cannot be judged) 0.65.
    public static let credibilityFactor: [Int: Double] = [1: 1.0, 2: 0.9, 3: 0.75, 4: 0.5, 5: 0.3, 6: 0.65]

    /// The probability a draw believes a citation of a source with this grade.
    public var beliefProbability: Double {
        (Self.reliabilityFactor[reliability] ?? 0.75) * (Self.credibilityFactor[credibility] ?? 0.75)
    }

    /// An ungraded source counts as C3.
    public static let ungraded = AdmiraltyGrade("C3")!
}
