import RelGraph

/// The forms `relgraph sources` writes a model's bibliography in.
public enum BibliographyFormat: String, CaseIterable, Sendable, FileFormat {
    case markdown
    case bibtex
    case cslJSON = "csl-json"

    public var name: String { rawValue }

    /// `.md`, `.bib`, `.json`.
    public var extensions: [String] {
        switch self {
        case .markdown: return ["md", "markdown"]
        case .bibtex: return ["bib", "bibtex"]
        case .cslJSON: return ["json"]
        }
    }

    /// The bibliography of `ledger` in this format, ending with a newline.
    public func write(_ ledger: SourceLedger) -> String {
        switch self {
        case .markdown: return BibliographyMarkdown.write(ledger)
        case .bibtex: return BibTeXWriter.write(ledger)
        case .cslJSON: return CSLJSONWriter.write(ledger)
        }
    }
}
