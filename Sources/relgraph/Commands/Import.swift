import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import RelGraph
import RelGraphFormats
import RelGraphRender

/// `relgraph import`: a model from spreadsheets (CSV) or a DOT graph, as model-format YAML.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a model file from CSV sheets or a DOT graph.",
        discussion: """
        CSV: name a folder holding ties.csv (and, if you have them, actors.csv, sources.csv, \
        groups.csv, model.csv), or the ties file itself; the columns are those `relgraph \
        export --format csv` writes (docs/interchange.md; a template is in docs/import-template/). \
        DOT: parsed by Graphviz's own parser (never laid out), at most 5 MB.

        What cannot be carried over (unknown columns or attributes, weights outside −1 … +1, \
        self-loops, duplicate ids, dates that are not dates, …) is listed on standard error \
        and in a comment at the top of the model. A tie without a citation gets a placeholder \
        (source TODO, empty quote) that `relgraph check` reports until you cite a real source.

        Examples:
          relgraph import sheets/ -o graphs/my-model.yaml
          relgraph import ties.csv                   writes ties.yaml
          relgraph import network.dot -o network.yaml
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument, FileFormat {
        case csv, dot

        var name: String { rawValue }

        var extensions: [String] {
            switch self {
            case .csv: return ["csv", "tsv", "txt"]
            case .dot: return ["dot", "gv"]
            }
        }
    }

    @Argument(help: ArgumentHelp("A folder of CSV files, a ties CSV file, or a DOT file.", valueName: "file"), transform: PathArgument.nonEmpty)
    var file: String

    @Option(name: [.short, .long], help: ArgumentHelp("The model file to write; - for standard output (default: <name>.yaml here).", valueName: "path"), transform: PathArgument.nonEmpty)
    var output: String?

    @Option(help: "\(FileFormats.alternatives(Format.allCases.map(\.name))) (default: from the file's extension; a folder is csv).")
    var format: Format?

    @OptionGroup var overwrite: OverwriteOptions

    func run() throws {
        let chosen = try resolvedFormat()
        // "sheets/" → sheets.yaml, "ties.csv" → ties.yaml, "net.dot" → net.yaml.
        let stem = isFolder(file) ? URL(fileURLWithPath: file).standardizedFileURL.lastPathComponent : PathNames.stem(file)
        let result = chosen == .csv ? try importCSV(stem: stem) : try importDOT(stem: stem)
        let printer = DiagnosticPrinter(terminal: .standardError)
        printer.print(result.diagnostics)
        if result.hasErrors {
            let count = result.diagnostics.errors.count
            Terminal.standardError.write("\(file): \(count) error\(count == 1 ? "" : "s"); nothing was written\n")
            throw ExitCode.failure
        }

        let destination = output ?? stem + ".yaml"
        let yaml = ModelWriter.write(result.model, header: header(result, format: chosen))
        try OutputWriter.write(Array(yaml.utf8), to: destination, force: overwrite.force)

        // What `relgraph check` will say beyond the placeholders the analyst already knows about.
        let check = ModelLoader.load(yaml, path: destination == "-" ? "<stdout>" : destination)
        let further = check.diagnostics.filter { diagnostic in
            !(diagnostic.kind == .emptyQuote || (diagnostic.kind == .unknownSource && diagnostic.message.contains("'\(ImportPlaceholder.sourceID)'")))
        }
        for tie in result.placeholders {
            Terminal.standardError.write("\(Terminal.standardError.styled("needs a citation:", .yellow, .bold)) \(tie)\n")
        }
        if !further.isEmpty {
            Terminal.standardError.write("relgraph check will also report:\n")
            printer.print(further)
        }
        let model = result.model
        if destination != "-" {
            var summary = "\(destination): \(model.actors.count) actor\(model.actors.count == 1 ? "" : "s"), \(model.ties.count) tie\(model.ties.count == 1 ? "" : "s"), \(model.sources.count) source\(model.sources.count == 1 ? "" : "s")"
            if !result.placeholders.isEmpty {
                summary += "; \(result.placeholders.count) tie\(result.placeholders.count == 1 ? " needs" : "s need") a citation (source \(ImportPlaceholder.sourceID), empty quote)"
            }
            Terminal.standardOutput.note(summary + "\n")
        }
    }

    // MARK: - Formats

    func resolvedFormat() throws -> Format {
        if let format { return format }
        if isFolder(file) { return .csv }
        guard let format = Format(path: file) else {
            throw ValidationError("cannot tell the format of '\(file)'; add --format csv or --format dot")
        }
        return format
    }

    func isFolder(_ path: String) -> Bool { FileManager.default.folderExists(atPath: path) }

    /// The ties table and the folder its companions are looked for in.
    func csvLocation() -> (folder: String, ties: String) {
        if isFolder(file) { return (file, PathText.appending(CSVColumns.tiesFile, to: file)) }
        let (folder, name) = PathText.split(file)
        let companions = [CSVColumns.actorsFile, CSVColumns.sourcesFile, CSVColumns.groupsFile, CSVColumns.modelFile]
        return (folder, companions.contains(name.lowercased()) ? PathText.appending(CSVColumns.tiesFile, to: folder) : file)
    }

    func importCSV(stem: String) throws -> ImportResult {
        let location = csvLocation()
        func companion(_ name: String) throws -> CSVImporter.File? {
            let path = PathText.appending(name, to: location.folder)
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return CSVImporter.File(path: path, bytes: try readFile(path))
        }
        guard FileManager.default.fileExists(atPath: location.ties) else {
            Terminal.standardError.write("\(location.ties): \(Terminal.standardError.styled("error:", .red, .bold)) no such file; a CSV import needs the ties table\n")
            throw ExitCode.failure
        }
        let input = CSVImporter.Input(ties: CSVImporter.File(path: location.ties, bytes: try readFile(location.ties)),
                                      actors: try companion(CSVColumns.actorsFile), sources: try companion(CSVColumns.sourcesFile),
                                      groups: try companion(CSVColumns.groupsFile), model: try companion(CSVColumns.modelFile))
        return CSVImporter.read(input, title: "Imported from \(stem)", today: Self.today)
    }

    func importDOT(stem: String) throws -> ImportResult {
        let bytes = try readFile(file)
        let read: DOTReader.Result
        do {
            read = try DOTReader.read(bytes)
        } catch {
            Terminal.standardError.write("\(file): \(Terminal.standardError.styled("error:", .red, .bold)) \(Diagnostic.oneLine(error.description))\n")
            throw ExitCode.failure
        }
        var result = DOTImporter.read(read.graph, path: file, title: stem, today: Self.today)
        result.diagnostics = read.warnings.map { Diagnostic(.graphvizSaid($0), path: file, at: .none) } + result.diagnostics
        return result
    }

    func readFile(_ path: String) throws -> [UInt8] {
        do {
            return try FileInput.read(path)
        } catch {
            DiagnosticPrinter(terminal: .standardError).print(error)
            throw ExitCode.failure
        }
    }

    /// The comment at the top of the written model.
    func header(_ result: ImportResult, format: Format) -> [String] {
        var lines = ["Imported by `relgraph import` from \(file) (\(format.rawValue))."]
        if !result.placeholders.isEmpty {
            lines += ["", "\(result.placeholders.count) tie\(result.placeholders.count == 1 ? " has" : "s have") no citation yet: each has `source: \(ImportPlaceholder.sourceID)`",
                      "and an empty quote, which `relgraph check` reports until a real source is cited."]
        }
        if !result.diagnostics.isEmpty {
            lines += ["", "Not carried over, or filled in, on import:"]
            lines += result.diagnostics.map { "  " + $0.description }
        }
        return lines
    }

    /// Today's date (UTC): the `as_of` of last resort for data without any date. From the C
    /// library's clock and calendar, which is all Foundation's `Calendar` did for it.
    static var today: PartialDate {
        var now = time(nil)
        var parts = tm()
        guard gmtime_r(&now, &parts) != nil else { return PartialDate(year: 2000)! }
        return PartialDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? PartialDate(year: 2000)!
    }
}
