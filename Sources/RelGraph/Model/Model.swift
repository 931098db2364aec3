/// A relgraph model: actors, the ties between them, and the sources the ties cite.
public struct Model: Sendable {
    public static let formatVersion = 1

    /// The file it was read from, for diagnostics and for resolving relative paths.
    public var path: String
    public var title: String
    public var asOf: PartialDate
    public var description: String?
    public var sources: [Source]
    public var groups: [Group]
    public var actors: [Actor]
    public var ties: [Tie]

    public init(path: String = "<memory>", title: String, asOf: PartialDate, description: String? = nil,
                sources: [Source] = [], groups: [Group] = [], actors: [Actor] = [], ties: [Tie] = []) {
        self.path = path
        self.title = title
        self.asOf = asOf
        self.description = description
        self.sources = sources
        self.groups = groups
        self.actors = actors
        self.ties = ties
    }

    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    public func group(_ id: String) -> Group? { groups.first { $0.id == id } }

    /// Actor ids mapped to their index: build once when looking up many.
    public var actorIndex: [String: Int] {
        Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
