/// How well the cited sources support a tie as coded (see docs/weights.md).
public enum Confidence: String, CaseIterable, Sendable, Comparable {
    case low, medium, high

    public static func < (a: Confidence, b: Confidence) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
