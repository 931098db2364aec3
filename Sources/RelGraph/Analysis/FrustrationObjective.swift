/// What `signedBlocs(_:objective:)` minimises: how a frustrated tie (negative inside a bloc,
/// positive between blocs) is counted.
public enum FrustrationObjective: Sendable, Equatable, CaseIterable {
    /// Each frustrated tie counts its strength |w|: a weak friction inside a bloc costs less
    /// than a strong one.
    case weighted
    /// Each frustrated tie counts 1, whatever its weight (Davis's and Doreian & Mrvar's
    /// count of inconsistencies).
    case unweighted
}
