/// How second-order effects spread (docs/scenarios.md, "The engine"): the rule and its
/// coupling α.
public struct Propagation: Sendable, Hashable {
    public typealias Model = PropagationRule

    public var model: Model
    /// α, 0 < α < ½: the share of a full (averaged over its triangles) change of a pair's triangle
    /// pressure that enters the pair's relation, in atanh units.
    public var coupling: Double

    /// Half the convergence bound, chosen on that principle and never tuned to results.
    public static let defaultCoupling = 0.25
    /// The map the equilibrium solves is a contraction for α below this (docs/scenarios.md).
    public static let couplingBound = 0.5

    public init(model: Model = .balance, coupling: Double = Propagation.defaultCoupling) {
        self.model = model
        self.coupling = coupling
    }

    public static let standard = Propagation()

    /// Whether α is one the equilibrium is guaranteed for.
    public static func acceptsCoupling(_ value: Double) -> Bool { value > 0 && value < couplingBound }
}
