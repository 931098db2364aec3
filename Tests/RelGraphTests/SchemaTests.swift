import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// schema/model.schema.json and schema/scenario.schema.json (what editors validate with) must
/// allow exactly the keys and values the loaders read.
@Suite("JSON Schemas agree with the loaders")
struct SchemaTests {
    static let root = Repository.root

    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent("schema/\(name).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The object at `path` (keys from the root), e.g. ["$defs", "tie"].
    static func object(_ schema: [String: Any], _ path: [String]) throws -> [String: Any] {
        var current = schema
        for key in path { current = try #require(current[key] as? [String: Any], "\(path)") }
        return current
    }

    /// The property names a mapping of the schema allows.
    static func properties(_ schema: [String: Any], _ path: [String]) throws -> Set<String> {
        Set(try object(schema, path + ["properties"]).keys)
    }

    /// The values of an `enum`.
    static func enumeration(_ schema: [String: Any], _ path: [String]) throws -> [String] {
        try #require(try object(schema, path)["enum"] as? [String], "\(path)")
    }

    @Test("model: each mapping's properties are the loader's keys; nothing else is allowed")
    func modelKeys() throws {
        let model = try Self.schema("model")
        let mappings: [([String], [String])] = [
            ([], ModelLoader.topKeys), (["$defs", "source"], ModelLoader.sourceKeys), (["$defs", "group"], ModelLoader.groupKeys),
            (["$defs", "actor"], ModelLoader.actorKeys), (["$defs", "tie"], ModelLoader.tieKeys),
            (["$defs", "citation"], ModelLoader.citationKeys),
        ]
        for (path, keys) in mappings {
            #expect(try Self.properties(model, path) == Set(keys), "\(path)")
            #expect(try Self.object(model, path)["additionalProperties"] as? Bool == false, "\(path)")
        }
        #expect(model["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test("scenario: each mapping's properties are the loader's keys; nothing else is allowed")
    func scenarioKeys() throws {
        let scenario = try Self.schema("scenario")
        // Each shock kind with a mapping form has a definition under its key.
        let shockMappings = ShockKinds.all.filter { !$0.mappingKeys.isEmpty }.map { (["$defs", $0.key], $0.mappingKeys) }
        let mappings: [([String], [String])] = [
            ([], ScenarioLoader.topKeys), (["$defs", "shock"], ScenarioLoader.shockKeys),
            (["$defs", "propagation"], ScenarioLoader.propagationKeys),
            (["$defs", "expectation"], ScenarioLoader.expectationKeys), (["$defs", "citation"], ScenarioLoader.citationKeys),
        ] + shockMappings
        for (path, keys) in mappings {
            #expect(try Self.properties(scenario, path) == Set(keys), "\(path)")
            #expect(try Self.object(scenario, path)["additionalProperties"] as? Bool == false, "\(path)")
        }
    }

    @Test("enumerations are the Swift enums' cases, in order")
    func enumerations() throws {
        let model = try Self.schema("model"), scenario = try Self.schema("scenario")
        for schema in [model, scenario] {
            #expect(try Self.enumeration(schema, ["$defs", "actorKind"]) == ActorKind.allCases.map(\.rawValue))
            #expect(try Self.enumeration(schema, ["$defs", "tieKind"]) == TieKind.allCases.map(\.rawValue))
        }
        #expect(try Self.enumeration(model, ["$defs", "confidence"]) == Confidence.allCases.map(\.rawValue))
        #expect(try Self.enumeration(model, ["$defs", "basis"]) == TieBasis.allCases.map(\.rawValue))
        #expect(try Self.enumeration(scenario, ["$defs", "propagation", "properties", "model"]) == Propagation.Model.allCases.map(\.rawValue))
        let expectation = ["$defs", "expectation", "properties"]
        #expect(try Self.enumeration(scenario, expectation + ["change"]) == Expectation.Change.allCases.map(\.rawValue))
        #expect(try Self.enumeration(scenario, expectation + ["metric"]) ==
                ActorMetric.allCases.map(\.rawValue) + GraphMetric.allCases.map(\.rawValue))
        // The three forms of an expectation narrow metric and change as the loader does.
        let forms = try #require(try Self.object(scenario, ["$defs", "expectation"])["oneOf"] as? [[String: Any]])
        #expect(try Self.enumeration(forms[0], ["properties", "change"]) == ["weaker", "stronger", "more-cooperative", "more-conflictual", "removed", "unchanged"])
        #expect(try Self.enumeration(forms[1], ["properties", "metric"]) == ActorMetric.allCases.map(\.rawValue))
        #expect(try Self.enumeration(forms[2], ["properties", "metric"]) == GraphMetric.allCases.map(\.rawValue))
    }

    @Test("model: an assumption tie needs a rationale and no cite, a cited tie cite and no rationale; a reading is a weight")
    func basis() throws {
        let model = try Self.schema("model")
        let tie = try Self.object(model, ["$defs", "tie"])
        #expect(tie["required"] as? [String] == ["kind", "weight"])
        #expect(try Self.object(tie, ["if", "properties", "basis"])["const"] as? String == TieBasis.assumption.rawValue)
        #expect(try Self.object(tie, ["if"])["required"] as? [String] == ["basis"])
        #expect(try Self.object(tie, ["then"])["required"] as? [String] == ["rationale"])
        #expect(try Self.object(tie, ["then", "not"])["required"] as? [String] == ["cite"])
        #expect(try Self.object(tie, ["else"])["required"] as? [String] == ["cite"])
        #expect(try Self.object(tie, ["else", "not"])["required"] as? [String] == ["rationale"])
        #expect(try Self.object(model, ["$defs", "citation", "properties", "reading"])["$ref"] as? String == "#/$defs/weight")
    }

    @Test("the shipped model and scenarios name their schema on the first line, and still load cleanly")
    func shippedFiles() throws {
        let model = Self.root.appendingPathComponent("graphs/south-caucasus.yaml")
        #expect(try String(contentsOf: model, encoding: .utf8).hasPrefix("# yaml-language-server: $schema=../schema/model.schema.json\n"))
        #expect(!(try ModelLoader.load(contentsOf: model.path)).hasErrors)
        let folder = Self.root.appendingPathComponent("scenarios")
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(!scenarios.isEmpty)
        for name in scenarios {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/scenario.schema.json\n"), "\(name)")
        }
    }
}
