import ArgumentParser
import RelGraph
import RelGraphFormats

/// `relgraph export`: a model in the formats other tools read (Gephi, yEd, NetworkX, spreadsheets, Kumu, Markdown).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a model as \(FileFormats.alternatives(ExportFormats.all.map(\.title))).",
        discussion: """
        By default every actor and tie is written, whatever its dates, with since/until as \
        attributes (GEXF: a Gephi timeline), so nothing is lost; --at DATE writes the snapshot \
        of that date instead. The format comes from --format, else from the output's extension \
        (\(fileExtensions)). CSV writes a folder of five files: \
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

    /// ".graphml, .gexf, .json, .dot or .gv, .mmd or .mermaid": the extensions of the one-file formats.
    static var fileExtensions: String {
        ExportFormats.all.filter { !$0.writesFolder }
            .map { format in FileFormats.alternatives(format.extensions.map { "." + $0 }) }
            .joined(separator: ", ")
    }

    @Argument(help: ArgumentHelp("The model file (default: the default model).", valueName: "file"), transform: PathArgument.nonEmpty)
    var file: String?

    @OptionGroup var model: ModelOptions

    @Flag(help: "Write every actor and tie with their dates as attributes (the default; the opposite of --at).")
    var allDates = false

    @Option(help: "\(ExportFormats.names) (default: from the output's extension).")
    var format: ExportFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write; - for standard output; a folder for csv (default: out/<model>.<ext>, out/<model>-csv/).", valueName: "path"), transform: PathArgument.nonEmpty)
    var output: String?

    @OptionGroup var overwrite: OverwriteOptions

    /// The format asked for by name, else by the output's extension.
    var chosen: (any Exporter)? { format?.exporter ?? output.flatMap(ExportFormats.matching(path:)) }

    func validate() throws {
        if allDates && model.at != nil { throw ValidationError("--at writes one date, --all-dates every date: give one of them") }
        guard let chosen else { throw ValidationError("name a format: --format \(ExportFormats.names)") }
        if chosen.writesFolder && output == "-" {
            throw ValidationError("\(chosen.name) is a folder of files; name a folder with -o, not -")
        }
    }

    func run() throws {
        let path = try model.modelPath(argument: file)
        let loaded = try model.load(path)
        let graph = model.date.map { InterchangeGraph(snapshot: loaded.snapshot(at: $0.firstDay)) } ?? InterchangeGraph(model: loaded)
        guard let chosen else { return }
        let stem = PathNames.stem(path)

        switch chosen.export(graph) {
        case .folder(let files):
            var folder = output ?? "out/\(stem)-\(chosen.name)"
            // `-o sheets.csv` names the folder `sheets`.
            if let suffix = FileFormats.fileExtension(of: folder), chosen.extensions.contains(suffix) {
                folder = String(folder.dropLast(suffix.count + 1))
            }
            folder = PathNames.folder(folder)
            try OutputWriter.write(files.map { ($0.name, Array($0.text.utf8)) }, into: folder, force: overwrite.force)
            Terminal.standardOutput.note(folder + "/\n")
        case .file(let text):
            let destination = output ?? "out/\(stem).\(chosen.extensions.first ?? chosen.name)"
            try OutputWriter.write(Array(text.utf8), to: destination, force: overwrite.force)
            if destination != "-" { Terminal.standardOutput.note(destination + "\n") }
        }
    }
}
