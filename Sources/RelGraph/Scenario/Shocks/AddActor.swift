/// `add_actor: {id, kind, label, group}`: a hypothetical actor (ties to it come from `add`).
public struct AddActor: ShockKind {
    public var id: String
    public var kind: ActorKind
    public var label: String?
    public var group: String?

    public init(id: String, kind: ActorKind, label: String?, group: String?) {
        self.id = id
        self.kind = kind
        self.label = label
        self.group = group
    }

    public static let key = "add_actor"
    public static let syntax = "`add_actor: {id, kind, label, group}`"
    public static let effect = "A hypothetical actor (ties to it come from `add`)."

    enum Key: Int, MappingKey {
        case id, kind, label, group
        static let table = MappingKeys(Self.self, names: ["id", "kind", "label", "group"])
    }
    public static var mappingKeys: [String] { Key.table.names }

    public static func read(_ value: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)? {
        guard let inner = MappingReader<Key>(value, what: "add_actor", log: &log) else { return nil }
        let id = inner.required(.id, in: "add_actor", log: &log).flatMap { ValueReader.identifier($0, what: "actor id", log: &log) }
        let kind = inner.required(.kind, in: "add_actor", log: &log).flatMap {
            ValueReader.choice($0, ActorKind.self, what: "actor kind", code: .kind, log: &log)
        }
        let group = inner[.group].flatMap { ValueReader.identifier($0, what: "group", log: &log) }
        guard let id, let kind else { return nil }
        return (AddActor(id: id, kind: kind, label: ValueReader.optionalText(inner[.label], what: "label", log: &log), group: group),
                inner[.id]!.position)
    }

    public var summary: String { "add actor \(id) (\(kind.rawValue), hypothetical)" }

    public var addedActor: Actor? {
        Actor(id: id, label: label, kind: kind, group: group, note: "hypothetical (added by the scenario)")
    }

    /// No target; an id the model or an earlier shock already has is reported.
    public func target(in resolution: inout ShockResolution) -> ShockTarget? {
        if !resolution.claimNewActorID(id) { resolution.report(.addedActorIDUsed(id)) }
        return nil
    }

    public func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)? {
        resolution.addedActors[id].map(Step.init)
    }

    public struct Step: ShockStep {
        public let actor: Actor
        public func apply(to world: inout WorldEdits) { world.addActor(actor) }
    }
}
