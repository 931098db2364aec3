import ArgumentParser
import RelGraph

/// `relgraph generate`: a synthetic model of a given size, for benchmarks and experiments.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic model with exactly the number of actors and ties asked for.",
        discussion: """
        The model has the shape of event data (GDELT, ICEWS): blocs friendly inside and \
        hostile between them, with some frustration; hubs with many ties (preferential \
        attachment); tie kinds that fit their signs; directed and dated ties; invented \
        sources cited by every tie. It passes relgraph check with no error and no warning. \
        The same seed gives the same bytes on every machine (SplitMix64). Ties are at least \
        actors − 1 (every actor is tied, all joined) and at most actors·(actors − 1)/2 (one \
        tie per pair). The structure and its parameters: docs/generate.md.

        Examples:
          relgraph generate --actors 1000 --ties 10000 --seed 7 -o big.yaml
          relgraph generate --actors 10000 --ties 100000 -o - | wc -l
        """
    )

    @Option(help: "Number of actors (at least 2).")
    var actors: Int = 100

    @Option(help: "Number of ties (from actors − 1 to actors·(actors − 1)/2).")
    var ties: Int = 300

    @Option(help: "Seed of the random generator; the same seed gives the same file.")
    var seed: UInt64 = 1

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the model; - for standard output (default: out/synthetic-<actors>-<ties>-<seed>.yaml).", valueName: "path"), transform: PathArgument.nonEmpty)
    var output: String?

    @OptionGroup var overwrite: OverwriteOptions

    var parameters: SyntheticParameters { SyntheticParameters(actors: actors, ties: ties, seed: seed) }

    func validate() throws {
        if let problem = parameters.problem { throw ValidationError(problem) }
    }

    func run() throws {
        let destination = output ?? "out/synthetic-\(actors)-\(ties)-\(seed).yaml"
        let text = SyntheticModel(parameters).yaml
        try OutputWriter.write(Array(text.utf8), to: destination, force: overwrite.force)
        if destination != "-" { Terminal.standardOutput.note(destination + "\n") }
    }
}
