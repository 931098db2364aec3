/// One hypothetical change to the baseline graph, as written (names not yet resolved).
///
/// What a shock does is its kind's (`ShockKind`, one file each in Shocks/, listed in
/// `ShockKinds.all`); a `Shock` is a kind and where it was given.
public struct Shock: Sendable {
    /// A shock's kind with its values: `.cut(tie)`, `.set(tie, weight: 0.5)`, … or any `ShockKind`.
    public struct Action: Sendable {
        public let kind: any ShockKind

        public init(_ kind: any ShockKind) { self.kind = kind }

        public static func remove(actor: String) -> Action { Action(RemoveActor(actor: actor)) }
        public static func cut(_ tie: TieReference) -> Action { Action(CutTies(tie: tie)) }
        public static func set(_ tie: TieReference, weight: Double) -> Action { Action(SetTie(tie: tie, weight: weight)) }
        public static func scale(_ tie: TieReference, factor: Double) -> Action { Action(ScaleTie(tie: tie, factor: factor)) }
        public static func add(from: String, to: String, directed: Bool, kind: TieKind, weight: Double, label: String?) -> Action {
            Action(AddTie(from: from, to: to, directed: directed, kind: kind, weight: weight, label: label))
        }
        public static func addActor(id: String, kind: ActorKind, label: String?, group: String?) -> Action {
            Action(AddActor(id: id, kind: kind, label: label, group: group))
        }
    }

    /// Where the shock was given: a line of a scenario file, or a command-line flag.
    public enum Origin: Sendable, Hashable {
        case file(TextPosition)
        case commandLine(flag: String)
    }

    public var action: Action
    public var origin: Origin

    public init(_ action: Action, origin: Origin) {
        self.action = action
        self.origin = origin
    }

    public init(_ kind: any ShockKind, origin: Origin) {
        self.init(Action(kind), origin: origin)
    }

    /// The shock's kind, with its values.
    public var kind: any ShockKind { action.kind }

    /// "remove Russia-peacekeepers", "set Azerbaijan~Russia to -0.7": for reports.
    public var summary: String { action.kind.summary }
}
