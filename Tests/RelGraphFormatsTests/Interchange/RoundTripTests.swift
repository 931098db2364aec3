import Foundation
import Testing
@testable import RelGraph
@testable import RelGraphFormats
import TestSupport

@Suite("Round trips: model → CSV → model, model → YAML → model")
struct RoundTripTests {
    static let today = PartialDate(year: 2030, month: 1, day: 1)!

    @Test("the fixture with every feature comes back from CSV field by field, with nothing reported")
    func fixtureThroughCSV() throws {
        let model = try InterchangeFixture.model()
        let result = CSVImporter.read(InterchangeFixture.csvInput(InterchangeGraph(model: model)), title: "unused", today: Self.today)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.placeholders.isEmpty)
        #expect(InterchangeFixture.differences(model, result.model) == [])
    }

    @Test("the fixture comes back from the YAML ModelWriter writes, which loads clean but for the unused source and the tie of weight 0")
    func fixtureThroughYAML() throws {
        let model = try InterchangeFixture.model()
        let yaml = ModelWriter.write(model, header: ["a header", "with a second\nline"])
        let loaded = ModelLoader.load(yaml, path: "written.yaml")
        #expect(loaded.diagnostics.map(\.code) == ["unused-source", "weight-near-zero"])
        #expect(InterchangeFixture.differences(model, try #require(loaded.model)) == [])
        #expect(yaml.hasPrefix("# a header\n# with a second line\n\nrelgraph: 1\n"))
        #expect(ModelWriter.write(model) == ModelWriter.write(try #require(loaded.model)), "same model, same bytes")
    }

    @Test("the default model goes through CSV and YAML unchanged, and its CSV export is a fixed point")
    func defaultModel() throws {
        let model = try InterchangeFixture.defaultModel()
        let fromCSV = CSVImporter.read(InterchangeFixture.csvInput(InterchangeGraph(model: model)), title: "unused", today: Self.today)
        #expect(fromCSV.diagnostics.isEmpty)
        #expect(InterchangeFixture.differences(model, fromCSV.model) == [])
        let reloaded = try #require(ModelLoader.load(ModelWriter.write(fromCSV.model), path: "rt.yaml").model)
        #expect(InterchangeFixture.differences(model, reloaded) == [])
        #expect(CSVExporter.files(InterchangeGraph(model: reloaded)).map(\.text) == CSVExporter.files(InterchangeGraph(model: model)).map(\.text))
    }

    @Test("a snapshot exports only what holds that day, keeping the whole model's tie ids")
    func snapshot() throws {
        let model = try InterchangeFixture.model()
        let graph = InterchangeGraph(snapshot: model.snapshot(at: PartialDate(year: 2022)!.firstDay))
        #expect(graph.actors.map(\.id) == ["Alpha", "Beta", "Gamma", "Delta-pipe", "1st"])
        #expect(graph.ties.map(\.id) == ["t1", "t2", "t3"])
        let ties = try #require(CSVExporter.files(graph).first { $0.name == "ties.csv" }?.text)
        #expect(ties.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
                == ["t1", "t1", "t1", "t2", "t3"])
    }
}

@Suite("ModelWriter: hostile text stays text")
struct ModelWriterHostileTests {
    @Test("control characters, YAML syntax, bidi and line separators, a BOM and reserved words read back exactly")
    func hostile() throws {
        let texts = ["a\u{01}b\u{7F}c\u{85}d", "key: value\n- item\n# comment", "\"quoted\" \\ back", "null", "~", "yes",
                     "\u{2028}line\u{2029}para", "\u{FEFF}bom", "tab\there", "  padded  ", "&anchor *alias !tag", "{flow: [x]}", "é\u{0301}"]
        var model = Model(title: texts[1], asOf: PartialDate(year: 2024)!, description: texts[0],
                          sources: [Source(id: "s", title: texts[2], date: PartialDate(year: 2024)!)],
                          actors: [Actor(id: "A", label: texts[3], kind: .state, aliases: [texts[4], texts[5]], note: texts[6]),
                                   Actor(id: "true", label: texts[7], kind: .state)])
        model.ties = [Tie(from: "A", to: "true", kind: .trade, weight: 0.25, label: texts[8], note: texts[9],
                          citations: texts.map { Citation(source: "s", quote: "q " + $0, at: $0) })]
        let yaml = ModelWriter.write(model)
        let loaded = ModelLoader.load(yaml, path: "hostile.yaml")
        let back = try #require(loaded.model)
        #expect(loaded.diagnostics.map(\.code).filter { $0 != "long-quote" } == [])
        #expect(back.title == texts[1])
        #expect(back.description == texts[0])
        #expect(back.sources[0].title == texts[2])
        #expect(back.actors.map(\.id) == ["A", "true"])
        #expect(back.actors[0].label == texts[3])
        #expect(back.actors[0].aliases == [texts[4], texts[5]])
        #expect(back.actors[0].note == texts[6].trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(back.ties[0].citations.map(\.quote) == texts.map { "q " + $0 })
        #expect(back.ties[0].label == texts[8])
    }
}
