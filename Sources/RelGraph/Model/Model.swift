/// A relgraph model: actors, the ties between them, and the sources the ties cite.
public struct Model: Sendable {
    public static let formatVersion = 1

    /// The file it was read from, for diagnostics and for resolving relative paths.
    public var path: String
    public var title: String
    public var asOf: PartialDate
    public var description: String?
    public var sources: [Source] { didSet { sourceNumbers = Self.numbers(sources.map(\.id)) } }
    public var groups: [Group] { didSet { groupNumbers = Self.numbers(groups.map(\.id)) } }
    public var actors: [Actor] { didSet { actorNumbers = Self.numbers(actors.map(\.id)) } }
    public var ties: [Tie]

    // Ids to positions, kept up to date with the lists: lookups in loops over ties (tooltips,
    // links, reports) stay O(1) on models of 10,000 actors. The first of a duplicated id wins,
    // as a search from the start would find it.
    private var actorNumbers: [String: Int]
    private var sourceNumbers: [String: Int]
    private var groupNumbers: [String: Int]

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
        actorNumbers = Self.numbers(actors.map(\.id))
        sourceNumbers = Self.numbers(sources.map(\.id))
        groupNumbers = Self.numbers(groups.map(\.id))
    }

    public func actor(_ id: String) -> Actor? { actorNumbers[id].map { actors[$0] } }
    public func source(_ id: String) -> Source? { sourceNumbers[id].map { sources[$0] } }
    public func group(_ id: String) -> Group? { groupNumbers[id].map { groups[$0] } }

    /// Actor ids mapped to their index (the first, if an id is used twice).
    public var actorIndex: [String: Int] { actorNumbers }

    static func numbers(_ ids: [String]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(ids.count)
        for (number, id) in ids.enumerated() where numbers[id] == nil { numbers[id] = number }
        return numbers
    }
}
