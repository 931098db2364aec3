import RelGraph

/// The bibliography as BibTeX (biblatex fields, which classic BibTeX ignores harmlessly).
///
/// A source with a URL is an `@online` entry, any other an `@article` (with the outlet as
/// its `journaltitle`). The key is the source id, so citations in a paper match the model's.
/// Values are braced, with TeX's special characters escaped: `{ } \ & % $ # _ ~ ^`.
/// An author that is not a plain personal name is double-braced so BibTeX keeps it whole.
/// The `annotation` field says which ties the source supports.
enum BibTeXWriter {
    static func write(_ ledger: SourceLedger) -> String {
        var entries: [String] = []
        for entry in ledger.entries {
            let source = entry.source
            let url = source.url.flatMap { WebAddress.isAcceptable($0) ? $0 : nil }
            var fields: [(String, String)] = []
            if let author = source.author {
                let names = PersonName.list(author).map { name -> String in
                    switch name {
                    case .person(let family, let given): return "\(escape(family)), \(escape(given))"
                    case .literal(let text): return "{\(escape(text))}"
                    }
                }
                if !names.isEmpty { fields.append(("author", names.joined(separator: " and "))) }
            }
            fields.append(("title", escape(source.title)))
            if let outlet = source.outlet { fields.append((url == nil ? "journaltitle" : "organization", escape(outlet))) }
            fields.append(("date", source.date.description))
            fields.append(("year", String(source.date.year)))
            if let url { fields.append(("url", urlField(url))) }
            var annotation: [String] = []
            if let grade = source.grade { annotation.append("Admiralty grade \(grade)\(grade.isLow ? " (low)" : "")") }
            annotation.append(TieSummary.text(entry, ledger))
            fields.append(("annotation", escape(annotation.joined(separator: ". ") + ".")))
            let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
            entries.append("@\(url == nil ? "article" : "online"){\(key(source.id)),\n\(body)\n}\n")
        }
        return entries.joined(separator: "\n")
    }

    /// Source ids are plain words already; a comma, brace or space would end the key, so
    /// those (which the model format forbids anyway) become `-`.
    static func key(_ id: String) -> String {
        String(id.map { ",{}()=\"#%'~\\ ".contains($0) ? "-" : $0 })
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "&", "%", "$", "#", "_": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\n", "\r", "\t": out += " "
            default:
                if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { continue }
                out.append(character)
            }
        }
        return out
    }

    /// URLs are read verbatim by biblatex, so nothing can be backslash-escaped: characters
    /// that would unbalance the braces are percent-encoded instead (`%` and `#` are fine there).
    static func urlField(_ url: String) -> String {
        url.replacing("{", with: "%7B").replacing("}", with: "%7D")
            .replacing("\\", with: "%5C")
    }
}
