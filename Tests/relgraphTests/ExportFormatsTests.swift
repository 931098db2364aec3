import ArgumentParser
import Testing
import RelGraphFormats
@testable import relgraph

/// `ExportFormats.all` is the one list of export formats: `--format`'s values, the help and
/// the extensions an output is recognised by all come from it.
@Suite("Export formats: one list drives --format, the help and extension detection")
struct ExportFormatsTests {
    @Test("--format takes exactly the listed names, in order")
    func names() {
        #expect(ExportFormat.allValueStrings == ["graphml", "gexf", "json", "csv", "dot", "mermaid"])
        for exporter in ExportFormats.all {
            #expect(ExportFormat(argument: exporter.name)?.exporter.name == exporter.name)
        }
        #expect(ExportFormat(argument: "png") == nil)
    }

    @Test("every extension chooses its own format, in any case, and no two formats share one")
    func extensions() {
        let all = ExportFormats.all.flatMap(\.extensions)
        #expect(Set(all).count == all.count)
        for exporter in ExportFormats.all {
            for suffix in exporter.extensions {
                #expect(ExportFormats.matching(path: "out/model.\(suffix)")?.name == exporter.name)
                #expect(ExportFormats.matching(path: "MODEL.\(suffix.uppercased())")?.name == exporter.name)
            }
        }
        #expect(ExportFormats.matching(path: "-") == nil)
        #expect(ExportFormats.matching(path: "model") == nil)
        #expect(ExportFormats.matching(path: "out.json/model") == nil)
    }

    @Test("the help names every format and every one-file extension")
    func help() {
        let help = Export.helpMessage(columns: 1000)
        for exporter in ExportFormats.all {
            #expect(help.contains(exporter.title), "\(exporter.title)")
            #expect(help.contains(exporter.name), "\(exporter.name)")
            if !exporter.writesFolder {
                for suffix in exporter.extensions { #expect(help.contains(".\(suffix)"), "\(suffix)") }
            }
        }
        #expect(Export.configuration.abstract == "Write a model as GraphML, GEXF, node-link JSON, CSV, DOT or Mermaid.")
    }
}
