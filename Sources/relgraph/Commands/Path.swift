import ArgumentParser
import RelGraph
import RelGraphFormats

/// `relgraph path`: how two actors are connected, and on whose word.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the chains of relations that connect two actors, with the sources behind each tie.",
        discussion: """
        Two searches on the model as of one date. Strongest cooperative chains: only \
        positive relations, ranked by the product of their weights (Yen's k shortest simple \
        paths with length -log w). Shortest signed chains: the fewest ties of any sign, the \
        strongest first; a chain's sign is the product of its signs, so the friend of an \
        enemy is an enemy. Every step lists the ties behind the relation with their sources \
        and quotes. Actors are named by id, label or alias. Exit status 1 when the two are \
        not connected at all.

        Examples:
          relgraph path USA Iran
          relgraph path Armenia Turkiye --at 2023-06-01 --max 5
          relgraph path Baku Moscow my-model.yaml
        """
    )

    @Argument(help: ArgumentHelp("The actor the chains start from (id, label or alias).", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The actor they lead to.", valueName: "to"))
    var to: String

    @Argument(help: ArgumentHelp("The model file (default: the default model).", valueName: "model"), transform: PathArgument.nonEmpty)
    var file: String?

    @OptionGroup var model: ModelOptions

    /// More chains than anyone reads; each costs a search of the whole graph per tie it has.
    static let maximumChains = 100

    @Option(help: ArgumentHelp("How many chains of each kind at most (1 to \(maximumChains)).", valueName: "n"))
    var max = 3

    func validate() throws {
        if max < 1 || max > Self.maximumChains {
            throw ValidationError("--max must be from 1 to \(Self.maximumChains); \(Self.maximumChains) chains of each kind is more than a reader follows")
        }
    }

    func run() throws {
        let path = try model.modelPath(argument: file)
        let loaded = try model.load(path)
        let snapshot = loaded.snapshot(at: model.date?.firstDay)
        let source = try ModelInput.resolveActor(from, in: loaded, option: "<from>")
        let target = try ModelInput.resolveActor(to, in: loaded, option: "<to>")
        if source == target { throw ValidationError("'\(from)' and '\(to)' are the same actor (\(source)); name two actors") }
        for id in [source, target] where !snapshot.actorIndices.contains(where: { loaded.actors[$0].id == id }) {
            throw ValidationError("'\(id)' does not exist on \(snapshot.day) (\(loaded.actor(id)?.validity.summary ?? "")); choose another --at")
        }
        let cooperative = ChainSearch.strongestCooperative(in: snapshot, from: source, to: target, limit: max)
        let signed = ChainSearch.shortestSigned(in: snapshot, from: source, to: target, limit: max)
        Terminal.standardOutput.write(ChainText.text(snapshot: snapshot, from: source, to: target, cooperative: cooperative, signed: signed))
        if signed.isEmpty { throw ExitCode.failure }
    }
}
