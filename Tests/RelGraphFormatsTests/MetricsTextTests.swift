import Testing
@testable import RelGraph
@testable import RelGraphFormats

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
        #expect(metrics.order(by: .degree).map { ids[$0] }.prefix(3) == ["Azerbaijan", "Iran", "USA"])
        #expect(metrics.order(by: .id).map { ids[$0] } == ids.sorted())
        // Labels, by code point (the same on every machine, whatever the locale): "Türkiye"
        // after "Tuvalu", and "United States" among the U's, not as "USA".
        #expect(metrics.order(by: .label).map { ids[$0] }.suffix(3) == ["Tuvalu", "Turkiye", "USA"])
        // Nauru and Tuvalu tie on every measure but their own names.
        let byPageRank = metrics.order(by: .pagerank).map { ids[$0] }
        #expect(byPageRank.firstIndex(of: "Nauru")! + 1 == byPageRank.firstIndex(of: "Tuvalu")!)
        #expect(ModelMetrics.Column(name: "Positive-Strength") == .positiveStrength)
        #expect(ModelMetrics.Column(name: "fame") == nil)
    }

    @Test("CSV fields are quoted only when they must be, quotes doubled (RFC 4180)")
    func quoting() {
        #expect(MetricsText.csvField("Türkiye") == "Türkiye")
        #expect(MetricsText.csvField("Gulf, the") == "\"Gulf, the\"")
        #expect(MetricsText.csvField("the \"Ring\"") == "\"the \"\"Ring\"\"\"")
        #expect(MetricsText.csvField("two\r\nlines") == "\"two\r\nlines\"")
        #expect(MetricsText.csvField("one\nline") == "\"one\nline\"")
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
