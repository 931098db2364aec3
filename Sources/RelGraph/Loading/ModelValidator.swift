/// Checks what spans entries: unique ids, references between entries, intervals, and
/// the warnings an analyst wants before publishing (unused sources, isolated actors).
public enum ModelValidator {
    public static func validate(_ model: Model) -> [Diagnostic] {
        var log = DiagnosticLog(path: model.path)
        let sourceIDs = uniqueIDs(model.sources.map { ($0.id, $0.position) }, what: "source", log: &log)
        let groupIDs = uniqueIDs(model.groups.map { ($0.id, $0.position) }, what: "group", log: &log)
        let actorIDs = uniqueIDs(model.actors.map { ($0.id, $0.position) }, what: "actor", log: &log)
        let names = ActorNames(model.actors)
        checkNames(model.actors, log: &log)
        var hints = HintBudget()

        var actorsByID: [String: Actor] = [:]
        for actor in model.actors where actorsByID[actor.id] == nil {
            actorsByID[actor.id] = actor
            if let group = actor.group, !groupIDs.contains(group) {
                log.error("unknown-group", "actor '\(actor.id)' names unknown group '\(group)'", at: actor.position,
                          hint: hints.hint(for: group, in: groupIDs))
            }
            if actor.validity.isReversed {
                log.error("until-before-since", "actor '\(actor.id)' ends (\(actor.validity.until!)) before it begins (\(actor.validity.since!))",
                          at: actor.untilPosition ?? actor.position)
            }
        }

        var citedSources = Set<String>()
        var tiedActors = Set<String>()
        var seenTies: [TieIdentity: [(Validity, TextPosition)]] = [:]
        for tie in model.ties {
            for citation in tie.citations {
                citedSources.insert(citation.source)
                if !sourceIDs.contains(citation.source) {
                    log.error("unknown-source", "citation of unknown source '\(citation.source)'", at: citation.sourcePosition,
                              hint: hints.hint(for: citation.source, in: sourceIDs))
                }
            }
            if !tie.kind.accepts(weight: tie.weight) {
                let expected = tie.kind.expectedSign == .positive ? "positive (cooperative)" : "negative (conflictual)"
                log.warning("sign-mismatch", "a '\(tie.kind.rawValue)' tie is expected to be \(expected), but its weight is \(format(tie.weight))",
                            at: tie.positions.weight, hint: "check the sign, or choose another kind")
            }
            if tie.validity.isReversed {
                log.error("until-before-since", "tie \(tie.name()) ends (\(tie.validity.until!)) before it begins (\(tie.validity.since!))",
                          at: tie.positions.until ?? tie.positions.entry)
            }
            let from = actorsByID[tie.from], to = actorsByID[tie.to]
            if from == nil { reportUnknownActor(tie.from, at: tie.positions.from, names: names, actorIDs: actorIDs, hints: &hints, log: &log) }
            if to == nil { reportUnknownActor(tie.to, at: tie.positions.to, names: names, actorIDs: actorIDs, hints: &hints, log: &log) }
            if tie.from == tie.to {
                log.error("self-tie", "a tie joins '\(tie.from)' to itself", at: tie.positions.to)
                continue
            }
            tiedActors.insert(tie.from)
            tiedActors.insert(tie.to)
            for actor in [from, to].compactMap({ $0 }) {
                checkTieWithinActor(tie, actor, log: &log)
            }
            let identity = TieIdentity(tie)
            if let earlier = seenTies[identity]?.first(where: { $0.0.overlaps(tie.validity) }) {
                log.error("duplicate-tie", "a second '\(tie.kind.rawValue)' tie \(tie.name()) in the same period (first at line \(earlier.1.line))",
                          at: tie.positions.entry, hint: "merge their citations, or give them non-overlapping since/until")
            }
            seenTies[identity, default: []].append((tie.validity, tie.positions.entry))
        }

        for source in model.sources where !citedSources.contains(source.id) {
            log.warning("unused-source", "source '\(source.id)' is not cited by any tie", at: source.position)
        }
        for actor in model.actors where !tiedActors.contains(actor.id) {
            log.warning("isolated-actor", "actor '\(actor.id)' has no ties", at: actor.position)
        }
        return log.diagnostics
    }

    /// Same ends (ordered when directed), same direction and same kind.
    struct TieIdentity: Hashable {
        let first: String, second: String, directed: Bool, kind: TieKind
        init(_ tie: Tie) {
            let pair = tie.directed ? (tie.from, tie.to) : (Pair(tie.from, tie.to).first, Pair(tie.from, tie.to).second)
            first = pair.0
            second = pair.1
            directed = tie.directed
            kind = tie.kind
        }
    }

    static func uniqueIDs(_ entries: [(String, TextPosition)], what: String, log: inout DiagnosticLog) -> Set<String> {
        var first: [String: TextPosition] = [:]
        for (id, position) in entries {
            if let earlier = first[id] {
                log.error("duplicate-id", "\(what) id '\(id)' is already used at line \(earlier.line)", at: position)
            } else {
                first[id] = position
            }
        }
        return Set(first.keys)
    }

    /// The command line finds actors by id, label or alias: none of those may name two actors.
    static func checkNames(_ actors: [Actor], log: inout DiagnosticLog) {
        var owner: [String: String] = [:]
        for actor in actors { owner[actor.id.lowercased()] = owner[actor.id.lowercased()] ?? actor.id }
        for actor in actors {
            for alias in actor.aliases {
                let key = alias.lowercased()
                if let other = owner[key], other != actor.id {
                    log.error("duplicate-alias", "alias '\(alias)' of '\(actor.id)' already names '\(other)'", at: actor.position)
                } else {
                    owner[key] = actor.id
                }
            }
        }
    }

    static func reportUnknownActor(_ id: String, at position: TextPosition, names: ActorNames, actorIDs: Set<String>,
                                   hints: inout HintBudget, log: inout DiagnosticLog) {
        if let actor = names.resolve(id) {
            log.error("unknown-actor", "unknown actor '\(id)'", at: position, hint: "ties use ids: '\(id)' is a name of '\(actor)'")
        } else {
            log.error("unknown-actor", "unknown actor '\(id)'", at: position, hint: hints.hint(for: id, in: actorIDs))
        }
    }

    /// A tie cannot hold while one of its actors does not exist.
    static func checkTieWithinActor(_ tie: Tie, _ actor: Actor, log: inout DiagnosticLog) {
        let span = actor.validity.summary ?? ""
        if let since = tie.validity.since {
            if let first = actor.validity.firstDay, since.firstDay < first {
                log.error("outside-actor-validity", "tie begins (\(since)) before '\(actor.id)' exists (\(span))", at: tie.positions.since ?? tie.positions.entry)
            } else if let last = actor.validity.lastDay, since.firstDay > last {
                log.error("outside-actor-validity", "tie begins (\(since)) after '\(actor.id)' has ceased (\(span))", at: tie.positions.since ?? tie.positions.entry)
            }
        }
        if let until = tie.validity.until {
            if let last = actor.validity.lastDay, until.lastDay > last {
                log.error("outside-actor-validity", "tie ends (\(until)) after '\(actor.id)' has ceased (\(span))", at: tie.positions.until ?? tie.positions.entry)
            } else if let first = actor.validity.firstDay, until.lastDay < first {
                log.error("outside-actor-validity", "tie ends (\(until)) before '\(actor.id)' exists (\(span))", at: tie.positions.until ?? tie.positions.entry)
            }
        }
    }

    static func format(_ weight: Double) -> String { WeightFormat.signed(weight) }
}
