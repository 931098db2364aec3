/// A state, organisation, bloc, person, force or piece of infrastructure that ties connect.
public struct Actor: Sendable {
    public var id: String
    public var label: String
    public var kind: ActorKind
    public var group: String?
    public var aliases: [String]
    public var validity: Validity
    public var note: String?
    public var position: TextPosition
    /// Where `since` and `until` were written, for diagnostics about the interval.
    public var sincePosition: TextPosition?
    public var untilPosition: TextPosition?

    public init(id: String, label: String? = nil, kind: ActorKind, group: String? = nil, aliases: [String] = [],
                validity: Validity = .always, note: String? = nil, position: TextPosition = .start) {
        self.id = id
        self.label = label ?? id
        self.kind = kind
        self.group = group
        self.aliases = aliases
        self.validity = validity
        self.note = note
        self.position = position
    }
}
