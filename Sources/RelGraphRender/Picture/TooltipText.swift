import RelGraph

/// The hover text of nodes and edges: what an analyst needs to defend a line in the picture.
public enum TooltipText {
    public static func actor(_ actor: Actor, in model: Model) -> String {
        var lines = ["\(actor.label) (\(actor.kind.rawValue)\(actor.group.flatMap { model.group($0) }.map { ", " + $0.label } ?? ""))"]
        if actor.label != actor.id { lines.append("id: \(actor.id)") }
        if !actor.aliases.isEmpty { lines.append("also: " + actor.aliases.joined(separator: ", ")) }
        if let span = actor.validity.summary { lines.append("exists \(span)") }
        if let note = actor.note { lines.append(note) }
        return lines.joined(separator: "\n")
    }

    public static func tie(_ tie: Tie, in model: Model) -> String {
        let from = model.actor(tie.from)?.label ?? tie.from
        let to = model.actor(tie.to)?.label ?? tie.to
        var lines = ["\(from) \(tie.directed ? "→" : "—") \(to): \(tie.kind.rawValue) \(WeightFormat.signed(tie.weight)) (\(tie.confidence.rawValue) confidence)"]
        if let label = tie.label { lines.append(label) }
        if let span = tie.validity.summary { lines.append(span) }
        if let note = tie.note { lines.append("Note: " + note) }
        for citation in tie.citations {
            lines.append("• " + citationLine(citation, in: model))
        }
        return lines.joined(separator: "\n")
    }

    public static func citationLine(_ citation: Citation, in model: Model) -> String {
        let source = model.source(citation.source)
        let who = [source?.author, source?.outlet].compactMap { $0 }.first ?? citation.source
        let title = source.map { "“\($0.title)”" } ?? ""
        let date = source.map { " (\($0.date))" } ?? ""
        let place = citation.at.map { ", \($0)" } ?? ""
        return "\(who), \(title)\(date)\(place): “\(citation.quote)”"
    }
}
