import Foundation
import Testing
@testable import RelGraph
@testable import RelGraphFormats
import TestSupport

/// Assumption ties and citations' readings through every writer that writes ties: the model
/// writer, the CSV sheets and the `citations` attribute, and back.
@Suite("Assumptions and readings through the interchange formats")
struct AssumptionInterchangeTests {
    func fixture() throws -> ModelLoader.Result {
        ModelLoader.load(try Fixture.text("assumptions.yaml"), path: "assumptions.yaml")
    }

    @Test("the YAML the model writer writes reads back as the same model, assumption, rationale and readings included")
    func yamlRoundTrip() throws {
        let model = try #require(try fixture().model)
        let yaml = ModelWriter.write(model)
        #expect(yaml.contains("    weight: 0.9\n    basis: assumption\n"
                              + "    rationale: \"The United States is a founding member of NATO (1949); the articles take it as given.\"\n"
                              + "  - between: [US, Armenia]\n"), "no cite for the assumption")
        #expect(yaml.contains("        quote: \"a cautious rapprochement\"\n        reading: 0.3\n"))
        let reloaded = ModelLoader.load(yaml, path: "written.yaml")
        #expect(reloaded.diagnostics.map(\.code) == ["assumption"])
        #expect(InterchangeFixture.differences(model, try #require(reloaded.model)) == [])
        #expect(ModelWriter.write(try #require(reloaded.model)) == yaml)
    }

    @Test("CSV carries basis, rationale and readings in three more columns, only for a model that has them")
    func csvRoundTrip() throws {
        let model = try #require(try fixture().model)
        let files = CSVExporter.files(InterchangeGraph(model: model))
        let ties = try #require(files.first { $0.name == CSVColumns.tiesFile }).text
        #expect(ties.hasPrefix("ID,From,To,Direction,Type,Weight,Confidence,Label,Description,Since,Until,Source,Quote,At,Basis,Rationale,Reading\r\n"))
        let result = CSVImporter.read(InterchangeFixture.csvInput(InterchangeGraph(model: model)), title: "unused", today: PartialDate(year: 2030)!)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.placeholders.isEmpty, "an assumption is not given a placeholder citation")
        #expect(InterchangeFixture.differences(model, result.model) == [])
        // A model without either keeps the fourteen columns it always had.
        let minimal = try Fixture.model("minimal.yaml")
        let plain = try #require(CSVExporter.files(InterchangeGraph(model: minimal)).first { $0.name == CSVColumns.tiesFile }).text
        #expect(plain.hasPrefix("ID,From,To,Direction,Type,Weight,Confidence,Label,Description,Since,Until,Source,Quote,At\r\n"))
    }

    @Test("a CSV assumption without a rationale, or with a citation, and a reading out of range are reported")
    func csvMistakes() throws {
        let ties = """
        From,To,Type,Weight,Source,Quote,Basis,Rationale,Reading
        A,B,trade,0.3,,,assumption,,
        A,B,alliance,0.3,s,q,assumption,why,
        A,B,energy,0.3,s,q,,,2
        A,B,transit,0.3,s,q,maybe,,

        """
        let input = CSVImporter.Input(ties: CSVImporter.File(path: "ties.csv", bytes: Array(ties.utf8)))
        let result = CSVImporter.read(input, title: "T", today: PartialDate(year: 2030)!)
        // Leave out what any sheet without actors.csv, sources.csv and model.csv gets.
        let findings = result.diagnostics.filter { !["missing-actor", "missing-source"].contains($0.code) && !$0.message.hasPrefix("no as_of") }
        #expect(findings.map(\.description) == [
            "ties.csv:2:1: warning: an assumption tie without a rationale; say in 'Rationale' why it is assumed [missing-key]",
            "ties.csv:3:18: warning: an assumption tie cites nothing; this row's citation is left out [basis-mismatch]",
            "ties.csv:4:22: warning: reading '2' is not a number within −1 … +1; left out [weight-out-of-range]",
            "ties.csv:5:21: warning: basis 'maybe' is neither 'cited' nor 'assumption'; imported as cited [invalid-value]",
        ])
        #expect(result.model.ties.map(\.basis) == [.assumption, .assumption, .cited, .cited])
        #expect(result.model.ties[1].citations.isEmpty)
    }

    @Test("the citations attribute of GraphML, GEXF and JSON exports carries a reading")
    func interchangeAttribute() throws {
        let model = try #require(try fixture().model)
        #expect(JSONText.compact(model.ties[1].citations.map(InterchangeAttributes.CitationRecord.init))
                == #"[{"quote":"a strategic partnership","reading":0.6,"source":"s1"},{"quote":"a cautious rapprochement","reading":0.3,"source":"s2"}]"#)
    }
}
