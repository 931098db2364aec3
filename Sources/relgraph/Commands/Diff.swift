import ArgumentParser
import RelGraph
import RelGraphRender

/// `relgraph diff`: what changed between two versions of a model, or one model at two dates.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a model, or one model at two dates.",
        discussion: """
        Writes the same before/after/difference pictures and reports as a scenario, into \
        out/diff-<names>/.

        Examples:
          relgraph diff old.yaml graphs/south-caucasus.yaml
          relgraph diff --at 2023-06-01 --vs 2025-09-01
        """
    )

    @Argument(help: ArgumentHelp("Two model files (older first), or one model with --at and --vs (default: the default model).", valueName: "model"), transform: PathArgument.nonEmpty)
    var files: [String] = []

    @OptionGroup var model: ModelOptions

    @Option(help: ArgumentHelp("The later date to compare --at with.", valueName: "date"))
    var vs: String?

    @OptionGroup var output: ScenarioOutputOptions


    func validate() throws {
        if files.count > 2 { throw ValidationError("give at most two model files") }
        if let vs, PartialDate(parsing: vs) == nil { throw ValidationError("--vs '\(vs)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
        if files.count < 2 && (model.at == nil || vs == nil) {
            throw ValidationError("compare two model files, or one model at two dates with --at and --vs")
        }
        if files.count == 2 && vs != nil { throw ValidationError("--vs compares dates of one model; with two files, use --at for both") }
    }

    func run() throws {
        let oldPath: String, newPath: String
        if files.count == 2 {
            (oldPath, newPath) = (files[0], files[1])
        } else {
            oldPath = try model.modelPath(argument: files.first)
            newPath = oldPath
        }
        let old = try model.load(oldPath)
        let new = oldPath == newPath ? old : try model.load(newPath)
        let oldDay = model.date?.firstDay ?? old.asOfDay
        let newDay = vs.flatMap(PartialDate.init(parsing:))?.firstDay ?? model.date?.firstDay ?? new.asOfDay
        let oldLabel = oldPath == newPath ? "\(oldDay)" : "\(oldPath) as of \(oldDay)"
        let newLabel = oldPath == newPath ? "\(newDay)" : "\(newPath) as of \(newDay)"
        let result = ModelComparison.compare(old: old.snapshot(at: oldDay), new: new.snapshot(at: newDay), oldLabel: oldLabel, newLabel: newLabel)

        let name = oldPath == newPath ? "diff-\(PathNames.stem(oldPath))-\(oldDay)-\(newDay)" : "diff-\(PathNames.stem(oldPath))-\(PathNames.stem(newPath))"
        let folder = PathNames.inside(output.folder, name)
        let written: (files: [ScenarioOutput.File], warnings: [String], fit: ColumnFit.Outcome?)
        do {
            written = try ScenarioOutput.files(for: result, format: output.format, engine: output.layout, fit: output.sizing.fit)
        } catch {
            Terminal.standardError.write("\(newPath): \(Terminal.standardError.styled("error:", .red, .bold)) \(error)\n")
            throw ExitCode.failure
        }
        if let warning = WidthOption.warning(written.fit, instead: "compare a part of the model (relgraph render --focus <actor> --depth 1 at each date)") {
            Terminal.standardError.write("\(newPath): \(Terminal.standardError.styled("warning:", .yellow, .bold)) the pictures are \(warning)\n")
        }
        try OutputWriter.write(written.files.map { ($0.name, $0.bytes) }, into: folder, force: output.overwrite.force)
        if output.json {
            Terminal.standardOutput.write(written.files.first { $0.name == "effects.json" }!.bytes)
        } else {
            Terminal.standardOutput.note(EffectsSummary.text(result, folder: folder, files: written.files.map(\.name), terminal: .standardOutput))
        }
    }
}
