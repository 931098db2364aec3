import RelGraph

/// A model as five CSV files (RFC 4180, UTF-8, CRLF): the two an analyst works in,
/// `actors.csv` and `ties.csv` (one row per citation, rows of one tie sharing its `ID`), and
/// `sources.csv`, `groups.csv` and `model.csv` (title, as_of, description), so that
/// `CSVImporter` gives back the same model. Columns: `CSVColumns`; docs/interchange.md.
public struct CSVExporter: Exporter {
    public init() {}

    public var name: String { "csv" }
    public var title: String { "CSV" }
    public var extensions: [String] { ["csv"] }
    public var writesFolder: Bool { true }

    public func export(_ graph: InterchangeGraph) -> Exported { .folder(Self.files(graph)) }

    /// File name → contents, in the order written.
    public static func files(_ graph: InterchangeGraph) -> [(name: String, text: String)] {
        [
            (CSVColumns.modelFile, modelTable(graph)),
            (CSVColumns.sourcesFile, sourcesTable(graph.model)),
            (CSVColumns.groupsFile, groupsTable(graph.model)),
            (CSVColumns.actorsFile, actorsTable(graph)),
            (CSVColumns.tiesFile, tiesTable(graph)),
        ]
    }

    static func modelTable(_ graph: InterchangeGraph) -> String {
        let model = graph.model
        var rows = [["relgraph", String(Model.formatVersion)], ["title", text(model.title)], ["as_of", model.asOf.description]]
        if let description = model.description { rows.append(["description", text(description)]) }
        if let day = graph.day { rows.append(["snapshot", day.description]) }
        return CSVWriter.table(header: CSVColumns.model.map(\.header), rows: rows)
    }

    static func sourcesTable(_ model: Model) -> String {
        CSVWriter.table(header: CSVColumns.sources.map(\.header), rows: model.sources.map { source in
            [source.id, text(source.title), text(source.author), text(source.outlet), source.date.description,
             source.url ?? "", source.grade?.description ?? "", text(source.note)]
        })
    }

    static func groupsTable(_ model: Model) -> String {
        CSVWriter.table(header: CSVColumns.groups.map(\.header), rows: model.groups.map { group in
            [group.id, text(group.label), group.color ?? ""]
        })
    }

    static func actorsTable(_ graph: InterchangeGraph) -> String {
        CSVWriter.table(header: CSVColumns.actors.map(\.header), rows: graph.actors.map { actor in
            [actor.id, text(actor.label), actor.kind.rawValue, actor.group ?? "", text(actor.aliases.joined(separator: "|")),
             actor.validity.since?.description ?? "", actor.validity.until?.description ?? "", text(actor.note)]
        })
    }

    static func tiesTable(_ graph: InterchangeGraph) -> String {
        let withBasis = graph.ties.contains { $0.tie.isAssumption || $0.tie.citations.contains { $0.reading != nil } }
        var rows: [[String]] = []
        for entry in graph.ties {
            let tie = entry.tie
            let fields = [entry.id, tie.from, tie.to, tie.directed ? CSVColumns.directed : CSVColumns.undirected, tie.kind.rawValue,
                          InterchangeAttributes.numberText(tie.weight), tie.confidence.rawValue, text(tie.label), text(tie.note),
                          tie.validity.since?.description ?? "", tie.validity.until?.description ?? ""]
            let basis = tie.isAssumption ? [TieBasis.assumption.rawValue, text(tie.rationale)] : ["", ""]
            if tie.citations.isEmpty { rows.append(fields + ["", "", ""] + (withBasis ? basis + [""] : [])) }
            for citation in tie.citations {
                rows.append(fields + [citation.source, text(citation.quote), text(citation.at)]
                            + (withBasis ? basis + [citation.reading.map(InterchangeAttributes.numberText) ?? ""] : []))
            }
        }
        let columns = CSVColumns.ties + (withBasis ? CSVColumns.basisColumns : [])
        return CSVWriter.table(header: columns.map(\.header), rows: rows)
    }

    static func text(_ value: String?) -> String { value.map(CSVWriter.protected) ?? "" }
}
