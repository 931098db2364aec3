/// Every quote of a model looked up in local copies of its sources (`EvidenceFolder`).
///
/// A quote is found when each of its parts (`QuoteText.fragments`: the pieces `...` separates)
/// occurs in the normalised document, in order. Typography does not count (`QuoteText`), the
/// words and punctuation do. A quote that is not found is an error at the quote (`misquote`),
/// with the closest passage of the document as the hint (`ClosestPassage`); a source without
/// a document is a warning at the source (`no-evidence`); a document that cannot be read is
/// an error about that file.
public enum EvidenceCheck {
    public struct Summary: Sendable, Equatable {
        /// Quotes of sources that have a document.
        public var checked = 0
        public var found = 0
        /// Quotes of sources without a document.
        public var unchecked = 0
    }

    public static func run(_ model: Model, folder: EvidenceFolder) -> (diagnostics: [Diagnostic], summary: Summary) {
        var diagnostics: [Diagnostic] = []
        var summary = Summary()
        var documents: [String: EvidenceText] = [:]
        var missing: Set<String> = []
        for source in model.sources {
            guard let path = folder.documentPath(for: source.id) else {
                missing.insert(source.id)
                continue
            }
            do {
                documents[source.id] = try folder.document(at: path)
            } catch {
                missing.insert(source.id)
                diagnostics.append(Diagnostic(.evidenceUnreadable(error.message), path: error.path, at: .none))
            }
        }

        var uncheckedBySource: [String: Int] = [:]
        for tie in model.ties {
            for citation in tie.citations {
                guard let document = documents[citation.source] else {
                    uncheckedBySource[citation.source, default: 0] += 1
                    summary.unchecked += 1
                    continue
                }
                summary.checked += 1
                if let finding = check(citation, against: document, path: model.path) {
                    diagnostics.append(finding)
                } else {
                    summary.found += 1
                }
            }
        }
        for source in model.sources where missing.contains(source.id) && folder.documentPath(for: source.id) == nil {
            let quotes = uncheckedBySource[source.id] ?? 0
            diagnostics.append(Diagnostic(.noEvidence(source.id, folder: folder.path, quotes: quotes), path: model.path, at: source.position))
        }
        return (diagnostics.sortedByPosition(), summary)
    }

    /// The misquote finding for a citation, or nil when its quote is in the document.
    public static func check(_ citation: Citation, against document: EvidenceText, path: String) -> Diagnostic? {
        let fragments = QuoteText.fragments(citation.quote)
        guard !fragments.isEmpty, document.locate(fragments) == nil else { return nil }
        return Diagnostic(.misquote(citation.source, hint: hint(fragments, document)), path: path, at: citation.quotePosition)
    }

    /// Which part is missing, and the passage that looks most like it.
    static func hint(_ fragments: [String], _ document: EvidenceText) -> String {
        guard let missing = fragments.first(where: { !document.contains($0) }) else {
            return "its parts are all in the document, but not in this order"
        }
        let part = fragments.count > 1 ? "the part \u{201C}\(clipped(missing, 80))\u{201D} is not there; " : ""
        guard let passage = ClosestPassage.find(missing, in: document) else {
            return part + "no passage of the document shares a word with it"
        }
        let edits = "\(passage.distance) edit\(passage.distance == 1 ? "" : "s")"
        return part + "closest passage (\(edits)): \u{201C}\(clipped(passage.text, 240))\u{201D}"
    }

    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
