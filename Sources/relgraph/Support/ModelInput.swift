import ArgumentParser
import RelGraph

/// Loads a model for a command: prints its findings on stderr; errors stop the command.
enum ModelInput {
    /// `withoutAssumptions` (`--no-assumptions`) leaves out the assumption ties, and a note
    /// says how many. Assumptions themselves are not problems: `relgraph check` lists them,
    /// other commands do not.
    static func load(_ path: String, withoutAssumptions: Bool = false) throws -> Model {
        let printer = DiagnosticPrinter(terminal: .standardError)
        let result: ModelLoader.Result
        do {
            result = try ModelLoader.load(contentsOf: path, withoutAssumptions: withoutAssumptions)
        } catch {
            printer.print(error)
            throw ExitCode.failure
        }
        printer.print(result.diagnostics.filter { $0.kind != .assumption })
        if withoutAssumptions { noteDropped(result.droppedAssumptions, path: path) }
        guard let model = result.model, !result.hasErrors else {
            let count = result.diagnostics.errors.count
            Terminal.standardError.write("\(path): \(count) error\(count == 1 ? "" : "s"); nothing was drawn\n")
            throw ExitCode.failure
        }
        return model
    }

    /// The default model (`DefaultModel`); a note on stderr names it when it was found in a
    /// folder above the current one, so a model picked up from elsewhere never goes unnoticed.
    static func defaultModel() -> String? {
        guard let found = DefaultModel.find() else { return nil }
        if found.isAbove {
            Terminal.standardError.write("\(found.path): \(Terminal.standardError.styled("note:", .cyan, .bold)) using this default model, found above the current folder\n")
        }
        return found.path
    }

    /// `path: note: 3 assumption ties left out (--no-assumptions)`, on stderr.
    static func noteDropped(_ count: Int, path: String) {
        let note = "\(count) assumption tie\(count == 1 ? "" : "s") left out (--no-assumptions)"
        Terminal.standardError.write("\(path): \(Terminal.standardError.styled("note:", .cyan, .bold)) \(note)\n")
    }

    /// An actor named on the command line, by id, label or alias; a usage error otherwise.
    static func resolveActor(_ name: String, in model: Model, option: String) throws -> String {
        let names = ActorNames(model.actors)
        if let id = names.resolve(name) { return id }
        let hint = names.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
        throw ValidationError("\(option): no actor '\(name)' in \(model.path)\(hint)")
    }
}
