/// `remove: ACTOR`: the actor and all its ties leave the graph.
public struct RemoveActor: ShockKind {
    public var actor: String

    public init(actor: String) { self.actor = actor }

    public static let key = "remove"
    public static let syntax = "`remove: ACTOR`"
    public static let effect = "The actor and all its ties leave the graph."
    public static let flag: ShockFlag? = ShockFlag(name: "remove", valueName: "actor", help: "Remove an actor and all its ties.")

    public static func read(_ value: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)? {
        ValueReader.optionalText(value, what: "remove", log: &log).map { (RemoveActor(actor: $0), value.position) }
    }

    public static func parse(flagValue: String) throws(ShockFlagError) -> Self { RemoveActor(actor: flagValue) }

    public var summary: String { "remove \(actor)" }

    public func target(in resolution: inout ShockResolution) -> ShockTarget? {
        resolution.actorID(actor).flatMap(resolution.actorTarget)
    }

    public func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)? {
        resolution.resolve(actor).map(Step.init)
    }

    public struct Step: ShockStep {
        public let actor: String
        public func apply(to world: inout WorldEdits) { world.removeActor(actor) }
    }
}
