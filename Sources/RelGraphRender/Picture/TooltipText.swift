import RelGraph

/// The hover text of nodes and edges: what an analyst needs to defend a line in the picture.
///
/// Made once per picture: it looks up labels and sources by id for every tie, and a model's
/// tooltips (every citation of every tie) are most of the text in its SVG.
public struct TooltipText: Sendable {
    private let labels: [String: String]
    private let groupLabels: [String: String]
    private let sources: [String: Source]

    public init(_ model: Model) {
        labels = Dictionary(model.actors.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        groupLabels = Dictionary(model.groups.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        sources = Dictionary(model.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func actor(_ actor: Actor) -> String {
        var text = actor.label + " (" + actor.kind.rawValue
        if let group = actor.group.flatMap({ groupLabels[$0] }) { text += ", " + group }
        text += ")"
        if actor.label != actor.id { text += "\nid: " + actor.id }
        if !actor.aliases.isEmpty { text += "\nalso: " + actor.aliases.joined(separator: ", ") }
        if let span = actor.validity.summary { text += "\nexists " + span }
        if let note = actor.note { text += "\n" + note }
        return text
    }

    public func tie(_ tie: Tie) -> String {
        // Appended in place: a tooltip is mostly quotes, and `+` would copy each piece twice.
        var text = ""
        text.reserveCapacity(128 + tie.citations.reduce(0) { $0 + $1.quote.utf8.count + 160 })
        text.append(labels[tie.from] ?? tie.from)
        text.append(tie.directed ? " → " : " — ")
        text.append(labels[tie.to] ?? tie.to)
        text.append(": ")
        text.append(tie.kind.rawValue)
        text.append(" ")
        text.append(WeightFormat.signed(tie.weight))
        text.append(" (")
        text.append(tie.confidence.rawValue)
        text.append(" confidence)")
        if let label = tie.label { text.append("\n"); text.append(label) }
        if let span = tie.validity.summary { text.append("\n"); text.append(span) }
        if let note = tie.note { text.append("\nNote: "); text.append(note) }
        if tie.isAssumption {
            text.append("\nAssumption, no source")
            if let rationale = tie.rationale { text.append(": "); text.append(rationale) }
        }
        for citation in tie.citations {
            text.append("\n• ")
            appendCitationLine(citation, to: &text)
        }
        return text
    }

    public func citationLine(_ citation: Citation) -> String {
        var text = ""
        appendCitationLine(citation, to: &text)
        return text
    }

    private func appendCitationLine(_ citation: Citation, to text: inout String) {
        let source = sources[citation.source]
        text.append(source?.author ?? source?.outlet ?? citation.source)
        text.append(", ")
        if let source {
            text.append("“")
            text.append(source.title)
            text.append("” (")
            text.append(source.date.description)
            text.append(")")
        }
        if let place = citation.at { text.append(", "); text.append(place) }
        text.append(": “")
        text.append(citation.quote)
        text.append("”")
    }

    /// The first http(s) address among the sources a tie cites: where its edge links to.
    public func link(for tie: Tie) -> String? {
        tie.citations.lazy.compactMap { self.sources[$0.source]?.url }.first
    }
}
