import ArgumentParser
import RelGraph

/// Loads a model for a command: prints its findings on stderr; errors stop the command.
enum ModelInput {
    static func load(_ path: String) throws -> Model {
        let printer = DiagnosticPrinter(terminal: .standardError)
        let result: ModelLoader.Result
        do {
            result = try ModelLoader.load(contentsOf: path)
        } catch {
            printer.print(error)
            throw ExitCode.failure
        }
        printer.print(result.diagnostics)
        guard let model = result.model, !result.hasErrors else {
            let count = result.diagnostics.errors.count
            Terminal.standardError.write("\(path): \(count) error\(count == 1 ? "" : "s"); nothing was drawn\n")
            throw ExitCode.failure
        }
        return model
    }

    /// An actor named on the command line, by id, label or alias; a usage error otherwise.
    static func resolveActor(_ name: String, in model: Model, option: String) throws -> String {
        let names = ActorNames(model.actors)
        if let id = names.resolve(name) { return id }
        let hint = names.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
        throw ValidationError("\(option): no actor '\(name)' in \(model.path)\(hint)")
    }
}
