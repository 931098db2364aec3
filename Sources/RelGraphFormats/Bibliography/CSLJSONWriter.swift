import RelGraph

/// The bibliography as CSL-JSON, the item format of Zotero, Pandoc and citeproc: an array of
/// items keyed by source id, `issued` as date-parts as precise as the source's date, authors
/// split into family and given names where that is safe (`PersonName`), else `literal`.
///
/// A source with a URL is a `webpage`, one with an outlet an `article-journal` (outlet as
/// `container-title`), any other an `article`. `note` holds the grade and the ties supported.
/// Written by `JSONText`: keys sorted, two-space indentation.
enum CSLJSONWriter {
    static func write(_ ledger: SourceLedger) -> String {
        JSONText.pretty(ledger.entries.map { entry -> Item in
            let source = entry.source
            let url = source.url.flatMap { WebAddress.isAcceptable($0) ? $0 : nil }
            let names = source.author.map(PersonName.list) ?? []
            let date = source.date
            let grade = source.grade.map { "Admiralty grade \($0)\($0.isLow ? " (low)" : ""). " } ?? ""
            return Item(id: source.id, type: url != nil ? "webpage" : source.outlet != nil ? "article-journal" : "article",
                        title: source.title, author: names.isEmpty ? nil : names.map(Name.init), containerTitle: source.outlet,
                        issued: Issued(dateParts: [[date.year] + (date.month.map { [$0] } ?? []) + (date.day.map { [$0] } ?? [])]),
                        url: url, note: grade + TieSummary.text(entry, ledger) + ".")
        })
    }

    /// One CSL item; absent fields are left out.
    struct Item: Encodable {
        let id: String
        let type: String
        let title: String
        let author: [Name]?
        let containerTitle: String?
        let issued: Issued
        let url: String?
        let note: String

        enum CodingKeys: String, CodingKey {
            case id, type, title, author, issued, note
            case containerTitle = "container-title"
            case url = "URL"
        }
    }

    /// `{"date-parts": [[2025, 9]]}`: as precise as the source's date.
    struct Issued: Encodable {
        let dateParts: [[Int]]

        enum CodingKeys: String, CodingKey {
            case dateParts = "date-parts"
        }
    }

    /// `{"family": …, "given": …}` for a plain personal name, else `{"literal": …}`.
    struct Name: Encodable {
        let name: PersonName

        init(_ name: PersonName) { self.name = name }

        enum CodingKeys: String, CodingKey {
            case family, given, literal
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch name {
            case .person(let family, let given):
                try container.encode(family, forKey: .family)
                try container.encode(given, forKey: .given)
            case .literal(let text):
                try container.encode(text, forKey: .literal)
            }
        }
    }
}
