// Degree and strength: the local measures, read straight off the adjacency lists (degree off
// the neighbour table, whose rows hold only the non-zero ties).
//
// A pair whose weight is exactly 0 (cooperation and friction that cancel) is no tie for any
// measure in this folder, so it counts for neither degree nor strength.

/// The sum of the positive tie weights at each node: how much cooperation an actor has.
///
/// Definition: s⁺(i) = Σ_j max(w_ij, 0). Matches `networkx.Graph.degree(weight="weight")`
/// on the graph of positive ties only (`g.cooperativePart`).
///
/// - Parameter g: a signed graph; every tie is read, only the positive ones count.
/// - Returns: one value per node, indexed by node number, each ≥ 0; isolated nodes get 0;
///   an empty graph gives `[]`.
///
/// Reference: Barrat, Barthélemy, Pastor-Satorras & Vespignani (2004), "The architecture of
/// complex weighted networks", PNAS 101(11): 3747–3752 (strength).
public func positiveStrength(_ g: SignedGraph) -> [Double] {
    g.adjacency.map { row in row.reduce(0) { $1.weight > 0 ? $0 + $1.weight : $0 } }
}

/// The sum of |w| over the negative ties at each node, reported as a non-negative number:
/// how much friction an actor has.
///
/// Definition: s⁻(i) = Σ_j max(−w_ij, 0). NetworkX has no single call for it; it equals
/// `Graph.degree(weight=...)` on the negative ties with their absolute weights.
///
/// - Parameter g: a signed graph; only the negative ties count.
/// - Returns: one value per node, indexed by node number, each ≥ 0; `[]` for an empty graph.
///
/// Reference: Barrat et al. (2004), as for `positiveStrength(_:)`.
public func negativeStrength(_ g: SignedGraph) -> [Double] {
    g.adjacency.map { row in row.reduce(0) { $1.weight < 0 ? $0 - $1.weight : $0 } }
}

/// The number of ties at each node, of either sign.
///
/// Matches `networkx.Graph.degree()` on the graph of non-zero ties: a pair whose weight is
/// exactly 0 is not counted.
///
/// - Parameter g: a signed graph.
/// - Returns: one count per node, indexed by node number; `[]` for an empty graph.
public func degree(_ g: SignedGraph) -> [Int] {
    let table = g.neighbourTable
    return (0 ..< g.nodeCount).map(table.degree(of:))
}

extension Measure {
    public static let degree = Measure(
        key: "degree", title: "degree", display: .count,
        definition: "number of related actors, of either sign", networkX: "`G.degree()`"
    ) { input in RelGraph.degree(input.graph).map(Double.init) }

    public static let positiveStrength = Measure(
        key: "positive_strength", title: "positive", display: .places(2, signed: false),
        definition: "s⁺(i) = Σ_j max(w_ij, 0): how much cooperation an actor has",
        networkX: "`coop.degree(weight=\"weight\")`"
    ) { input in RelGraph.positiveStrength(input.graph) }

    public static let negativeStrength = Measure(
        key: "negative_strength", title: "negative", display: .places(2, signed: false),
        definition: "s⁻(i) = Σ_j max(−w_ij, 0), reported ≥ 0: how much friction",
        networkX: "`N.degree(weight=\"magnitude\")`, N the negative relations with magnitude = |w|"
    ) { input in RelGraph.negativeStrength(input.graph) }

    /// Net strength: positive minus negative.
    public static let strength = Measure(
        key: "strength", title: "net", display: .places(2, signed: true),
        definition: "s⁺(i) − s⁻(i), net", networkX: "—"
    ) { input in zip(RelGraph.positiveStrength(input.graph), RelGraph.negativeStrength(input.graph)).map { $0 - $1 } }
}
