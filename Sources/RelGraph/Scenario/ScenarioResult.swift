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
    /// Pair relations that changed (each pair's `Relation` of its ties): findings first, then
    /// by the size of the change (docs/scenarios.md, "Outputs").
    public let pairs: [PairEffect]
    /// Untied pairs whose tendency reaches materiality: tendencies, not facts.
    public let emergent: [PairEffect]
    public let actorEffects: [ActorEffect]
    public let graphBefore: GraphMeasures
    public let graphAfter: GraphMeasures
    public let expectations: [ExpectationOutcome]
    /// Nil when brokerage is exact; else the number of sampled sources it was estimated from.
    public var brokerageSources: Int? = nil
    /// How the effects were found: the rule's coupling, materiality, the draws.
    public var assessment = Assessment()

    /// The numbers behind every verdict of a scenario.
    public struct Assessment: Sendable {
        /// α of the central run.
        public var coupling = Propagation.defaultCoupling
        /// The largest change the shocks themselves made to a pair's relation.
        public var shockSize = 0.0
        /// m = min(0.05, 0.1 × shock size): smaller effects are negligible.
        public var materiality = 0.0
        /// Uncertainty draws, nil for the central run alone.
        public var draws: Int? = nil
        public var seed: UInt64? = nil
        /// The range α was drawn from.
        public var couplingRange: ClosedRange<Double>? = nil
        public init() {}
    }

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
    /// After propagation; nil when removed. Propagation moves relations, not ties: a tie of a
    /// pair it moved is shown moved by the pair's change in atanh units (exact for a pair of one
    /// mutual tie); the pair's relation (`PairEffect`) is what the engine computes.
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
    /// For emergent pairs: the tendency (no tie exists), central run.
    public let tendency: Double?
    /// Largest first.
    public let carriers: [Carrier]
    /// The pair's ties, by effect id.
    public let tieIDs: [String]

    /// What the draws say about it; nil without draws (`relgraph diff`, the central run alone).
    public var uncertainty: EffectUncertainty? = nil

    /// The central run's change.
    public var change: Double { tendency ?? ((after ?? 0) - (before ?? 0)) }
    /// The median change over the draws, or the central change without them.
    public var reportedChange: Double { uncertainty?.medianChange ?? change }
    /// The median relation after (or tendency), or the central one without draws.
    public var reportedAfter: Double? { uncertainty?.medianAfter ?? tendency ?? after }
    public var name: String { "\(first)~\(second)" }
    /// Whether it is a finding an analyst can lead with (robust or likely); without draws, every change is.
    public var isFinding: Bool { uncertainty?.verdict.isFinding ?? true }

    public init(first: String, second: String, before: Double?, after: Double?, tendency: Double?, carriers: [Carrier], tieIDs: [String],
                uncertainty: EffectUncertainty? = nil) {
        self.first = first
        self.second = second
        self.before = before
        self.after = after
        self.tendency = tendency
        self.carriers = carriers
        self.tieIDs = tieIDs
        self.uncertainty = uncertainty
    }
}

/// Magnitudes in the rubric's steps: 0.3 is one step (docs/weights.md).
public enum RubricSteps {
    public static let step = 0.3
    public static func of(_ change: Double) -> Double { change / step }
    /// "+0.4 steps", "−1.2 steps".
    public static func text(_ change: Double) -> String {
        let steps = of(change)
        let number = WeightFormat.plain(abs(steps), decimals: 1)
        return (steps < 0 && number != "0" ? "−" : steps > 0 && number != "0" ? "+" : "") + number + (number == "1" ? " step" : " steps")
    }
}

/// An intermediary through which pressure reached a pair, with the ties that carried it.
public struct Carrier: Sendable {
    public let through: String
    /// The part of the pair's change it carried at the equilibrium, α·Δ(w_ik·w_kj)/n_ij in
    /// atanh units (the carriers of a pair sum to atanh(after) − atanh(before)).
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
    /// "Armenia~Russia: +0.60 → +0.55, median change −0.05, in 93 % of draws", or why it could not be evaluated.
    public let detail: String
    /// The share of draws in which the expected direction held (nil when it does not apply:
    /// `removed`, `unchanged`, an unknown name).
    public var probability: Double? = nil
    /// Whether it also holds with propagation off: it follows from the shocks alone.
    public var direct: Bool? = nil

    public init(expectation: Expectation, holds: Bool, detail: String, probability: Double? = nil, direct: Bool? = nil) {
        self.expectation = expectation
        self.holds = holds
        self.detail = detail
        self.probability = probability
        self.direct = direct
    }
}
