import ArgumentParser
import RelGraphFormats
import RelGraphRender

/// The formats `relgraph export` writes: the one list that gives `--format` its values, the
/// help its names and extensions, and an output's extension its format, in the order the
/// help names them. Adding a format: a type conforming to `Exporter` (in RelGraphFormats'
/// Interchange folder, or RelGraphRender for one that is drawn) and one line here.
enum ExportFormats {
    static let all: [any Exporter] = [
        GraphMLWriter(),
        GEXFWriter(),
        NodeLinkWriter(),
        CSVExporter(),
        DOTExport(),
        MermaidWriter(),
    ]

    /// "graphml, gexf, json, csv, dot or mermaid".
    static var names: String { FileFormats.alternatives(all.map(\.name)) }

    /// The format an output path asks for by its extension, if any.
    static func matching(path: String) -> (any Exporter)? { all.first { $0.matches(path: path) } }
}

/// `relgraph export --format`: one of `ExportFormats.all`, by name.
struct ExportFormat: ExpressibleByArgument {
    let exporter: any Exporter

    init(_ exporter: any Exporter) { self.exporter = exporter }

    init?(argument: String) {
        guard let exporter = ExportFormats.all.first(where: { $0.name == argument }) else { return nil }
        self.init(exporter)
    }

    static var allValueStrings: [String] { ExportFormats.all.map(\.name) }

    var defaultValueDescription: String { exporter.name }
}
