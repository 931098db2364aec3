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
        var text = (labels[tie.from] ?? tie.from) + (tie.directed ? " → " : " — ") + (labels[tie.to] ?? tie.to)
        text += ": " + tie.kind.rawValue + " " + WeightFormat.signed(tie.weight) + " (" + tie.confidence.rawValue + " confidence)"
        if let label = tie.label { text += "\n" + label }
        if let span = tie.validity.summary { text += "\n" + span }
        if let note = tie.note { text += "\nNote: " + note }
        for citation in tie.citations {
            text += "\n• " + citationLine(citation)
        }
        return text
    }

    public func citationLine(_ citation: Citation) -> String {
        let source = sources[citation.source]
        var text = source?.author ?? source?.outlet ?? citation.source
        text += ", "
        if let source { text += "“" + source.title + "” (" + source.date.description + ")" }
        if let place = citation.at { text += ", " + place }
        return text + ": “" + citation.quote + "”"
    }

    /// The first http(s) address among the sources a tie cites: where its edge links to.
    public func link(for tie: Tie) -> String? {
        tie.citations.lazy.compactMap { self.sources[$0.source]?.url }.first
    }
}
