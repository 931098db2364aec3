import ArgumentParser
import RelGraph
import RelGraphFormats

/// `relgraph metrics`: every actor's centralities and the whole graph's balance and blocs, as
/// of one date.
struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Measure each actor's position and the graph's balance and blocs.",
        discussion: """
        Per actor: degree; positive, negative and net strength; betweenness, closeness, \
        PageRank (alpha 0.85) and eigenvector centrality over cooperative ties. For the graph: \
        density, components, the share of balanced triangles and the blocs that minimise \
        frustration. Definitions, the NetworkX calls they match, and the CSV and JSON shapes \
        are in docs/metrics.md.

        Examples:
          relgraph metrics                        the default model, by PageRank
          relgraph metrics --sort betweenness     brokers first
          relgraph metrics --at 2023-06-01 --format csv -o metrics-2023.csv
          relgraph metrics my-model.yaml --format json
        """
    )

    @Argument(help: ArgumentHelp("The model file (default: the default model).", valueName: "model"), transform: PathArgument.nonEmpty)
    var file: String?

    @OptionGroup var model: ModelOptions

    @Option(help: "\(FileFormats.alternatives(MetricsFormat.allCases.map(\.name))) (default: from the output's extension, else table).")
    var format: MetricsFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write; - for standard output (the default).", valueName: "path"), transform: PathArgument.nonEmpty)
    var output: String?

    @OptionGroup var overwrite: OverwriteOptions

    @Option(help: ArgumentHelp("Order actors by this column: numbers largest first, text A to Z, ties by id.", valueName: "column"))
    var sort = ModelMetrics.Column(.pagerank)

    func run() throws {
        let path = try model.modelPath(argument: file)
        let loaded = try model.load(path)
        let metrics = ModelMetrics(loaded.snapshot(at: model.date?.firstDay))
        let order = metrics.order(by: sort)
        let chosen = format ?? output.flatMap(MetricsFormat.init(path:)) ?? .table
        let text: [UInt8]
        switch chosen {
        case .table: text = Array(MetricsText.table(metrics, order: order).utf8)
        case .csv: text = Array(MetricsText.csv(metrics, order: order).utf8)
        case .json: text = MetricsDocument(metrics, order: order).json()
        }
        for warning in metrics.warnings {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) \(warning)\n")
        }
        // The table is text for people, sanitised like every line printed (`Terminal`); the
        // CSV and JSON are files, which keep their text wherever they go.
        if chosen == .table && (output ?? "-") == "-" {
            Terminal.standardOutput.write(String(decoding: text, as: UTF8.self))
            return
        }
        try OutputWriter.write(text, to: output ?? "-", force: overwrite.force)
    }
}

/// How `relgraph metrics` writes its result.
enum MetricsFormat: String, CaseIterable, ExpressibleByArgument, FileFormat {
    case table, csv, json

    var name: String { rawValue }

    /// The table is for terminals: no extension asks for it.
    var extensions: [String] { self == .table ? [] : [rawValue] }
}

extension ModelMetrics.Column: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { all.map(\.key) }
    public var defaultValueDescription: String { key }
}
