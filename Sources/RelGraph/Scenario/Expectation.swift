/// What a scenario's author expects to happen, checked by `relgraph scenario --check`.
public struct Expectation: Sendable {
    public enum Target: Sendable {
        /// The relation of a pair: the `Relation` of every tie between them.
        case pair(TieReference)
        case actor(String, ActorMetric)
        case graph(GraphMetric)
    }

    public enum Change: String, CaseIterable, Sendable {
        case weaker, stronger
        case moreCooperative = "more-cooperative"
        case moreConflictual = "more-conflictual"
        case removed, unchanged, increase, decrease
    }

    public var target: Target
    public var change: Change
    public var note: String?
    public var position: TextPosition
    /// The share of draws the direction must hold in (`probability:`); nil: `defaultProbability`.
    public var probability: Double?
    /// The smallest median change that counts (`min_change:`); nil: the scenario's materiality
    /// (for brokerage and influence, which are shares rather than weights: any change).
    public var minChange: Double?

    /// The share of draws an expectation's direction must hold in by default.
    public static let defaultProbability = 0.8

    public init(target: Target, change: Change, note: String? = nil, position: TextPosition = .start,
                probability: Double? = nil, minChange: Double? = nil) {
        self.target = target
        self.change = change
        self.note = note
        self.position = position
        self.probability = probability
        self.minChange = minChange
    }

    /// "Russia~Armenia weaker", "Russia strength decrease".
    public var summary: String {
        switch target {
        case .pair(let tie): return "\(tie) \(change.rawValue)"
        case .actor(let actor, let metric): return "\(actor) \(metric.rawValue) \(change.rawValue)"
        case .graph(let metric): return "\(metric.rawValue) \(change.rawValue)"
        }
    }
}

/// Per-actor measures a scenario reports and expectations may name.
public enum ActorMetric: String, CaseIterable, Sendable {
    /// Positive minus negative strength.
    case strength
    case positiveStrength = "positive-strength"
    case negativeStrength = "negative-strength"
    /// Betweenness over cooperative ties, distance 1/|w|.
    case brokerage
    /// PageRank over cooperative ties.
    case influence
    case degree
}

/// Whole-graph measures a scenario reports and expectations may name.
public enum GraphMetric: String, CaseIterable, Sendable {
    /// Weighted share of balanced triangles.
    case balance
    case components
    case blocs
}
