/// One kind of shock, defined once: its key in a scenario file, its command-line flag, its
/// description for the docs, how it is read from a file or a flag, how it resolves against the
/// model, and (through its `ShockStep`) how it changes the world.
///
/// `ShockKinds.all` is the one list of them: the loader, the plan, `relgraph scenario`'s flags
/// and help, and the table in docs/scenarios.md read it. Adding a kind: a file in this folder
/// with a type conforming to `ShockKind` (and its step), and one line in `ShockKinds.all`.
public protocol ShockKind: Sendable {
    /// The key that introduces the shock in a scenario's `shocks:` list (`remove`, `add_actor`).
    static var key: String { get }
    /// How it is written in a file, for the docs' table (Markdown): "`remove: ACTOR`".
    static var syntax: String { get }
    /// What it does, for the docs' table (Markdown): one or two sentences.
    static var effect: String { get }
    /// Its command-line flag, if it has one.
    static var flag: ShockFlag? { get }
    /// The keys of its mapping (`set: {tie, weight}`), empty when its value is a plain text.
    static var mappingKeys: [String] { get }

    /// Reads the value under its key, reporting problems at their line and column; gives the
    /// shock and the position later diagnostics about it point at.
    static func read(_ value: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)?
    /// Reads the value of its flag (`--set 'A~B=0.5'`). Only kinds with a `flag` are asked.
    static func parse(flagValue: String) throws(ShockFlagError) -> Self

    /// "remove Russia-peacekeepers", "set Azerbaijan~Russia to -0.7": for reports.
    var summary: String { get }
    /// A hypothetical actor the shock brings in: other shocks of the scenario may name it.
    var addedActor: Actor? { get }
    /// What the shock names in the model and the days it exists on, to settle the baseline
    /// date; nil when it names nothing that could be absent. Unknown names are reported here.
    func target(in resolution: inout ShockResolution) -> ShockTarget?
    /// The change on the baseline day, or nil when it cannot be made (reported).
    func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)?
}

extension ShockKind {
    public static var flag: ShockFlag? { nil }
    public static var mappingKeys: [String] { [] }
    public static func parse(flagValue: String) throws(ShockFlagError) -> Self {
        throw ShockFlagError("\(key) has no command-line flag")
    }
    public var addedActor: Actor? { nil }
    public func target(in resolution: inout ShockResolution) -> ShockTarget? { nil }
}

/// A shock resolved against the model on the baseline day: what it does to the world.
public protocol ShockStep: Sendable {
    func apply(to world: inout WorldEdits)
}

/// The shock kinds relgraph knows, in the order of the docs, the error message that lists
/// them and the command's flags.
public enum ShockKinds {
    public static let all: [any ShockKind.Type] = [
        RemoveActor.self,
        CutTies.self,
        SetTie.self,
        ScaleTie.self,
        AddTie.self,
        AddActor.self,
    ]

    /// The kinds' keys, as a file writes them.
    public static var keys: [String] { all.map { $0.key } }

    /// The kind a file's key names.
    public static func named(_ key: String, in kinds: [any ShockKind.Type] = all) -> (any ShockKind.Type)? {
        kinds.first { $0.key == key }
    }

    /// The rows of the shock table in docs/scenarios.md (a test holds the two together).
    public static func markdownRows(_ kinds: [any ShockKind.Type] = all) -> [String] {
        kinds.map { "| \($0.syntax) | \($0.effect) |" }
    }
}

/// A kind's command-line flag: `--remove <actor>`, with its help.
public struct ShockFlag: Sendable {
    /// The flag without its dashes.
    public let name: String
    public let valueName: String
    public let help: String

    public init(name: String, valueName: String, help: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
    }
}

/// Why a flag's value does not make a shock: said after the flag and its value.
public struct ShockFlagError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Something a shock names, and the days it exists on: used to settle the baseline.
public struct ShockTarget: Sendable {
    public var name: String
    var validity: ExistenceIntervals

    init(name: String, validity: ExistenceIntervals) {
        self.name = name
        self.validity = validity
    }
}
