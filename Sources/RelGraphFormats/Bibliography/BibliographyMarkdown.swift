import RelGraph

/// The bibliography as a readable Markdown document: where the evidence is thin first, then
/// each source with the ties it supports. Model text is escaped so it reads as text.
enum BibliographyMarkdown {
    static func write(_ ledger: SourceLedger) -> String {
        let model = ledger.model
        var out = "# Sources of \u{201C}\(escape(model.title))\u{201D}\n\n"
        let scope = ledger.day.map { "the \(count(ledger.tieIndices.count, "tie")) holding on \($0)" } ?? "its \(count(ledger.tieIndices.count, "tie"))"
        out += "\(count(model.sources.count, "source")) behind \(scope).\n"

        out += "\n## Where the evidence is thin\n"
        out += "\n### Ties resting on a single source (\(ledger.singleSourceTies.count))\n\n"
        out += list(ledger.singleSourceTies.map { "`\(ledger.name(ofTie: $0))` — \(ledger.sources(ofTie: $0).joined(separator: ", "))" })
        out += "\n### Ties resting only on low-graded sources (\(ledger.lowGradeOnlyTies.count))\n\n"
        out += list(ledger.lowGradeOnlyTies.map { index in
            let sources = ledger.sources(ofTie: index).map { id in "\(id) (\(model.source(id)?.grade?.description ?? "?"))" }
            return "`\(ledger.name(ofTie: index))` — \(sources.joined(separator: ", "))"
        })
        out += "\n### Sources cited by nothing (\(ledger.uncitedSources.count))\n\n"
        out += list(ledger.uncitedSources.map { "\($0.id) — \(escape($0.title))" })

        out += "\n## Sources\n"
        for entry in ledger.entries {
            let source = entry.source
            out += "\n### \(source.id)\n\n"
            var line = "\u{201C}\(escape(source.title))\u{201D}"
            if let author = source.author { line += ", \(escape(author))" }
            if let outlet = source.outlet { line += ", *\(escape(outlet))*" }
            line += ", \(source.date)."
            if let grade = source.grade { line += " Grade \(grade)\(grade.isLow ? " (low)" : "")." }
            if let url = source.url, WebAddress.isAcceptable(url) { line += " <\(WebAddress.percentEncoded(url))>" }
            out += line + "\n"
            if let note = source.note { out += "\n*Note:* \(escape(note))\n" }
            out += "\n"
            guard !entry.ties.isEmpty else {
                out += "Cited by no tie.\n"
                continue
            }
            out += TieSummary.headline(entry) + ":\n\n"
            let sole = Set(entry.soleSupport)
            out += list(entry.ties.map { "`\(ledger.name(ofTie: $0))`" + (sole.contains($0) ? " — only source" : "") })
        }
        return out
    }

    static func list(_ items: [String]) -> String {
        items.isEmpty ? "None.\n" : items.map { "- \($0)\n" }.joined()
    }

    static func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }

    /// Backslash-escapes Markdown punctuation, writes `<`, `>` and `&` as entities, and keeps
    /// everything on one line: a title cannot open a heading, a list or raw HTML.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "~", "|", "#": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default:
                if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { continue }
                out.append(character)
            }
        }
        return out
    }
}
