import RelGraph

/// A model read from another format, with everything the reading could not carry over.
public struct ImportResult: Sendable {
    public var model: Model
    /// Warnings say what was left out, changed or made up; an error means nothing should be written.
    public var diagnostics: [Diagnostic]
    /// The ties (`A~B:kind`) given a placeholder citation, for the analyst to fill in.
    public var placeholders: [String]

    public var hasErrors: Bool { diagnostics.hasErrors }

    public init(model: Model, diagnostics: [Diagnostic], placeholders: [String] = []) {
        self.model = model
        self.diagnostics = diagnostics
        self.placeholders = placeholders
    }
}

/// What an importer writes where the other format has no citation.
///
/// A citation of the undeclared source `TODO` with an empty quote: `relgraph check` reports it
/// as `empty-quote` at the citation's own line, and once a quote is filled in but the source is
/// not, as `unknown-source`; an imported model cannot pass the check until the analyst has
/// cited a real source for every tie.
public enum ImportPlaceholder {
    public static let sourceID = "TODO"

    public static var citation: Citation { Citation(source: sourceID, quote: "") }

    /// A placeholder, or a citation that names no source or quotes nothing.
    public static func needsFilling(_ citation: Citation) -> Bool {
        citation.source == sourceID || citation.quote.trimmingWhitespace.isEmpty
    }

    /// Adds the placeholder to every cited tie without citations (an assumption cites
    /// nothing); returns those ties' names.
    public static func fill(_ model: inout Model) -> [String] {
        var names: [String] = []
        for index in model.ties.indices where model.ties[index].citations.isEmpty && !model.ties[index].isAssumption {
            model.ties[index].citations = [citation]
            names.append(model.ties[index].name(withKind: true))
        }
        return names
    }

    /// The latest date a model mentions (source dates, intervals), for an `as_of` nobody gave.
    public static func latestDate(in model: Model) -> PartialDate? {
        var dates = model.sources.map(\.date)
        for actor in model.actors { dates += [actor.validity.since, actor.validity.until].compactMap { $0 } }
        for tie in model.ties { dates += [tie.validity.since, tie.validity.until].compactMap { $0 } }
        return dates.max { $0.lastDay < $1.lastDay }
    }
}
