/// An actor before it is written: its bloc decides its group and the signs of its ties.
struct SyntheticActor: Sendable {
    var kind: ActorKind
    var bloc: Int
    /// False for the few actors drawn in the ungrouped colour (their bloc still shapes their ties).
    var grouped: Bool
    /// Whole years: `since` starts on 1 January, `until` ends on 31 December.
    var since: Int?
    var until: Int?
}
