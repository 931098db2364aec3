import ArgumentParser
import RelGraph

/// `relgraph check`: every problem in a model, one line each, at the YAML node it is about.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate model files and report every problem with its line and column.",
        discussion: """
        Each finding is one line: path:line:column: error|warning: message [code]. \
        Exit status: 0 when there are no errors, 1 when there are, 2 for usage errors. \
        The codes are listed in docs/format.md.
        """
    )

    @Argument(help: ArgumentHelp("Model files (default: the default model).", valueName: "file"))
    var files: [String] = []

    @Flag(name: .long, help: "Treat warnings as errors (exit 1 when there are any).")
    var strict = false

    @Flag(name: [.short, .long], help: "Print findings only, no summary line.")
    var quiet = false

    func run() throws {
        var paths = files
        if paths.isEmpty {
            guard let path = DefaultModel.locate() else {
                throw ValidationError("no file named, and no \(DefaultModel.relativePath) here or above")
            }
            paths = [path]
        }
        let printer = DiagnosticPrinter(terminal: .standardOutput)
        var failed = false
        for path in paths {
            let result: ModelLoader.Result
            do {
                result = try ModelLoader.load(contentsOf: path)
            } catch {
                printer.print(error)
                failed = true
                continue
            }
            printer.print(result.diagnostics)
            let errors = result.diagnostics.errors.count, warnings = result.diagnostics.warnings.count
            if errors > 0 || (strict && warnings > 0) { failed = true }
            if !quiet {
                Terminal.standardOutput.write(summary(path: path, model: result.model, errors: errors, warnings: warnings) + "\n")
            }
        }
        if failed { throw ExitCode.failure }
    }

    func summary(path: String, model: Model?, errors: Int, warnings: Int) -> String {
        let terminal = Terminal.standardOutput
        let counts = model.map { "\($0.actors.count) actors, \($0.ties.count) ties, \($0.sources.count) sources" } ?? "not readable"
        if errors == 0 && warnings == 0 {
            return "\(path): \(terminal.styled("ok", .green, .bold)) (\(counts))"
        }
        return "\(path): \(plural(errors, "error")), \(plural(warnings, "warning")) (\(counts))"
    }

    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}
