import RelGraph

/// The forms `relgraph sources` writes a model's bibliography in.
public enum BibliographyFormat: String, CaseIterable, Sendable {
    case markdown
    case bibtex
    case cslJSON = "csl-json"

    /// The format a file name asks for by its extension (`.md`, `.bib`, `.json`), if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "bib", "bibtex": self = .bibtex
        case "json": self = .cslJSON
        default: return nil
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
