import ArgumentParser
import RelGraph

/// Which model, and as of when: shared by every command that reads a model.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The model file (default: \(DefaultModelPath.description)).", valueName: "model"), transform: PathArgument.nonEmpty)
    var graph: String?

    @Option(name: .long, help: ArgumentHelp("Show the world as of this date: YYYY, YYYY-MM or YYYY-MM-DD (default: the model's as_of).", valueName: "date"))
    var at: String?

    @Flag(name: .customLong("no-assumptions"), help: "Leave out the ties that rest on an assumption (basis: assumption) instead of a source, to see what they change.")
    var noAssumptions = false

    func validate() throws {
        if let at, PartialDate(parsing: at) == nil {
            throw ValidationError("--at '\(at)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    var date: PartialDate? { at.flatMap(PartialDate.init(parsing:)) }

    /// The model at `path`, loaded as these options say; its findings printed on stderr.
    func load(_ path: String) throws -> Model {
        try ModelInput.load(path, withoutAssumptions: noAssumptions)
    }

    /// The file named by an argument, else `--graph`, else the default model.
    func modelPath(argument: String?) throws -> String {
        if let path = argument ?? graph { return path }
        guard let path = ModelInput.defaultModel() else {
            throw ValidationError("no model named, and no \(DefaultModel.relativePath) here or above (up to the repository's root or the home folder); name a model file or set \(DefaultModel.environmentVariable)")
        }
        return path
    }
}
