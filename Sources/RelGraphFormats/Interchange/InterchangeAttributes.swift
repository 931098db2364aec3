import RelGraph

/// The attributes every graph format carries, named and typed once so that GraphML, GEXF and
/// node-link JSON agree with each other (and with docs/interchange.md).
public enum InterchangeAttributes {
    public enum Kind: Sendable { case string, double, integer, boolean }

    public enum Value: Sendable, Equatable, Encodable {
        case string(String), double(Double), integer(Int), boolean(Bool)

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .double(let number): try container.encode(number)
            case .integer(let number): try container.encode(number)
            case .boolean(let flag): try container.encode(flag)
            }
        }
    }

    public struct Declaration: Sendable {
        public let name: String
        public let kind: Kind
    }

    public static let graph: [Declaration] = [
        .init(name: "title", kind: .string), .init(name: "as_of", kind: .string),
        .init(name: "description", kind: .string), .init(name: "snapshot", kind: .string),
        .init(name: "sources", kind: .string),
    ]

    public static let actor: [Declaration] = [
        .init(name: "label", kind: .string), .init(name: "kind", kind: .string),
        .init(name: "group", kind: .string), .init(name: "group_label", kind: .string),
        .init(name: "aliases", kind: .string), .init(name: "since", kind: .string),
        .init(name: "until", kind: .string), .init(name: "note", kind: .string),
    ]

    public static let tie: [Declaration] = [
        .init(name: "kind", kind: .string), .init(name: "weight", kind: .double),
        .init(name: "strength", kind: .double), .init(name: "sign", kind: .string),
        .init(name: "confidence", kind: .string), .init(name: "directed", kind: .boolean),
        .init(name: "label", kind: .string), .init(name: "note", kind: .string),
        .init(name: "since", kind: .string), .init(name: "until", kind: .string),
        .init(name: "citations", kind: .string), .init(name: "citation_count", kind: .integer),
        .init(name: "sources", kind: .string),
    ]

    /// Model-wide values; `sources` is a JSON array of every source the model declares.
    public static func values(for graph: InterchangeGraph) -> [(String, Value)] {
        let model = graph.model
        var values: [(String, Value)] = [("title", .string(model.title)), ("as_of", .string(model.asOf.description))]
        if let description = model.description { values.append(("description", .string(description))) }
        if let day = graph.day { values.append(("snapshot", .string(day.description))) }
        values.append(("sources", .string(JSONText.compact(model.sources.map(SourceRecord.init)))))
        return values
    }

    /// An actor's values; absent optional fields are left out rather than written empty.
    public static func values(for actor: Actor, in model: Model) -> [(String, Value)] {
        var values: [(String, Value)] = [("label", .string(actor.label)), ("kind", .string(actor.kind.rawValue))]
        if let group = actor.group {
            values.append(("group", .string(group)))
            values.append(("group_label", .string(model.group(group)?.label ?? group)))
        }
        if !actor.aliases.isEmpty { values.append(("aliases", .string(actor.aliases.joined(separator: "|")))) }
        if let since = actor.validity.since { values.append(("since", .string(since.description))) }
        if let until = actor.validity.until { values.append(("until", .string(until.description))) }
        if let note = actor.note { values.append(("note", .string(note))) }
        return values
    }

    /// A tie's values: `weight` is signed (−1 … +1), `strength` its size, `sign` "+", "-" or "0".
    public static func values(for tie: Tie) -> [(String, Value)] {
        var values: [(String, Value)] = [
            ("kind", .string(tie.kind.rawValue)), ("weight", .double(tie.weight)),
            ("strength", .double(abs(tie.weight))), ("sign", .string(sign(of: tie.weight))),
            ("confidence", .string(tie.confidence.rawValue)), ("directed", .boolean(tie.directed)),
        ]
        if let label = tie.label { values.append(("label", .string(label))) }
        if let note = tie.note { values.append(("note", .string(note))) }
        if let since = tie.validity.since { values.append(("since", .string(since.description))) }
        if let until = tie.validity.until { values.append(("until", .string(until.description))) }
        values.append(("citations", .string(JSONText.compact(tie.citations.map(CitationRecord.init)))))
        values.append(("citation_count", .integer(tie.citations.count)))
        values.append(("sources", .string(tie.citations.map(\.source).uniqued().joined(separator: "|"))))
        return values
    }

    public static func sign(of weight: Double) -> String { weight > 0 ? "+" : weight < 0 ? "-" : "0" }

    /// A citation as JSON: `{"at": …, "quote": …, "reading": …, "source": …}`, `at` and
    /// `reading` only when given.
    public struct CitationRecord: Encodable, Sendable {
        let source: String
        let quote: String
        let at: String?
        let reading: Double?

        public init(_ citation: Citation) {
            source = citation.source
            quote = citation.quote
            at = citation.at
            reading = citation.reading
        }
    }

    /// A source as JSON: `id`, `title` and `date`, and whichever of `author`, `outlet`, `url`,
    /// `grade` and `note` it has.
    public struct SourceRecord: Encodable, Sendable {
        let id: String
        let title: String
        let author: String?
        let outlet: String?
        let date: String
        let url: String?
        let grade: String?
        let note: String?

        public init(_ source: Source) {
            id = source.id
            title = source.title
            author = source.author
            outlet = source.outlet
            date = source.date.description
            url = source.url
            grade = source.grade?.description
            note = source.note
        }
    }

    /// Text for formats that only have strings: numbers in their shortest exact form.
    public static func text(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .double(let number): return numberText(number)
        case .integer(let number): return String(number)
        case .boolean(let flag): return flag ? "true" : "false"
        }
    }

    /// `0.9`, `-0.35`, `1`: Swift's shortest round-tripping form, without a trailing `.0`.
    public static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}
