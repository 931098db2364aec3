import ArgumentParser
import RelGraph
import RelGraphFormats
import RelGraphRender

/// `relgraph export`: a model in the formats other tools read (Gephi, yEd, NetworkX, spreadsheets, Kumu, Markdown).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a model as GraphML, GEXF, node-link JSON, CSV, DOT or Mermaid.",
        discussion: """
        By default every actor and tie is written, whatever its dates, with since/until as \
        attributes (GEXF: a Gephi timeline), so nothing is lost; --at DATE writes the snapshot \
        of that date instead. The format comes from --format, else from the output's extension \
        (.graphml, .gexf, .json, .dot or .gv, .mmd). CSV writes a folder of five files: \
        actors.csv, ties.csv (one row per citation), sources.csv, groups.csv and model.csv, \
        which `relgraph import` reads back. Attribute names and columns: docs/interchange.md.

        Examples:
          relgraph export --format gexf              Gephi, every date
          relgraph export -o model.graphml           yEd, networkx.read_graphml
          relgraph export --format csv -o sheets/    sheets/actors.csv, ties.csv, …
          relgraph export --format mermaid --at 2025-09 -o -
          relgraph export --format json              networkx.node_link_graph
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case graphml, gexf, json, csv, dot, mermaid

        var fileExtension: String {
            switch self {
            case .mermaid: return "mmd"
            default: return rawValue
            }
        }

        /// The format a file name asks for by its extension, if any.
        init?(path: String) {
            guard path != "-", let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
            switch path[path.index(after: dot)...].lowercased() {
            case "graphml": self = .graphml
            case "gexf": self = .gexf
            case "json": self = .json
            case "dot", "gv": self = .dot
            case "mmd", "mermaid": self = .mermaid
            case "csv": self = .csv
            default: return nil
            }
        }
    }

    @Argument(help: ArgumentHelp("The model file (default: the default model).", valueName: "file"))
    var file: String?

    @OptionGroup var model: ModelOptions

    @Flag(help: "Write every actor and tie with their dates as attributes (the default; the opposite of --at).")
    var allDates = false

    @Option(help: "graphml, gexf, json, csv, dot or mermaid (default: from the output's extension).")
    var format: Format?

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write; - for standard output; a folder for csv (default: out/<model>.<ext>, out/<model>-csv/).", valueName: "path"))
    var output: String?

    func validate() throws {
        if allDates && model.at != nil { throw ValidationError("--at writes one date, --all-dates every date: give one of them") }
        if format == nil && output.flatMap(Format.init(path:)) == nil {
            throw ValidationError("name a format: --format graphml, gexf, json, csv, dot or mermaid")
        }
        if (format ?? output.flatMap(Format.init(path:))) == .csv && output == "-" {
            throw ValidationError("csv is a folder of files; name a folder with -o, not -")
        }
    }

    func run() throws {
        let path = try model.modelPath(argument: file)
        let loaded = try ModelInput.load(path)
        let graph = model.date.map { InterchangeGraph(snapshot: loaded.snapshot(at: $0.firstDay)) } ?? InterchangeGraph(model: loaded)
        let chosen = format ?? output.flatMap(Format.init(path:))!
        let stem = PathNames.stem(path)

        if chosen == .csv {
            var folder = output ?? "out/\(stem)-csv"
            if folder.hasSuffix(".csv") { folder = String(folder.dropLast(4)) }
            while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
            try OutputWriter.write(CSVExporter.files(graph).map { ($0.name, Array($0.text.utf8)) }, into: folder, protecting: [path])
            Terminal.standardOutput.write(folder + "/\n")
            return
        }
        let text: String
        switch chosen {
        case .graphml: text = GraphMLWriter.write(graph)
        case .gexf: text = GEXFWriter.write(graph)
        case .json: text = NodeLinkWriter.write(graph)
        case .dot: text = DOTExport.text(graph)
        case .mermaid: text = MermaidWriter.write(graph)
        case .csv: return
        }
        let destination = output ?? "out/\(stem).\(chosen.fileExtension)"
        try OutputWriter.write(Array(text.utf8), to: destination, protecting: [path])
        if destination != "-" { Terminal.standardOutput.write(destination + "\n") }
    }
}
