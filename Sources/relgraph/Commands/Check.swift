import ArgumentParser
import FoundationEssentials
import RelGraph

/// `relgraph check`: every problem in a model, one line each, at the YAML node it is about.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate model and scenario files and report every problem with its line and column.",
        discussion: """
        Each finding is one line: path:line:column: error|warning: message [code]. \
        Exit status: 0 when there are no errors, 1 when there are, 2 for usage errors. \
        The codes are listed in docs/format.md.

        With --evidence DIR, every quote is also looked up in DIR/<source-id>.txt or .md, \
        tolerant of typography (curly quotes, dashes, line breaks; ... skips words); a quote \
        not found is an error with the closest passage as a hint (docs/sources.md).

        Each tie that rests on an assumption (basis: assumption) is listed as a warning of its \
        own code, assumption: --strict fails on them unless --allow-assumptions is given.

        Examples:
          relgraph check my-model.yaml --strict
          relgraph check --strict --allow-assumptions
          relgraph check --evidence articles/ graphs/south-caucasus.yaml
        """
    )

    @Argument(help: ArgumentHelp("Model or scenario files (default: the default model). A scenario is checked against its model.", valueName: "file"), transform: PathArgument.nonEmpty)
    var files: [String] = []

    @Flag(name: .long, help: "Treat warnings as errors (exit 1 when there are any).")
    var strict = false

    @Flag(name: .customLong("allow-assumptions"), help: "With --strict, do not fail on assumption ties (they are still listed).")
    var allowAssumptions = false

    @Flag(name: .customLong("no-assumptions"), help: "Leave out the ties that rest on an assumption (basis: assumption), as if they were not written.")
    var noAssumptions = false

    @Flag(name: [.short, .long], help: "Print findings only, no summary line.")
    var quiet = false

    @Option(help: ArgumentHelp("Check every quote against the documents in this folder, named <source-id>.txt or .md.", valueName: "dir"), transform: PathArgument.nonEmpty)
    var evidence: String?

    @Flag(name: .customLong("allow-outside"), help: "Let a scenario's graph: name a model outside the scenario's project (its repository, else its folder).")
    var allowOutside = false

    func validate() throws {
        if let evidence, !FileManager.default.folderExists(atPath: evidence) {
            throw ValidationError("--evidence '\(evidence)' is not a folder")
        }
    }

    func run() throws {
        var paths = files
        if paths.isEmpty {
            guard let path = ModelInput.defaultModel() else {
                throw ValidationError("no file named, and no \(DefaultModel.relativePath) here or above (up to the repository's root or the home folder)")
            }
            paths = [path]
        }
        let printer = DiagnosticPrinter(terminal: .standardOutput)
        var failed = false
        for path in paths {
            let bytes: [UInt8]
            do {
                bytes = try FileInput.read(path)
            } catch {
                printer.print(error)
                failed = true
                continue
            }
            let (diagnostics, counts) = ScenarioLoader.looksLikeScenario(bytes) ? checkScenario(bytes, path: path) : checkModel(bytes, path: path)
            printer.print(diagnostics)
            let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
            let failingWarnings = allowAssumptions ? diagnostics.warnings.filter { $0.kind != .assumption }.count : warnings
            if errors > 0 || (strict && failingWarnings > 0) { failed = true }
            if !quiet {
                Terminal.standardOutput.write(summary(path: path, counts: counts, errors: errors, warnings: warnings) + "\n")
            }
        }
        if failed { throw ExitCode.failure }
    }

    func checkModel(_ bytes: [UInt8], path: String) -> ([Diagnostic], String) {
        let result = ModelLoader.load(bytes, path: path, withoutAssumptions: noAssumptions)
        if noAssumptions, result.model != nil { ModelInput.noteDropped(result.droppedAssumptions, path: path) }
        var counts = result.model.map { "\($0.actors.count) actors, \($0.ties.count) ties, \($0.sources.count) sources" } ?? "not readable"
        guard let evidence, let model = result.model else { return (result.diagnostics, counts) }
        let (findings, checked) = EvidenceCheck.run(model, folder: EvidenceFolder(path: evidence))
        counts += "; \(checked.found) of \(checked.checked) quotes found in \(evidence)"
        return (result.diagnostics + findings, counts)
    }

    /// A scenario on its own, then its shocks against its model (whose own findings count too).
    func checkScenario(_ bytes: [UInt8], path: String) -> ([Diagnostic], String) {
        let loaded = ScenarioLoader.load(bytes, path: path, graphAnywhere: allowOutside)
        guard let scenario = loaded.scenario else { return (loaded.diagnostics, "not readable") }
        // A graph outside the scenario's project is not read at all, not even to be checked.
        if loaded.diagnostics.contains(where: { $0.kind == .graphOutside }) { return (loaded.diagnostics, "scenario") }
        guard let modelPath = scenario.graphPath ?? ModelInput.defaultModel() else {
            let missing = Diagnostic(.noModelFound(DefaultModel.relativePath), path: path, at: .start)
            return (loaded.diagnostics + [missing], "scenario")
        }
        let model: ModelLoader.Result
        do {
            model = try ModelLoader.load(contentsOf: modelPath, withoutAssumptions: noAssumptions)
        } catch {
            return (loaded.diagnostics + [Diagnostic(.modelUnreadable(error.path, error.message), path: path, at: .start)], "scenario")
        }
        if noAssumptions { ModelInput.noteDropped(model.droppedAssumptions, path: modelPath) }
        guard let graph = model.model, !model.hasErrors else {
            return (loaded.diagnostics + model.diagnostics, "scenario")
        }
        let plan = loaded.hasErrors ? [] : ScenarioPlan.make(scenario, model: graph).1
        return (loaded.diagnostics + plan, "scenario, \(scenario.shocks.count) shocks, \(scenario.expectations.count) expectations, on \(modelPath)")
    }

    func summary(path: String, counts: String, errors: Int, warnings: Int) -> String {
        let terminal = Terminal.standardOutput
        if errors == 0 && warnings == 0 {
            return "\(path): \(terminal.styled("ok", .green, .bold)) (\(counts))"
        }
        return "\(path): \(plural(errors, "error")), \(plural(warnings, "warning")) (\(counts))"
    }

    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}
