import Foundation
import Testing
@testable import RelGraph
@testable import RelGraphFormats
import TestSupport

/// `Measure.all` is the one list of measures: every output of `relgraph metrics` and the table
/// in docs/metrics.md follow it.
@Suite("Measures: one table drives the columns, the JSON keys and the docs")
struct MeasureTableTests {
    static let docsPath = Repository.path("docs/metrics.md")

    static func metrics() throws -> ModelMetrics {
        let model = try #require(ModelLoader.load(try Fixture.text("chains.yaml"), path: "chains.yaml").model)
        return ModelMetrics(model.snapshot())
    }

    @Test("docs/metrics.md's per-actor table has one row per measure, as the table defines it")
    func docs() throws {
        let lines = try String(contentsOfFile: Self.docsPath, encoding: .utf8).components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("| column | definition | NetworkX") })
        let rows = Array(lines[(header + 2)...].prefix { $0.hasPrefix("|") })
        #expect(rows == MetricsText.markdownRows(), "docs/metrics.md should have:\n\(MetricsText.markdownRows().joined(separator: "\n"))")
    }

    @Test("keys are unique snake_case words, and no measure takes an actor field's name")
    func keys() {
        let keys = Measure.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "_" } })
        #expect(Set(keys).isDisjoint(with: ["id", "label", "kind"]))
        #expect(ModelMetrics.Column.all.map(\.key) == ["id", "label", "kind"] + keys)
        #expect(Measure.named("Net-Strength") == nil && Measure.named("Positive-Strength")?.key == "positive_strength")
    }

    @Test("CSV header, table header and JSON keys follow the table")
    func columns() throws {
        let metrics = try Self.metrics()
        let order = metrics.order(by: .id)
        let csvHeader = MetricsText.csv(metrics, order: order).prefix { $0 != "\r\n" }
        #expect(csvHeader.split(separator: ",").map(String.init) == ModelMetrics.Column.all.map(\.key))
        let tableHeader = MetricsText.table(metrics, order: order).components(separatedBy: "\n")[2]
        #expect(tableHeader.split(separator: " ").map(String.init) == ["actor"] + Measure.all.map(\.title))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(MetricsDocument(metrics, order: order).json())) as? [String: Any])
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(Set(actors[0].keys) == Set(["id", "label", "kind"] + Measure.all.map(\.key)))
        #expect(actors[0]["degree"] is Int)
    }

    @Test("GraphMetrics computes only what it is asked for, and each measure as the table computes it")
    func computed() throws {
        let graph = try Self.metrics().metrics.graph
        let scenario = GraphMetrics(graph, scope: .scenario)
        #expect(scenario.measures.map(\.key) == ["degree", "positive_strength", "negative_strength", "betweenness", "pagerank"])
        let eigenvector = try scenario.eigenvector.get()
        #expect(scenario.closeness.isEmpty && eigenvector.isEmpty)
        let all = GraphMetrics(graph)
        let input = MeasureInput(graph)
        for measure in Measure.all {
            let computed = try measure.compute(input)
            #expect(all.values(measure) == computed, "\(measure.key)")
        }
        #expect(all.values(.strength) == zip(all.positiveStrength, all.negativeStrength).map { $0 - $1 })
        #expect(all.degree == degree(graph))
    }
}
