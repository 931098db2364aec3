import Foundation
import Testing
@testable import RelGraph
import TestSupport

@Suite("Scenario files: the same positioned diagnostics as models")
struct ScenarioLoaderTests {
    @Test("the seeded scenario reports exactly its marked findings")
    func seeded() throws {
        let marked = MarkedText(try Fixture.text("seeded-scenario.yaml"))
        let result = ScenarioLoader.load(marked.text, path: "s.yaml")
        let reported = Set(result.diagnostics.map { MarkedText.Mark(code: $0.code, line: Int($0.position.line), column: Int($0.position.column)) })
        #expect(reported.subtracting(marked.marks).sorted { $0.description < $1.description } == [], "reported but not marked")
        #expect(Set(marked.marks).subtracting(reported).sorted { $0.description < $1.description } == [], "marked but not reported")
    }

    @Test("a good scenario reads into shocks, propagation and expectations")
    func good() throws {
        let text = """
        relgraph: 1
        title: Peacekeepers leave
        at: 2024-03-01
        shocks:
          - remove: Russia-peacekeepers
          - set: {tie: Azerbaijan~Russia:friction, weight: -0.7}
          - add: {from: USA, to: Azerbaijan, kind: support, weight: 0.4, label: waiver}
        propagation: {coupling: 0.3}
        expect:
          - {tie: Russia~Armenia, change: weaker, note: "anon-2025-pivot", probability: 0.9, min_change: 0.02}
          - {actor: Russia, metric: degree, change: decrease}
          - {metric: balance, change: increase}
        """
        let result = ScenarioLoader.load(text, path: "scenarios/x.yaml")
        #expect(result.diagnostics.isEmpty)
        let scenario = try #require(result.scenario)
        #expect(scenario.shocks.map(\.summary) == ["remove Russia-peacekeepers", "set Azerbaijan~Russia:friction to -0.7",
                                                   "add USA->Azerbaijan support +0.4 (hypothetical)"])
        #expect(scenario.propagation == Propagation(model: .balance, coupling: 0.3))
        #expect(scenario.expectations[0].probability == 0.9 && scenario.expectations[0].minChange == 0.02)
        #expect(scenario.expectations[1].probability == nil && scenario.expectations[1].minChange == nil)
        #expect(scenario.expectations.map(\.summary) == ["Russia~Armenia weaker", "Russia degree decrease", "balance increase"])
        #expect(scenario.at?.description == "2024-03-01")
        #expect(scenario.slug == "x")
        #expect(ScenarioLoader.looksLikeScenario(Array(text.utf8)))
    }
}

@Suite("Scenario propagation settings")
struct PropagationSettingsTests {
    @Test("steps, rate and threshold of the step-by-step rule are read with a warning that they are ignored")
    func ignored() throws {
        let text = "relgraph: 1\ntitle: t\nshocks:\n  - remove: A\npropagation: {model: balance, steps: 3, rate: 0.5, threshold: 0.15}\n"
        let result = ScenarioLoader.load(text, path: "s.yaml")
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.code) == ["ignored-setting", "ignored-setting", "ignored-setting"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.diagnostics.first?.position == TextPosition(line: 5, column: 38))
        #expect(result.scenario?.propagation == .standard)
    }

    @Test("coupling must keep the equilibrium unique: above 0 and below ½")
    func coupling() throws {
        for (value, ok) in [("0.25", true), ("0.49", true), ("0.5", false), ("0", false), ("-0.1", false)] {
            let text = "relgraph: 1\ntitle: t\nshocks:\n  - remove: A\npropagation: {coupling: \(value)}\n"
            let result = ScenarioLoader.load(text, path: "s.yaml")
            #expect(result.hasErrors == !ok, "\(value)")
        }
        #expect(PropagationRule.allCases.map(\.rawValue) == ["balance", "none"])
        #expect(PropagationRule.balance.summary.contains("atanh"))
        #expect(!PropagationRule.balance.limits.isEmpty && !PropagationRule.none.limits.isEmpty)
    }
}

@Suite("Scenario plans: names resolved against the model, the baseline settled")
struct ScenarioPlanTests {
    static let model = """
    relgraph: 1
    title: m
    as_of: 2025-10-01
    sources: [{id: s, title: S, date: 2025}]
    actors:
      - {id: Russia, kind: state, aliases: [Moscow]}
      - {id: Azerbaijan, kind: state}
      - {id: Russia-peacekeepers, kind: force, since: 2020-11-10, until: 2024-04}
    ties:
      - {from: Russia, to: Russia-peacekeepers, kind: control, weight: 0.9, cite: [{source: s, quote: q}]}
      - {from: Russia-peacekeepers, to: Azerbaijan, kind: deployment, weight: -0.2, cite: [{source: s, quote: q}]}
      - {between: [Azerbaijan, Russia], kind: cooperation, weight: 0.3, until: 2024-12-24, cite: [{source: s, quote: q}]}
      - {between: [Azerbaijan, Russia], kind: friction, weight: -0.3, cite: [{source: s, quote: q}]}
    """

    func make(_ shocks: String, at: PartialDate? = nil) throws -> (ScenarioPlan?, [Diagnostic]) {
        let model = try #require(ModelLoader.load(Self.model, path: "m.yaml").model)
        let scenario = try #require(ScenarioLoader.load("relgraph: 1\ntitle: t\nshocks:\n" + shocks, path: "s.yaml").scenario)
        return ScenarioPlan.make(scenario, model: model, at: at)
    }

    @Test("a shock on something gone by as_of moves the baseline to its last day, with a note")
    func movesBaseline() throws {
        let (plan, diagnostics) = try make("  - remove: russia-PEACEKEEPERS\n")
        #expect(diagnostics.isEmpty)
        #expect(plan?.baseline.description == "2024-04-30")
        #expect(plan?.notes == ["baseline moved from 2025-10-01 (the model's as_of) to 2024-04-30, the last day on which Russia-peacekeepers exists"])
    }

    @Test("with an explicit date it is an error with the hint instead")
    func explicitDate() throws {
        let (plan, diagnostics) = try make("  - remove: Russia-peacekeepers\n", at: PartialDate(parsing: "2025-01"))
        #expect(plan == nil)
        #expect(diagnostics.map(\.code) == ["unknown-at-baseline"])
        #expect(diagnostics.first?.hint == "the last day it exists is 2024-04-30; choose a baseline on or before it")
        #expect(diagnostics.first?.position == TextPosition(line: 4, column: 13))
    }

    @Test("set needs one tie: the error lists the kinds to choose from")
    func ambiguous() throws {
        let (plan, diagnostics) = try make("  - set: {tie: Moscow~Azerbaijan, weight: -0.9}\n", at: PartialDate(parsing: "2024-06"))
        #expect(plan == nil)
        #expect(diagnostics.first?.code == "ambiguous-tie")
        #expect(diagnostics.first?.hint == "add the kind: Azerbaijan~Russia:cooperation, Azerbaijan~Russia:friction")
    }

    @Test("unknown actors and ties are located, with suggestions")
    func unknown() throws {
        let (_, diagnostics) = try make("  - remove: Rusia\n  - cut: Russia->Azerbaijan\n")
        #expect(diagnostics.map(\.code) == ["unknown-actor", "unknown-tie"])
        #expect(diagnostics[0].hint == "did you mean 'Russia'?")
        #expect(diagnostics[0].position == TextPosition(line: 4, column: 13))
        #expect(diagnostics[1].hint == "the pair's ties: Azerbaijan~Russia:cooperation, Azerbaijan~Russia:friction")
    }

    @Test("cut takes every tie the name matches on the baseline day")
    func cutAll() throws {
        let (plan, _) = try make("  - cut: Azerbaijan~Russia\n", at: PartialDate(parsing: "2024-06"))
        guard case .cut(let ties)? = plan?.steps.first?.step else { Issue.record("no cut"); return }
        #expect(ties == [2, 3])
    }
}
