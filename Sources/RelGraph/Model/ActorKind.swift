/// What sort of actor: decides the node shape and the legend entry.
public enum ActorKind: String, CaseIterable, Sendable {
    case state, organization, bloc, person, force, infrastructure, corridor, other
}
