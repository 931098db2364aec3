import Testing
@testable import RelGraph
@testable import RelGraphFormats
import TestSupport

@Suite("relgraph metrics: ordering, CSV quoting, table wrapping")
struct MetricsTextTests {
    static func metrics() throws -> ModelMetrics {
        let model = try #require(ModelLoader.load(try Fixture.text("chains.yaml"), path: "chains.yaml").model)
        return ModelMetrics(model.snapshot())
    }

    @Test("order: numbers largest first, text A to Z, ties by id")
    func order() throws {
        let metrics = try Self.metrics()
        let ids = metrics.actors.map(\.id)
        #expect(metrics.order(by: .init(.degree)).map { ids[$0] }.prefix(3) == ["Azerbaijan", "Iran", "USA"])
        #expect(metrics.order(by: .id).map { ids[$0] } == ids.sorted())
        // Labels, by code point (the same on every machine, whatever the locale): "Türkiye"
        // after "Tuvalu", and "United States" among the U's, not as "USA".
        #expect(metrics.order(by: .label).map { ids[$0] }.suffix(3) == ["Tuvalu", "Turkiye", "USA"])
        // Nauru and Tuvalu tie on every measure but their own names.
        let byPageRank = metrics.order(by: .init(.pagerank)).map { ids[$0] }
        #expect(byPageRank.firstIndex(of: "Nauru")! + 1 == byPageRank.firstIndex(of: "Tuvalu")!)
        #expect(ModelMetrics.Column(name: "Positive-Strength") == .init(.positiveStrength))
        #expect(ModelMetrics.Column(name: "fame") == nil)
    }

    @Test("CSV: labels quoted only when they must be, and a label a spreadsheet would run as a formula is guarded")
    func csvFields() throws {
        let yaml = """
        relgraph: 1
        title: "Hostile labels"
        as_of: 2024-01-01
        sources:
          - {id: s, title: "A source", date: 2024}
        actors:
          - {id: A, label: "=HYPERLINK(\\"http://example.com\\",\\"click\\")", kind: state}
          - {id: B, label: "Gulf, the", kind: state}
          - {id: C, label: "@SUM(1+1)", kind: state}
        ties:
          - between: [A, B]
            kind: friction
            weight: -0.5
            cite: [{source: s, quote: "they quarrel"}]
          - between: [B, C]
            kind: cooperation
            weight: 0.5
            cite: [{source: s, quote: "they cooperate"}]
        """
        let model = try #require(load(yaml).model)
        let metrics = ModelMetrics(model.snapshot())
        let lines = MetricsText.csv(metrics, order: metrics.order(by: .id)).components(separatedBy: "\r\n")
        #expect(lines[0] == "id,label,kind,degree,positive_strength,negative_strength,strength,betweenness,closeness,pagerank,eigenvector")
        // A formula keeps its text, behind a ' that spreadsheets show as text and `relgraph import` removes.
        #expect(lines[1].hasPrefix(#"A,"'=HYPERLINK(""http://example.com"",""click"")",state,1,0.0,0.5,-0.5,"#))
        #expect(lines[2].hasPrefix(#"B,"Gulf, the",state,2,0.5,0.5,0.0,"#))
        #expect(lines[3].hasPrefix("C,'@SUM(1+1),state,1,0.5,0.0,0.5,"))
        #expect(lines.count == 5 && lines[4].isEmpty)
    }

    @Test("bloc members wrap at the width, continuation lines under the first name")
    func wrapping() {
        let text = MetricsText.wrapped(["Azerbaijan", "Türkiye", "Israel", "United States"], first: "  1. ", width: 30)
        #expect(text == "  1. Azerbaijan, Türkiye,\n     Israel, United States\n")
        #expect(MetricsText.wrapped(["A"], first: "  2. ", width: 30) == "  2. A\n")
    }

    @Test("signed fixed numbers: + only for values that do not round to zero")
    func signs() {
        #expect(MetricsText.signedFixed(24.7, 2) == "+24.70")
        #expect(MetricsText.signedFixed(-0.3, 2) == "-0.30")
        #expect(MetricsText.signedFixed(0.001, 2) == "0.00")
        #expect(MetricsText.signedFixed(0, 2) == "0.00")
    }
}
