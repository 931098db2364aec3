import RelGraph

/// What an export writes: the whole model with every date, or its snapshot on one day.
///
/// Writers take this rather than a `Snapshot` so that the default export loses nothing:
/// every actor and tie, with their intervals as attributes, for tools that have a timeline.
public struct InterchangeGraph: Sendable {
    /// A tie and its place in the model, which gives it an id stable across exports.
    public struct IndexedTie: Sendable {
        public let index: Int
        public let tie: Tie
        /// `t1`, `t2`, … by position in the model, so a snapshot keeps the ids of the whole.
        public var id: String { InterchangeGraph.tieID(index) }
    }

    public let model: Model
    public let actors: [Actor]
    public let ties: [IndexedTie]
    /// The day of a snapshot; nil when every date is exported.
    public let day: Day?

    /// Every actor and every tie, whatever their dates.
    public init(model: Model) {
        self.model = model
        actors = model.actors
        ties = model.ties.enumerated().map { IndexedTie(index: $0.offset, tie: $0.element) }
        day = nil
    }

    /// What exists and holds on the snapshot's day.
    public init(snapshot: Snapshot) {
        model = snapshot.model
        actors = snapshot.actors
        ties = snapshot.tieIndices.map { IndexedTie(index: $0, tie: snapshot.model.ties[$0]) }
        day = snapshot.day
    }

    public static func tieID(_ index: Int) -> String { "t\(index + 1)" }

    /// Whether any exported tie is directed: such graphs are written as directed graphs.
    public var hasDirectedTies: Bool { ties.contains { $0.tie.directed } }
}
