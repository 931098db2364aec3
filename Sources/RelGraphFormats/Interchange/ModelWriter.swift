import RelGraph

/// Writes a `Model` as model-format YAML (docs/format.md), deterministically: the same model
/// gives the same bytes, and `ModelLoader` reads them back as the same model.
///
/// Free text is always double-quoted, with `\`, `"`, line breaks and every control character
/// escaped, so no text can change the document's structure or be read as a number, a date or
/// `null`. Ids and dates are written plain where YAML cannot mistake them. Actors, groups and
/// sources fit on one line (flow style) when short; ties are written as blocks. `header`
/// lines become `#` comments at the top.
public enum ModelWriter {
    public static func write(_ model: Model, header: [String] = []) -> String {
        var out = ""
        for line in header {
            out += line.isEmpty ? "#\n" : "# " + commentText(line) + "\n"
        }
        if !header.isEmpty { out += "\n" }
        out += "relgraph: \(Model.formatVersion)\n"
        out += "title: \(quoted(model.title))\n"
        out += "as_of: \(model.asOf)\n"
        if let description = model.description { out += "description: \(quoted(description))\n" }

        out += "\nsources:" + (model.sources.isEmpty ? " []\n" : "\n")
        for source in model.sources {
            var fields: [(String, String)] = [("id", plain(source.id)), ("title", quoted(source.title))]
            if let author = source.author { fields.append(("author", quoted(author))) }
            if let outlet = source.outlet { fields.append(("outlet", quoted(outlet))) }
            fields.append(("date", source.date.description))
            if let url = source.url { fields.append(("url", quoted(url))) }
            if let grade = source.grade { fields.append(("grade", grade.description)) }
            if let note = source.note { fields.append(("note", quoted(note))) }
            out += entry(fields)
        }

        if !model.groups.isEmpty {
            out += "\ngroups:\n"
            for group in model.groups {
                var fields: [(String, String)] = [("id", plain(group.id))]
                if group.label != group.id { fields.append(("label", quoted(group.label))) }
                if let color = group.color { fields.append(("color", quoted(color))) }
                out += entry(fields)
            }
        }

        out += "\nactors:" + (model.actors.isEmpty ? " []\n" : "\n")
        for actor in model.actors {
            var fields: [(String, String)] = [("id", plain(actor.id))]
            if actor.label != actor.id { fields.append(("label", quoted(actor.label))) }
            fields.append(("kind", actor.kind.rawValue))
            if let group = actor.group { fields.append(("group", plain(group))) }
            if !actor.aliases.isEmpty { fields.append(("aliases", "[" + actor.aliases.map(quoted).joined(separator: ", ") + "]")) }
            if let since = actor.validity.since { fields.append(("since", since.description)) }
            if let until = actor.validity.until { fields.append(("until", until.description)) }
            if let note = actor.note { fields.append(("note", quoted(note))) }
            out += entry(fields)
        }

        if !model.ties.isEmpty {
            out += "\nties:\n"
            for tie in model.ties { out += block(tie) }
        }
        return out
    }

    static func block(_ tie: Tie) -> String {
        var out = tie.directed ? "  - from: \(plain(tie.from))\n    to: \(plain(tie.to))\n"
                               : "  - between: [\(plain(tie.from)), \(plain(tie.to))]\n"
        out += "    kind: \(tie.kind.rawValue)\n"
        out += "    weight: \(InterchangeAttributes.numberText(tie.weight))\n"
        if let since = tie.validity.since { out += "    since: \(since)\n" }
        if let until = tie.validity.until { out += "    until: \(until)\n" }
        if tie.confidence != .medium { out += "    confidence: \(tie.confidence.rawValue)\n" }
        if let label = tie.label { out += "    label: \(quoted(label))\n" }
        if let note = tie.note { out += "    note: \(quoted(note))\n" }
        if tie.isAssumption {
            // An assumption rests on its rationale and cites nothing.
            out += "    basis: assumption\n"
            out += "    rationale: \(quoted(tie.rationale ?? ""))\n"
            return out
        }
        out += "    cite:" + (tie.citations.isEmpty ? " []\n" : "\n")
        for citation in tie.citations {
            out += "      - source: \(plain(citation.source))\n"
            out += "        quote: \(quoted(citation.quote))\n"
            if let at = citation.at { out += "        at: \(quoted(at))\n" }
            if let reading = citation.reading { out += "        reading: \(InterchangeAttributes.numberText(reading))\n" }
        }
        return out
    }

    /// `  - {a: 1, b: 2}` when it fits in 120 columns, else one key per line.
    static func entry(_ fields: [(String, String)]) -> String {
        let flow = "  - {" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}\n"
        if flow.unicodeScalars.count <= 121 { return flow }
        return fields.enumerated().map { index, field in (index == 0 ? "  - " : "    ") + "\(field.0): \(field.1)\n" }.joined()
    }

    /// Plain words YAML reads as text in any position (ids, which are letters, digits, `_-.`);
    /// anything that could be taken for a number, boolean or null is quoted.
    static func plain(_ word: String) -> String {
        let ascii = word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E }
        guard ascii, let first = word.utf8.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) else { return quoted(word) }
        let reserved: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf"]
        return reserved.contains(word.lowercased()) ? quoted(word) : word
    }

    /// A YAML double-quoted scalar that reads back as exactly `text`.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}": out += "\\N"
            case "\u{A0}": out += "\\_"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF {
                    let hex = String(value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A comment ends at the line's end: breaks and controls become spaces.
    static func commentText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
    }
}
