/// What a tie rests on: the sources it cites, or an assumption said out loud.
///
/// An assumption is a gap in the evidence that a model needs filled (the United States is a
/// member of NATO, and no article at hand says so): it has a `rationale` instead of `cite`,
/// `relgraph check` lists it (`assumption`), and `--no-assumptions` leaves it out.
public enum TieBasis: String, CaseIterable, Sendable {
    case cited, assumption
}
