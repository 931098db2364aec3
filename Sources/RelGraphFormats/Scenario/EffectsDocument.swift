import FoundationEssentials
import RelGraph

/// `effects.json`: a scenario's result for other programs. The shape is documented in
/// docs/scenarios.md; keys are sorted and numbers unrounded, so the bytes are repeatable.
public struct EffectsDocument: Codable, Sendable {
    public struct ScenarioInfo: Codable, Sendable {
        var title: String
        var file: String
        var description: String?
        var model: String
        var baseline: String
        var notes: [String]
        var propagation: PropagationInfo
        var shocks: [String]
    }

    public struct PropagationInfo: Codable, Sendable {
        var model: String
        /// The rule's own paragraph (`PropagationRule.summary`) and the relation's (`Relation.summary`).
        var description: String
        var relation: String
        var coupling: Double
        var couplingRange: [Double]?
        var draws: Int?
        var seed: UInt64?
        var shockSize: Double
        var materiality: Double

        enum CodingKeys: String, CodingKey {
            case model, description, relation, coupling, draws, seed, materiality
            case couplingRange = "coupling_range", shockSize = "shock_size"
        }
    }

    public struct TieInfo: Codable, Sendable {
        var id: String
        var from: String
        var to: String
        var directed: Bool
        var kind: String
        var label: String?
        var hypothetical: Bool
        var status: String
        var before: Double?
        var shocked: Double?
        var after: Double?
        var change: Double
        var sources: [String]
    }

    public struct CarrierInfo: Codable, Sendable {
        var through: String
        var amount: Double
        var ties: [String]
        var sources: [String]
        var viaShock: Bool

        enum CodingKeys: String, CodingKey {
            case through, amount, ties, sources
            case viaShock = "via_shock"
        }
    }

    public struct KeyTieInfo: Codable, Sendable {
        var tie: String
        var sources: [String]
        var grades: [String]
        var influence: Double
    }

    /// An assumption tie a finding is traced through (`basis: assumption`: no source).
    public struct AssumptionInfo: Codable, Sendable {
        var tie: String
        var name: String
        var rationale: String
        var lostWithout: Bool

        enum CodingKeys: String, CodingKey {
            case tie, name, rationale
            case lostWithout = "lost_without"
        }
    }

    public struct PairInfo: Codable, Sendable {
        var pair: String
        var before: Double?
        /// Medians over the draws (central values without draws).
        var after: Double?
        var tendency: Double?
        var change: Double
        var steps: Double
        var low: Double?
        var high: Double?
        var pDirection: Double?
        var verdict: String?
        var keyTies: [KeyTieInfo]?
        var restsOn: [String]?
        var sourcesTested: [String]?
        var assumptions: [AssumptionInfo]?
        var ties: [String]
        var carriers: [CarrierInfo]

        enum CodingKeys: String, CodingKey {
            case pair, before, after, tendency, change, steps, low, high, verdict, ties, carriers, assumptions
            case pDirection = "p_direction", keyTies = "key_ties", restsOn = "rests_on", sourcesTested = "sources_tested"
        }
    }

    public struct MeasuresInfo: Codable, Sendable {
        var strength: Double
        var positiveStrength: Double
        var negativeStrength: Double
        var degree: Int
        var brokerage: Double
        var influence: Double

        enum CodingKeys: String, CodingKey {
            case strength, degree, brokerage, influence
            case positiveStrength = "positive_strength", negativeStrength = "negative_strength"
        }
    }

    public struct ActorInfo: Codable, Sendable {
        var id: String
        var label: String
        var removed: Bool
        var added: Bool
        var before: MeasuresInfo?
        var after: MeasuresInfo?
    }

    public struct GraphInfo: Codable, Sendable {
        var actors: Int
        var pairs: Int
        var triangles: Int
        var balance: Double
        var unweightedBalance: Double
        var components: Int
        var blocs: [[String]]
        var frustration: Double

        enum CodingKeys: String, CodingKey {
            case actors, pairs, triangles, balance, components, blocs, frustration
            case unweightedBalance = "unweighted_balance"
        }
    }

    public struct ExpectationInfo: Codable, Sendable {
        var expectation: String
        var holds: Bool
        var probability: Double?
        var direct: Bool?
        var detail: String
        var note: String?
    }

    var relgraph = 1
    var scenario: ScenarioInfo
    var ties: [TieInfo]
    var pairs: [PairInfo]
    var emergent: [PairInfo]
    var actors: [ActorInfo]
    var graph: [String: GraphInfo]
    var expectations: [ExpectationInfo]

    public init(_ result: ScenarioResult) {
        let scenario = result.scenario
        self.scenario = ScenarioInfo(
            title: scenario.title, file: scenario.path, description: scenario.description, model: result.model.path,
            baseline: result.plan.baseline.description, notes: result.plan.notes,
            propagation: PropagationInfo(model: scenario.propagation.model.rawValue, description: scenario.propagation.model.summary,
                                         relation: Relation.summary, coupling: result.assessment.coupling,
                                         couplingRange: result.assessment.couplingRange.map { [$0.lowerBound, $0.upperBound] },
                                         draws: result.assessment.draws, seed: result.assessment.seed,
                                         shockSize: result.assessment.shockSize, materiality: result.assessment.materiality),
            shocks: scenario.shocks.map(\.summary))
        ties = result.ties.filter { $0.status != .unchanged }.map { effect in
            TieInfo(id: effect.id, from: effect.tie.from, to: effect.tie.to, directed: effect.tie.directed, kind: effect.tie.kind.rawValue,
                    label: effect.tie.label, hypothetical: effect.isHypothetical, status: effect.status.rawValue, before: effect.before,
                    shocked: effect.shocked, after: effect.after, change: effect.change,
                    sources: effect.tie.citations.map(\.source).uniqued())
        }
        pairs = result.pairs.map { Self.pair($0, result) }
        emergent = result.emergent.map { Self.pair($0, result) }
        actors = result.actorEffects.sorted { $0.actor < $1.actor }.map { effect in
            ActorInfo(id: effect.actor, label: result.actor(effect.actor)?.label ?? effect.actor,
                      removed: result.removedActors.contains(effect.actor), added: effect.before == nil,
                      before: effect.before.map(Self.measures), after: effect.after.map(Self.measures))
        }
        graph = ["before": Self.graph(result.graphBefore), "after": Self.graph(result.graphAfter)]
        expectations = result.expectations.map {
            ExpectationInfo(expectation: $0.expectation.summary, holds: $0.holds, probability: $0.probability, direct: $0.direct,
                            detail: $0.detail, note: $0.expectation.note)
        }
    }

    static func pair(_ effect: PairEffect, _ result: ScenarioResult) -> PairInfo {
        let u = effect.uncertainty
        let tied = effect.tendency == nil
        return PairInfo(pair: effect.name, before: effect.before, after: tied ? (effect.after == nil ? nil : effect.reportedAfter) : nil,
                        tendency: tied ? nil : effect.reportedAfter, change: effect.reportedChange,
                        steps: RubricSteps.of(effect.reportedChange),
                        low: effect.after == nil && tied ? nil : u?.low, high: effect.after == nil && tied ? nil : u?.high,
                        pDirection: u?.share, verdict: u?.verdict.rawValue,
                        keyTies: u.map { $0.keyTies.map { KeyTieInfo(tie: $0.tieID, sources: $0.sources, grades: $0.grades, influence: $0.influence) } },
                        restsOn: u?.restsOn, sourcesTested: u?.restsOn == nil ? nil : u?.sourcesTested,
                        assumptions: u?.restsOn == nil ? nil : u?.assumptions.map { use in
                            let tie = result.ties.first { $0.id == use.tieID }?.tie
                            return AssumptionInfo(tie: use.tieID, name: tie?.name(withKind: true) ?? use.tieID, rationale: tie?.rationale ?? "",
                                                  lostWithout: use.lostWithout)
                        },
                        ties: effect.tieIDs,
                        carriers: effect.carriers.map { CarrierInfo(through: $0.through, amount: $0.amount, ties: $0.tieIDs, sources: $0.sources, viaShock: $0.viaShock) })
    }

    static func measures(_ m: ActorMeasures) -> MeasuresInfo {
        MeasuresInfo(strength: m.strength, positiveStrength: m.positiveStrength, negativeStrength: m.negativeStrength,
                     degree: m.degree, brokerage: m.brokerage, influence: m.influence)
    }

    static func graph(_ g: GraphMeasures) -> GraphInfo {
        GraphInfo(actors: g.actors, pairs: g.pairs, triangles: g.triangles, balance: g.balance, unweightedBalance: g.unweightedBalance,
                  components: g.components, blocs: g.blocs, frustration: g.frustration)
    }

    /// Pretty, key-sorted JSON (`JSONText`) with snake_case keys (spelled out in `CodingKeys`:
    /// the encoder's key conversion costs more than the rest of the encoding).
    public func json() -> [UInt8] {
        Array(JSONText.pretty(self).utf8)
    }
}
