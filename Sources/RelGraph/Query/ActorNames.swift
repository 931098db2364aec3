/// Finds actors by id, label or alias, case-insensitively: what people type on the command line.
public struct ActorNames: Sendable {
    private var byName: [String: String] = [:]
    private var ids: [String] = []

    public init(_ actors: [Actor]) {
        // Ids win over labels, labels over aliases, so an exact id is never shadowed.
        for actor in actors { add(actor.id, for: actor.id) }
        for actor in actors { add(actor.label, for: actor.id) }
        for actor in actors { for alias in actor.aliases { add(alias, for: actor.id) } }
        ids = actors.map(\.id)
    }

    /// Adds one actor's id, label and aliases, under the same precedence as `init` for names
    /// not yet taken: cheaper than building the whole index again for each new actor.
    public mutating func insert(_ actor: Actor) {
        add(actor.id, for: actor.id)
        add(actor.label, for: actor.id)
        for alias in actor.aliases { add(alias, for: actor.id) }
        ids.append(actor.id)
    }

    private mutating func add(_ name: String, for id: String) {
        let key = name.lowercased()
        if byName[key] == nil { byName[key] = id }
    }

    /// The actor id a name stands for, or nil.
    public func resolve(_ name: String) -> String? {
        byName[name.trimmingWhitespace.lowercased()]
    }

    /// The closest id, for "did you mean".
    public func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, in: ids) ?? Suggestion.closest(to: name, in: byName.keys).flatMap { byName[$0] }
    }
}
