import RelGraph

/// The bibliography as CSL-JSON, the item format of Zotero, Pandoc and citeproc: an array of
/// items keyed by source id, `issued` as date-parts as precise as the source's date, authors
/// split into family and given names where that is safe (`PersonName`), else `literal`.
///
/// A source with a URL is a `webpage`, one with an outlet an `article-journal` (outlet as
/// `container-title`), any other an `article`. `note` holds the grade and the ties supported.
/// Written by hand rather than by `JSONEncoder`: fields in the order people read them, and
/// the same bytes on every platform.
enum CSLJSONWriter {
    static func write(_ ledger: SourceLedger) -> String {
        let items = ledger.entries.map { entry -> String in
            let source = entry.source
            let url = source.url.flatMap { WebAddress.isAcceptable($0) ? $0 : nil }
            var fields: [(String, String)] = [
                ("id", string(source.id)),
                ("type", string(url != nil ? "webpage" : source.outlet != nil ? "article-journal" : "article")),
                ("title", string(source.title)),
            ]
            let names = source.author.map(PersonName.list) ?? []
            if !names.isEmpty {
                let list = names.map { name -> String in
                    switch name {
                    case .person(let family, let given): return "{\"family\": \(string(family)), \"given\": \(string(given))}"
                    case .literal(let text): return "{\"literal\": \(string(text))}"
                    }
                }
                fields.append(("author", "[" + list.joined(separator: ", ") + "]"))
            }
            if let outlet = source.outlet { fields.append(("container-title", string(outlet))) }
            let date = source.date
            let parts = [date.year] + (date.month.map { [$0] } ?? []) + (date.day.map { [$0] } ?? [])
            fields.append(("issued", "{\"date-parts\": [[" + parts.map(String.init).joined(separator: ", ") + "]]}"))
            if let url { fields.append(("URL", string(url))) }
            let grade = source.grade.map { "Admiralty grade \($0)\($0.isLow ? " (low)" : ""). " } ?? ""
            fields.append(("note", string(grade + TieSummary.text(entry, ledger) + ".")))
            return "  {\n" + fields.map { "    \(string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n  }"
        }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    /// A JSON string (`JSONValue.quoted`).
    static func string(_ text: String) -> String { JSONValue.quoted(text) }
}
