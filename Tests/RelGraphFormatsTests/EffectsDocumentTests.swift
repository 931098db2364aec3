import Foundation
import Testing
import RelGraph
import RelGraphFormats
import TestSupport

@Suite("effects.json: a scenario's result for other programs")
struct EffectsDocumentTests {
    @Test("the same input gives the same bytes, with draws; another seed gives others")
    func deterministic() async throws {
        let model = ScenarioText.tinyModel(["A", "B", "C", "D", "E"], [("A", "C", 0.7), ("B", "C", 0.3), ("A", "D", -0.5), ("B", "D", -0.2), ("C", "D", 0.4), ("C", "E", 0.6)])
        let text = ScenarioText.scenario("  - remove: C\n  - add: {between: [A, E], kind: partnership, weight: 0.5}")
        let run = { (seed: UInt64) in try await ScenarioEngine.run(try ScenarioText.plan(model: model, scenario: text), draws: 200, seed: seed) }
        let first = EffectsDocument(try await run(1)).json()
        let second = EffectsDocument(try await run(1)).json()
        #expect(first == second)
        let other = EffectsDocument(try await run(2)).json()
        #expect(first != other)
    }

    @Test("a finding carries its interval, share, verdict, key ties and the sources it rests on")
    func findingFields() async throws {
        let plan = try ScenarioText.plan(model: ScenarioText.twoSourceTriangle,
                                         scenario: ScenarioText.scenario("  - set: {tie: B~C, weight: -0.6}", expect: "  - {tie: A~B, change: weaker}"))
        let json = String(decoding: EffectsDocument(try await ScenarioEngine.run(plan, draws: 400, seed: 1)).json(), as: UTF8.self)
        for key in ["\"key_ties\"", "\"rests_on\"", "\"p_direction\"", "\"verdict\" : \"robust\"", "\"low\"", "\"high\"", "\"materiality\"", "\"direct\""] {
            #expect(json.contains(key), "\(key)")
        }
        #expect(json.hasSuffix("}\n"))
    }

    @Test("a finding traced through an assumption names it, with its rationale and whether it is lost without it")
    func assumptions() async throws {
        let plan = try ScenarioText.plan(model: ScenarioText.assumedTriangle, scenario: ScenarioText.scenario("  - set: {tie: B~C, weight: -0.6}"))
        let data = Data(EffectsDocument(try await ScenarioEngine.run(plan, draws: 300, seed: 1)).json())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        let ab = try #require(pairs.first { $0["pair"] as? String == "A~B" })
        let assumptions = try #require(ab["assumptions"] as? [[String: Any]])
        #expect(assumptions.count == 1)
        #expect(assumptions.first?["tie"] as? String == "tie-1")
        #expect(assumptions.first?["name"] as? String == "A~C:cooperation")
        #expect(assumptions.first?["rationale"] as? String == "a matter of record")
        #expect(assumptions.first?["lost_without"] as? Bool == true)
    }
}
