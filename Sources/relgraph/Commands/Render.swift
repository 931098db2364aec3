import ArgumentParser
import RelGraph
import RelGraphRender

/// `relgraph render`: a model drawn through Graphviz's C library, as of one date.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a model as SVG, PNG, PDF or DOT.",
        discussion: """
        With no file, draws the default model to out/<model>.svg and prints the path. \
        Hover over an edge in the SVG to read the tie's kind, weight, dates and citations.
        """
    )

    @Argument(help: ArgumentHelp("The model file (default: the default model).", valueName: "file"), transform: PathArgument.nonEmpty)
    var file: String?

    @OptionGroup var model: ModelOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the picture; - for standard output (default: out/<model>.<format>).", valueName: "path"), transform: PathArgument.nonEmpty)
    var output: String?

    @OptionGroup var overwrite: OverwriteOptions

    @Option(help: "svg, png, pdf or dot (default: from the output's extension, else svg).")
    var format: PictureFormat?

    @Option(help: "Graphviz layout: dot, neato, fdp, sfdp, circo or twopi.")
    var layout: LayoutEngine = .neato

    @Option(help: ArgumentHelp("Keep only actors within --depth ties of this one (id, label or alias).", valueName: "actor"))
    var focus: String?

    @Option(help: "How many ties away from --focus to keep.")
    var depth: Int = 1

    @Option(name: .customLong("color-by"), help: ArgumentHelp("Fill actors by their group in the model, or by the bloc their ties put them in (friendly inside, hostile between).", valueName: "group|bloc"))
    var coloring: ColorBy = .group

    @Flag(help: "Write each tie's label on its edge.")
    var edgeLabels = false

    @Flag(help: "Also draw actors that have no tie on the date shown.")
    var showIsolated = false

    @OptionGroup var sizing: WidthOption

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    func run() throws {
        let path = try model.modelPath(argument: file)
        let loaded = try model.load(path)
        var snapshot = loaded.snapshot(at: model.date?.firstDay)
        if let focus {
            let id = try ModelInput.resolveActor(focus, in: loaded, option: "--focus")
            guard snapshot.actors.contains(where: { $0.id == id }) else {
                throw ValidationError("--focus: '\(id)' does not exist on \(snapshot.day) (\(loaded.actor(id)?.validity.summary ?? ""))")
            }
            snapshot = snapshot.focused(on: id, depth: depth)
        }
        if !showIsolated { snapshot = snapshot.withoutIsolatedActors() }
        let pictureFormat = format ?? output.flatMap(PictureFormat.init(path:)) ?? .svg
        let destination = output ?? "out/\(PathNames.stem(path)).\(pictureFormat.fileExtension)"

        let policy = SizePolicy.decide(actors: SizePolicy.actorSizes(snapshot), ties: snapshot.tieIndices.count, requested: layout)
        if let note = policy.note { Terminal.standardError.write("\(path): \(Terminal.standardError.styled("note:", .cyan, .bold)) \(note)\n") }
        let spec = ModelPicture.spec(for: snapshot, options: .init(edgeLabels: edgeLabels, coloring: actorColoring(snapshot), sizePolicy: policy))
        let rendered: PictureRenderer.Rendered
        let fitted: ColumnFit.Outcome?
        do {
            (rendered, fitted) = try PictureRenderer.render(spec, format: pictureFormat, engine: policy.engine, fit: sizing.fit)
        } catch {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("error:", .red, .bold)) \(error)\n")
            throw ExitCode.failure
        }
        for warning in rendered.warnings {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) Graphviz: \(warning)\n")
        }
        if let warning = WidthOption.warning(fitted, instead: "draw part of the model with --focus <actor> --depth 1") {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) \(snapshot.actors.count) actors are \(warning)\n")
        }
        try OutputWriter.write(rendered.bytes, to: destination, force: overwrite.force)
        if destination != "-" { Terminal.standardOutput.note(destination + "\n") }
    }

    /// Group fills come from the model; bloc fills from the blocs found here, on the relations
    /// every measure reads, as `metrics` finds them.
    func actorColoring(_ snapshot: Snapshot) -> ActorColoring {
        switch coloring {
        case .group: return .group
        case .bloc:
            let graph = snapshot.signedGraph
            return .blocs(signedBlocs(graph), of: graph)
        }
    }
}
