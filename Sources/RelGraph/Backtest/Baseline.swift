/// What the engine is compared with.
public enum Baseline: String, Sendable, CaseIterable {
    case persistence
    case majority
    case random
}
