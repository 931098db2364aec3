/// A format `relgraph export` writes a model in. Each is one type (a writer in this folder,
/// or `DOTExport` in RelGraphRender, which draws), listed once in `ExportFormats.all` in the
/// relgraph executable: that list gives `--format` its values, the help its names and
/// extensions, and an output's extension its format. Adding a format: one type, one line there.
public protocol Exporter: FileFormat {
    /// The format's name in prose: "GraphML", "node-link JSON".
    var title: String { get }
    /// Whether the format is a folder of files rather than one file.
    var writesFolder: Bool { get }
    /// The model (or its snapshot) in this format.
    func export(_ graph: InterchangeGraph) -> Exported
}

extension Exporter {
    public var writesFolder: Bool { false }
}

/// What an exporter writes: the text of one file, or a folder of named files.
public enum Exported: Sendable {
    case file(String)
    case folder([(name: String, text: String)])
}
