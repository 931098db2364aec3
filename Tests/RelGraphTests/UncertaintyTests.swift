import Foundation
import Testing
@testable import RelGraph
import TestSupport

@Suite("Uncertainty: draws, verdicts, key ties, sources left out")
struct UncertaintyTests {
    @Test("belief probability: reliability times credibility; an ungraded source counts as C3")
    func belief() throws {
        #expect(AdmiraltyGrade("A1")!.beliefProbability == 1)
        #expect(abs(AdmiraltyGrade("B2")!.beliefProbability - 0.81) < 1e-15)
        #expect(abs(AdmiraltyGrade("F6")!.beliefProbability - 0.4225) < 1e-15)
        #expect(AdmiraltyGrade.ungraded.beliefProbability == 0.5625)
    }

    @Test("a tie is there when one of its reports is believed: two C3 sources are surer than one")
    func presence() {
        let one = TieEvidence(reports: [.init(source: 0, probability: 0.5625)], weight: 0.6, spread: 0.1)
        let two = TieEvidence(reports: [.init(source: 0, probability: 0.5625), .init(source: 1, probability: 0.5625)], weight: 0.6, spread: 0.1)
        let assumed = TieEvidence(reports: [], isAssumption: true, weight: 0.6, spread: 0.1)
        var random = SplitMix64(seed: 3)
        let draws = 40_000
        var counts = [0, 0, 0]
        for _ in 0 ..< draws {
            for (index, evidence) in [one, two, assumed].enumerated() where TieSampler.draw(evidence, &random) != nil { counts[index] += 1 }
        }
        let shares = counts.map { Double($0) / Double(draws) }
        #expect(abs(shares[0] - 0.5625) < 0.01)
        #expect(abs(shares[1] - (1 - 0.4375 * 0.4375)) < 0.01)
        #expect(abs(shares[2] - 0.9) < 0.01)
    }

    @Test("drawn weights keep the tie's sign, stay within 0 … 1 in size, and spread by confidence")
    func spread() {
        var random = SplitMix64(seed: 5)
        for (weight, confidence) in [(0.9, Confidence.low), (-0.05, .medium), (-0.6, .high), (1.0, .high)] {
            let evidence = TieEvidence(reports: [.init(source: 0, probability: 1)], weight: weight, spread: TieEvidence.spread(confidence))
            var values: [Double] = []
            for _ in 0 ..< 20_000 { values.append(TieSampler.draw(evidence, &random)!) }
            #expect(values.allSatisfy { $0.sign == weight.sign && abs($0) <= 1 })
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
            // Away from the ends the spread is σ; near them the reflection narrows it.
            if abs(weight) > 0.3 && abs(weight) < 0.8 { #expect(abs(sd - TieEvidence.spread(confidence)) < 0.01) }
            #expect(sd <= TieEvidence.spread(confidence) + 0.01)
        }
        // Readings: the base weight is the mean of the believed reports' readings.
        let contested = TieEvidence(reports: [.init(source: 0, probability: 1, reading: 0.2), .init(source: 1, probability: 1, reading: 0.6)],
                                    weight: 0.5, spread: 0.0)
        #expect(abs(TieSampler.draw(contested, &random)! - 0.4) < 1e-12)
        #expect(contested.weight(without: 0) == 0.6)
        #expect(contested.weight(without: 7) == 0.5)
        #expect(TieEvidence(reports: [.init(source: 2, probability: 1)], weight: 0.5, spread: 0).weight(without: 2) == nil)
    }

    /// The evidence of tie `index` of `model`, with the model's sources numbered and graded.
    static func evidence(_ model: String, tie index: Int) throws -> TieEvidence {
        let loaded = try #require(ModelLoader.load(model, path: "m.yaml").model)
        return TieEvidence(loaded.ties[index], sources: loaded.sourceBelief)
    }

    /// The share of `draws` draws in which the tie is there.
    static func presence(_ evidence: TieEvidence, draws: Int = 40_000) -> Double {
        var random = SplitMix64(seed: 17)
        var there = 0
        for _ in 0 ..< draws where TieSampler.draw(evidence, &random) != nil { there += 1 }
        return Double(there) / Double(draws)
    }

    static let evidenceModel = """
        relgraph: 1
        title: evidence
        as_of: 2025-01-01
        sources: [{id: s1, title: One, date: 2025, grade: C3}, {id: s2, title: Two, date: 2025, grade: C3}]
        actors: [{id: A, kind: state}, {id: B, kind: state}, {id: C, kind: state}, {id: D, kind: state}]
        ties:
          - {between: [A, B], kind: cooperation, weight: 0.6, cite: [{source: s1, quote: one}, {source: s1, quote: two}, {source: s1, quote: three}]}
          - {between: [A, C], kind: cooperation, weight: 0.6, cite: [{source: s1, quote: one}]}
          - {between: [A, D], kind: cooperation, weight: 0.6, cite: [{source: s1, quote: one}, {source: s2, quote: two}]}
          - between: [B, C]
            kind: cooperation
            weight: 0.5
            confidence: high
            cite:
              - {source: s1, quote: one, reading: 0.6}
              - {source: s1, quote: two, reading: 0.2}
              - {source: s2, quote: three}
          - {between: [B, D], kind: membership, weight: 0.9, basis: assumption, rationale: "a matter of record"}
        """

    @Test("presence per distinct source: a tie citing one source three times is as sure as citing it once")
    func presencePerSource() throws {
        let thrice = try Self.evidence(Self.evidenceModel, tie: 0), once = try Self.evidence(Self.evidenceModel, tie: 1)
        #expect(thrice.reports.count == 1 && once.reports.count == 1)
        let p = AdmiraltyGrade("C3")!.beliefProbability
        #expect(abs(Self.presence(thrice) - p) < 0.01, "three citations of one source counted as three reports would give \(1 - pow(1 - p, 3))")
        #expect(Self.presence(thrice) == Self.presence(once))
        // Two distinct sources are surer than one.
        let two = try Self.evidence(Self.evidenceModel, tie: 2)
        #expect(two.reports.map(\.source) == [0, 1])
        #expect(abs(Self.presence(two) - (1 - (1 - p) * (1 - p))) < 0.01)
    }

    @Test("readings: a source reads the mean of its citations' readings, a citation without one the tie's weight")
    func readings() throws {
        let contested = try Self.evidence(Self.evidenceModel, tie: 3)
        #expect(contested.reports.count == 2)
        #expect(abs(contested.reports[0].reading! - 0.4) < 1e-15)
        #expect(contested.reports[1].reading == nil)
        #expect(contested.spread == TieEvidence.spread(.high))
        // Both believed: the base weight is the mean of 0.4 and the weight 0.5.
        let sure = TieEvidence(reports: contested.reports.map { TieEvidence.Report(source: $0.source, probability: 1, reading: $0.reading) },
                               weight: contested.weight, spread: 0)
        var random = SplitMix64(seed: 1)
        #expect(abs(TieSampler.draw(sure, &random)! - 0.45) < 1e-12)
    }

    @Test("an assumption tie has no reports and is there in 9 draws of 10")
    func assumptionEvidence() throws {
        let assumed = try Self.evidence(Self.evidenceModel, tie: 4)
        #expect(assumed.isAssumption && assumed.reports.isEmpty)
        #expect(abs(Self.presence(assumed) - TieEvidence.assumptionPresence) < 0.01)
        #expect(try !Self.evidence(Self.evidenceModel, tie: 0).isAssumption)
    }

    static let assumedTriangle = ScenarioText.assumedTriangle

    @Test("a finding lists the assumption ties it is traced through, and whether it is lost without each")
    func findingAssumptions() async throws {
        let shock = ScenarioText.scenario("  - set: {tie: B~C, weight: -0.6}")
        let result = try await ScenarioEngine.run(try ScenarioText.plan(model: Self.assumedTriangle, scenario: shock), draws: 300, seed: 1)
        let ab = try #require(result.pairs.first { $0.name == "A~B" })
        let u = try #require(ab.uncertainty)
        #expect(u.verdict.isFinding)
        #expect(u.assumptions == [AssumptionUse(tieID: "tie-1", lostWithout: true)])
        // B~C is the shock itself: it runs through no assumption.
        #expect(result.pairs.first { $0.name == "B~C" }?.uncertainty?.assumptions == [])
        // With the same tie cited, nothing is assumed.
        let cited = try await ScenarioEngine.run(try ScenarioText.plan(model: Self.restingModel, scenario: shock), draws: 300, seed: 1)
        #expect(cited.pairs.allSatisfy { $0.uncertainty?.assumptions.isEmpty ?? true })
    }

    @Test("verdicts: negligible below materiality, robust from 90 % of draws, likely from 70 %")
    func verdicts() {
        #expect(Verdict(medianChange: 0.04, share: 1, materiality: 0.05) == .negligible)
        #expect(Verdict(medianChange: 0, share: 1, materiality: 0) == .negligible)
        #expect(Verdict(medianChange: -0.06, share: 0.9, materiality: 0.05) == .robust)
        #expect(Verdict(medianChange: 0.06, share: 0.89, materiality: 0.05) == .likely)
        #expect(Verdict(medianChange: 0.06, share: 0.7, materiality: 0.05) == .likely)
        #expect(Verdict(medianChange: 0.06, share: 0.69, materiality: 0.05) == .uncertain)
        #expect(Verdict.robust.words(share: 0.9749) == "robust: 97 % of draws")
        #expect(Percent.whole(0.8999) == "89 %")
        let statistics = EffectUncertainty(changes: [-0.2, -0.1, 0.05, -0.3, -0.15], afters: [0.1, 0.2, 0.35, 0.0, 0.15], materiality: 0.05)
        #expect(statistics.medianChange == -0.15)
        #expect(statistics.share == 0.8)
        #expect(statistics.verdict == .likely)
        // NumPy's default percentiles: 5th of [0, 0.1, 0.15, 0.2, 0.35] at position 0.2.
        #expect(abs(statistics.low - 0.02) < 1e-12 && abs(statistics.high - 0.32) < 1e-12)
    }

    /// A~C rests on s1 alone (A1); A~B and B~C on s2 (A1). B~C turns hostile: A~B weakens
    /// through C (its only common neighbour, n = 1), in every draw.
    static let restingModel = ScenarioText.twoSourceTriangle

    static let restingScenario = ScenarioText.scenario("  - set: {tie: B~C, weight: -0.6}", expect: """
          - {tie: A~B, change: weaker}
          - {tie: B~C, change: more-conflictual}
          - {tie: A~B, change: more-cooperative}
          - {tie: A~B, change: weaker, min_change: 0.5}
          - {actor: A, metric: strength, change: decrease}
          - {actor: C, metric: degree, change: unchanged}
        """)

    @Test("a finding gets its key ties and the sources it rests on")
    func keyTiesAndSources() async throws {
        let p = try ScenarioText.plan(model: Self.restingModel, scenario: Self.restingScenario)
        let result = try await ScenarioEngine.run(p, draws: 400, seed: 1)
        let ab = try #require(result.pairs.first { $0.name == "A~B" })
        let u = try #require(ab.uncertainty)
        // atanh(0.3) − 0.25 · (0.8 · 0.6 + 0.8 · 0.6) / 1: about −0.23 centrally, the same way in every draw.
        #expect(u.verdict == .robust && u.share == 1)
        #expect(u.medianChange < -0.1)
        #expect(u.low <= u.medianAfter && u.medianAfter <= u.high)
        #expect(!u.keyTies.isEmpty && u.keyTies.count <= 3)
        #expect(u.keyTies.allSatisfy { $0.influence > 0 && $0.influence <= 1 && $0.grades.allSatisfy { $0 == "A1" } })
        #expect(zip(u.keyTies, u.keyTies.dropFirst()).allSatisfy { $0.influence >= $1.influence })
        #expect(u.sourcesTested == ["s1", "s2"])
        // Without s1 A~C is gone and nothing reaches A~B; without s2 A~B has no tie of its own,
        // but the tendency through C still weakens it from 0: it survives.
        #expect(u.restsOn == ["s1"])
    }

    @Test("expectations: material and in at least `probability` of draws; direct ones hold without propagation")
    func expectations() async throws {
        let p = try ScenarioText.plan(model: Self.restingModel, scenario: Self.restingScenario)
        let result = try await ScenarioEngine.run(p, draws: 300, seed: 2)
        let outcomes = result.expectations
        #expect(outcomes.map(\.holds) == [true, true, false, false, true, true])
        // A~B only weakens through propagation; B~C's change is the shock itself.
        #expect(outcomes[0].direct == false && outcomes[1].direct == true)
        #expect(outcomes[0].probability! >= 0.8 && outcomes[2].probability! < 0.05, "\(outcomes.map(\.detail))")
        #expect(outcomes[4].direct == false)
        #expect(outcomes[5].direct == true)
        #expect(outcomes[0].detail.hasPrefix("A~B: +0.3 → +0.07, median change -0."), "\(outcomes[0].detail)")
        // The old syntax, no probability or min_change, still reads and runs.
        #expect(p.scenario.expectations[0].probability == nil)
        // Without propagation, nothing but the shock moves: A~B's expectation fails there.
        let none = try ScenarioText.plan(model: Self.restingModel, scenario: Self.restingScenario.replacingOccurrences(of: "{model: balance}", with: "{model: none}"))
        let direct = try await ScenarioEngine.run(none, draws: 50, seed: 2)
        #expect(direct.expectations[0].holds == false && direct.expectations[1].holds == true)
    }

    @Test("with draws every listed effect has an interval, a share and a verdict; findings come first")
    func everyEffect() async throws {
        let (model, victim) = ScenarioEngineTests.randomModel(seed: 11)
        let result = try await ScenarioEngine.run(try ScenarioText.plan(model: model, scenario: ScenarioText.scenario("  - remove: \(victim)", propagation: "{model: balance, coupling: 0.45}")),
                                                  draws: 200, seed: 1)
        #expect(!result.pairs.isEmpty)
        for pair in result.pairs + result.emergent {
            let u = try #require(pair.uncertainty)
            #expect(u.share >= 0 && u.share <= 1 && u.low <= u.high)
            #expect((u.keyTies.isEmpty && u.restsOn == nil) || u.verdict.isFinding)
        }
        let verdicts = result.pairs.map { $0.uncertainty!.verdict }
        #expect(verdicts == verdicts.sorted())
        let range = try #require(result.assessment.couplingRange)
        #expect(result.assessment.draws == 200 && abs(range.lowerBound - 0.3) < 1e-12 && range.upperBound == 0.49)
    }
}
