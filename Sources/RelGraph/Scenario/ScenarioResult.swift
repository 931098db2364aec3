/// What a scenario did: every tie and pair effect with what carried it, actors' measures
/// before and after, whole-graph measures, and the verdict on each expectation.
public struct ScenarioResult: Sendable {
    public let plan: ScenarioPlan
    /// Baseline actors (model order), then actors the scenario added.
    public let actors: [Actor]
    /// Ids of actors the shocks removed.
    public let removedActors: Set<String>
    /// Ids of the actors present before (the rest were added).
    public let baselineActors: Set<String>
    public let ties: [TieEffect]
    /// Pair relations that changed (all ties of a pair summed and clamped), largest first.
    public let pairs: [PairEffect]
    /// Untied pairs whose accumulated pressure passed the threshold: tendencies, not facts.
    public let emergent: [PairEffect]
    public let actorEffects: [ActorEffect]
    public let graphBefore: GraphMeasures
    public let graphAfter: GraphMeasures
    public let expectations: [ExpectationOutcome]
    /// Nil when brokerage is exact; else the number of sampled sources it was estimated from.
    public var brokerageSources: Int? = nil

    /// Ids to positions in `actors` (the first of a duplicated id).
    private let actorNumbers: [String: Int]

    init(plan: ScenarioPlan, actors: [Actor], removedActors: Set<String>, baselineActors: Set<String>, ties: [TieEffect],
         pairs: [PairEffect], emergent: [PairEffect], actorEffects: [ActorEffect], graphBefore: GraphMeasures,
         graphAfter: GraphMeasures, expectations: [ExpectationOutcome], brokerageSources: Int? = nil) {
        self.plan = plan
        self.actors = actors
        self.removedActors = removedActors
        self.baselineActors = baselineActors
        self.ties = ties
        self.pairs = pairs
        self.emergent = emergent
        self.actorEffects = actorEffects
        self.graphBefore = graphBefore
        self.graphAfter = graphAfter
        self.expectations = expectations
        self.brokerageSources = brokerageSources
        actorNumbers = Model.numbers(actors.map(\.id))
    }

    public var scenario: Scenario { plan.scenario }
    public var model: Model { plan.model }

    public func actor(_ id: String) -> Actor? { actorNumbers[id].map { actors[$0] } }
}

/// One tie through the scenario.
public struct TieEffect: Sendable {
    public enum Status: String, Sendable {
        case removed, set, scaled, added, propagated, unchanged
        /// Between two versions of a model (`relgraph diff`): the weight differs.
        case changed
    }

    /// `tie-<n>` for the model's n-th tie, `added-<n>` for the scenario's n-th added tie:
    /// the same id in every picture and report.
    public let id: String
    /// The tie as in the model (or as added), with its baseline weight.
    public let tie: Tie
    public let modelIndex: Int?
    public let before: Double?
    /// After the shocks, before propagation; nil when removed.
    public let shocked: Double?
    /// After propagation; nil when removed.
    public let after: Double?
    public let status: Status

    public var isHypothetical: Bool { modelIndex == nil }
    public var change: Double { (after ?? 0) - (before ?? 0) }
}

/// A pair's relation before and after, and the intermediaries that moved it.
public struct PairEffect: Sendable {
    public let first: String
    public let second: String
    public let before: Double?
    public let after: Double?
    /// For emergent pairs: the accumulated tendency (no tie exists).
    public let tendency: Double?
    /// Largest first.
    public let carriers: [Carrier]
    /// The pair's ties, by effect id.
    public let tieIDs: [String]

    public var change: Double { tendency ?? ((after ?? 0) - (before ?? 0)) }
    public var name: String { "\(first)~\(second)" }
}

/// An intermediary through which pressure reached a pair, with the ties that carried it.
public struct Carrier: Sendable {
    public let through: String
    /// The part of the pair's pressure change it carried (rate·c_k/n summed over steps).
    public let amount: Double
    /// Effect ids of the ties joining the pair's ends to the intermediary, before or after.
    public let tieIDs: [String]
    /// Source ids cited by those ties (hypothetical ties cite none).
    public let sources: [String]
    /// Whether one of those ties was itself shocked or added.
    public let viaShock: Bool
}

public struct ActorMeasures: Sendable, Equatable {
    public var positiveStrength: Double
    public var negativeStrength: Double
    public var degree: Int
    public var brokerage: Double
    public var influence: Double

    public var strength: Double { positiveStrength - negativeStrength }

    public func value(_ metric: ActorMetric) -> Double {
        switch metric {
        case .strength: return strength
        case .positiveStrength: return positiveStrength
        case .negativeStrength: return negativeStrength
        case .brokerage: return brokerage
        case .influence: return influence
        case .degree: return Double(degree)
        }
    }
}

public struct ActorEffect: Sendable {
    public let actor: String
    /// Nil for an actor the scenario added.
    public let before: ActorMeasures?
    /// Nil for an actor the scenario removed.
    public let after: ActorMeasures?
    /// The actor's changed pairs, largest first: why its measures moved.
    public let pairs: [PairEffect]

    public func change(_ metric: ActorMetric) -> Double {
        (after?.value(metric) ?? 0) - (before?.value(metric) ?? 0)
    }
}

public struct GraphMeasures: Sendable, Equatable {
    public var actors: Int
    public var pairs: Int
    public var triangles: Int
    /// Weighted share of balanced triangles (1 when there are none).
    public var balance: Double
    public var unweightedBalance: Double
    /// Connected groups of actors that have at least one tie.
    public var components: Int
    /// Blocs of actors with ties, each sorted, from the frustration-minimising partition.
    public var blocs: [[String]]
    public var frustration: Double

    public func value(_ metric: GraphMetric) -> Double {
        switch metric {
        case .balance: return balance
        case .components: return Double(components)
        case .blocs: return Double(blocs.count)
        }
    }
}

public struct ExpectationOutcome: Sendable {
    public let expectation: Expectation
    public let holds: Bool
    /// "Russia~Armenia: +0.32 → +0.18 (weaker)", or why it could not be evaluated.
    public let detail: String
}
