import ArgumentParser
import RelGraph
import RelGraphFormats

extension BibliographyFormat: ExpressibleByArgument {}

/// `relgraph sources`: the model's bibliography, with the ties each source supports and
/// where the evidence is thin.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List a model's sources with the ties each supports, as Markdown, BibTeX or CSL-JSON.",
        discussion: """
        For each source: how many ties it supports and which (A~B:kind), how many rest on it \
        alone. The Markdown also lists the thin spots: ties resting on a single source, ties \
        resting only on low-graded sources (Admiralty reliability D-F or credibility 4-6), and \
        sources cited by nothing. With --at, only the ties holding on that date count.

        Examples:
          relgraph sources                          Markdown, on standard output
          relgraph sources -o refs.bib              BibTeX (key = source id)
          relgraph sources -o refs.json             CSL-JSON, for Pandoc or Zotero
          relgraph sources --at 2023-06-01          only ties holding then
        """
    )

    @Argument(help: ArgumentHelp("The model file (default: the default model).", valueName: "file"), transform: PathArgument.nonEmpty)
    var file: String?

    @OptionGroup var model: ModelOptions

    @Option(help: "\(FileFormats.alternatives(BibliographyFormat.allCases.map(\.name))) (default: from the output's extension, else markdown).")
    var format: BibliographyFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the bibliography (default: - for standard output).", valueName: "path"), transform: PathArgument.nonEmpty)
    var output = "-"

    @OptionGroup var overwrite: OverwriteOptions

    func run() throws {
        let path = try model.modelPath(argument: file)
        let loaded = try model.load(path)
        let ledger = SourceLedger(loaded, on: model.date?.firstDay)
        let chosen = format ?? BibliographyFormat(path: output) ?? .markdown
        try OutputWriter.write(Array(chosen.write(ledger).utf8), to: output, force: overwrite.force)
        if output != "-" { Terminal.standardOutput.note(output + "\n") }
    }
}
