/// Checks what spans entries: unique ids, references between entries, intervals, and
/// the warnings an analyst wants before publishing (unused sources, isolated actors).
public enum ModelValidator {
    /// What the loader could not read of a tie it keeps for validation (`ModelLoader.readTie`):
    /// the checks that need the missing value are skipped, every other one is made, so that
    /// one mistake in a tie does not hide another (a bad weight and an unknown actor).
    public struct TieGaps: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let ends = TieGaps(rawValue: 1)
        public static let kind = TieGaps(rawValue: 2)
        public static let weight = TieGaps(rawValue: 4)
    }

    public static func validate(_ model: Model) -> [Diagnostic] {
        validate(model, gaps: [])
    }

    /// `gaps`: for each tie, what could not be read of it; empty when every tie is whole.
    static func validate(_ model: Model, gaps: [TieGaps]) -> [Diagnostic] {
        let gaps = gaps.isEmpty ? [TieGaps](repeating: [], count: model.ties.count) : gaps
        var log = DiagnosticLog(path: model.path)
        let sourceIDs = uniqueIDs(model.sources.map { ($0.id, $0.position) }, what: "source", log: &log)
        let groupIDs = uniqueIDs(model.groups.map { ($0.id, $0.position) }, what: "group", log: &log)
        let actorIDs = uniqueIDs(model.actors.map { ($0.id, $0.position) }, what: "actor", log: &log)
        // Built only if a tie names an unknown actor: it is for the hint.
        var names: ActorNames?
        checkNames(model.actors, log: &log)
        var hints = HintBudget()

        // Actors and sources by number: the loop over ties then hashes each id once.
        var actorNumber: [String: Int] = [:]
        actorNumber.reserveCapacity(model.actors.count)
        for (number, actor) in model.actors.enumerated() where actorNumber[actor.id] == nil {
            actorNumber[actor.id] = number
            if let group = actor.group, !groupIDs.contains(group) {
                log.report(.unknownGroup(actor: actor.id, group: group, hint: hints.hint(for: group, in: groupIDs)), at: actor.position)
            }
            if actor.validity.isReversed {
                log.report(.actorEndsBeforeItBegins(actor.id, since: actor.validity.since!, until: actor.validity.until!),
                           at: actor.untilPosition ?? actor.position)
            }
        }
        var sourceNumber: [String: Int] = [:]
        for (number, source) in model.sources.enumerated() where sourceNumber[source.id] == nil { sourceNumber[source.id] = number }

        var citedSources = [Bool](repeating: false, count: model.sources.count)
        var citedUnknown = Set<String>()
        var tiedActors = [Bool](repeating: false, count: model.actors.count)
        var tiedUnknown = Set<String>()
        // Each tie's ends by number, every id hashed once; repeated ties between known actors
        // found from those numbers, others by their ids below: the same identity either way.
        let ends = model.ties.map { KnownEnds(from: actorNumber[$0.from], to: actorNumber[$0.to]) }
        let repeats = repeatedTies(model.ties, ends, gaps: gaps)
        // Only for ties to unknown actors: made on the first one.
        var seenOtherTies: [TieIdentity: [SeenTie]]?
        for (index, tie) in model.ties.enumerated() {
            let gap = gaps[index]
            for citation in tie.citations {
                if let number = sourceNumber[citation.source] {
                    citedSources[number] = true
                } else {
                    citedUnknown.insert(citation.source)
                    log.report(.unknownSource(citation.source, hint: hints.hint(for: citation.source, in: sourceIDs)), at: citation.sourcePosition)
                }
                if let reading = citation.reading, !gap.contains(.kind), !tie.kind.accepts(weight: reading) {
                    log.report(.readingSignMismatch(tie.kind, reading: reading, source: citation.source), at: citation.readingPosition ?? citation.position)
                }
            }
            if tie.isAssumption, gap.isDisjoint(with: [.ends, .kind]) {
                log.report(.assumption(tie.name(withKind: true), rationale: tie.rationale ?? ""), at: tie.positions.basis ?? tie.positions.entry)
            }
            if gap.isDisjoint(with: [.kind, .weight]), !tie.kind.accepts(weight: tie.weight) {
                log.report(.signMismatch(tie.kind, weight: tie.weight), at: tie.positions.weight)
            }
            if tie.validity.isReversed {
                log.report(.tieEndsBeforeItBegins(gap.contains(.ends) ? "" : tie.name(), since: tie.validity.since!, until: tie.validity.until!),
                           at: tie.positions.until ?? tie.positions.entry)
            }
            // Without its ends, nothing more can be said of a tie's place in the model.
            if gap.contains(.ends) { continue }
            let from = ends[index].from, to = ends[index].to
            if from == nil {
                if names == nil { names = ActorNames(model.actors) }
                reportUnknownActor(tie.from, at: tie.positions.from, names: names!, actorIDs: actorIDs, hints: &hints, log: &log)
            }
            if to == nil {
                if names == nil { names = ActorNames(model.actors) }
                reportUnknownActor(tie.to, at: tie.positions.to, names: names!, actorIDs: actorIDs, hints: &hints, log: &log)
            }
            if tie.from == tie.to {
                log.report(.selfTie(tie.from), at: tie.positions.to)
                continue
            }
            if let from { tiedActors[from] = true } else { tiedUnknown.insert(tie.from) }
            if let to { tiedActors[to] = true } else { tiedUnknown.insert(tie.to) }
            if let from { checkTieWithinActor(tie, model.actors[from].id, model.actors[from].validity, log: &log) }
            if let to { checkTieWithinActor(tie, model.actors[to].id, model.actors[to].validity, log: &log) }
            let earlier: TextPosition?
            if gap.contains(.kind) {
                earlier = nil
            } else if from != nil && to != nil {
                earlier = repeats[index]
            } else {
                let identity = TieIdentity(tie)
                if seenOtherTies == nil { seenOtherTies = [:] }
                earlier = seenOtherTies![identity]?.first { $0.validity.overlaps(tie.validity) }?.position
                seenOtherTies![identity, default: []].append(SeenTie(validity: tie.validity, position: tie.positions.entry))
            }
            if let earlier {
                log.report(.duplicateTie(tie.kind, tie.name(), firstLine: earlier.line), at: tie.positions.entry)
            }
        }

        for source in model.sources where !(sourceNumber[source.id].map { citedSources[$0] } ?? citedUnknown.contains(source.id)) {
            log.report(.unusedSource(source.id), at: source.position)
        }
        for actor in model.actors where !(actorNumber[actor.id].map { tiedActors[$0] } ?? tiedUnknown.contains(actor.id)) {
            log.report(.isolatedActor(actor.id), at: actor.position)
        }
        return log.diagnostics
    }

    /// A tie to an unknown actor already checked, for finding a second one in the same period.
    struct SeenTie {
        let validity: Validity
        let position: TextPosition
    }

    /// A tie's ends as actor numbers; nil for an actor the model does not have.
    struct KnownEnds {
        let from: Int?, to: Int?
    }

    /// For each tie between known actors, where an earlier tie with the same ends, direction
    /// and kind overlaps its period; nil for the others. Ties are grouped by sorting a number
    /// made of their ends, then each group is checked in file order: no dictionary of a type
    /// of its own, whose conformance the runtime would look up on every run (a third of a
    /// million instructions on the default model).
    static func repeatedTies(_ ties: [Tie], _ ends: [KnownEnds], gaps: [TieGaps]? = nil) -> [TextPosition?] {
        var key = [Int](repeating: -1, count: ties.count)
        // A tie whose kind or ends could not be read is no one's repeat.
        for (index, tie) in ties.enumerated() where tie.from != tie.to && gaps.map({ $0[index].isDisjoint(with: [.ends, .kind]) }) ?? true {
            if let from = ends[index].from, let to = ends[index].to { key[index] = Self.key(tie, from, to) }
        }
        let order = key.indices.filter { key[$0] >= 0 }.sorted { key[$0] != key[$1] ? key[$0] < key[$1] : $0 < $1 }
        var earlier = [TextPosition?](repeating: nil, count: ties.count)
        var groupStart = 0
        while groupStart < order.count {
            var groupEnd = groupStart + 1
            while groupEnd < order.count && key[order[groupEnd]] == key[order[groupStart]] { groupEnd += 1 }
            let group = order[groupStart..<groupEnd]
            if group.count <= 16 {
                // A handful of ties of one pair (the usual case): each against those before it.
                for (rank, index) in group.enumerated() {
                    let tie = ties[index]
                    if let first = group.prefix(rank).first(where: { ties[$0].kind == tie.kind && ties[$0].validity.overlaps(tie.validity) }) {
                        earlier[index] = ties[first].positions.entry
                    }
                }
            } else {
                // Many: by kind, and within a kind by `FirstOverlap`, in file order still.
                let byKind = group.sorted { ties[$0].kind.rawValue != ties[$1].kind.rawValue ? ties[$0].kind.rawValue < ties[$1].kind.rawValue : $0 < $1 }
                var kindStart = 0
                while kindStart < byKind.count {
                    var kindEnd = kindStart + 1
                    while kindEnd < byKind.count && ties[byKind[kindEnd]].kind == ties[byKind[kindStart]].kind { kindEnd += 1 }
                    let sameKind = Array(byKind[kindStart..<kindEnd])
                    let periods = sameKind.map { index in
                        FirstOverlap.Period(start: ties[index].validity.firstDay?.number ?? .min, end: ties[index].validity.lastDay?.number ?? .max)
                    }
                    for (position, first) in FirstOverlap.firstEarlierOverlaps(periods).enumerated() {
                        if let first { earlier[sameKind[position]] = ties[sameKind[first]].positions.entry }
                    }
                    kindStart = kindEnd
                }
            }
            groupStart = groupEnd
        }
        return earlier
    }

    /// The ends of a tie between known actors, by their numbers, and its direction, in one
    /// non-negative number, distinct for any number of actors an array can hold (below 2³¹).
    /// Undirected ties are ordered by id, as `Pair` orders them, so ends agree with `TieIdentity`.
    static func key(_ tie: Tie, _ from: Int, _ to: Int) -> Int {
        let swapped = !tie.directed && tie.to < tie.from
        let first = swapped ? to : from, second = swapped ? from : to
        return first << 32 | second << 1 | (tie.directed ? 1 : 0)
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

    /// Ids used twice are errors; so are ids that differ only in letter case, since the
    /// command line and scenarios find ids whatever their case (`ActorNames`). Ids that look
    /// alike but are different text (`Confusables`), and ids that mix Latin letters with
    /// look-alike letters of another script, are warnings.
    static func uniqueIDs(_ entries: [(String, TextPosition)], what: String, log: inout DiagnosticLog) -> Set<String> {
        var first: [String: TextPosition] = [:]
        first.reserveCapacity(entries.count)
        var byCase: [String: (id: String, line: Int32)] = [:]
        byCase.reserveCapacity(entries.count)
        var byLook: [String: (id: String, line: Int32)] = [:]
        for (id, position) in entries {
            if let earlier = first[id] {
                log.report(.duplicateID(what, id, firstLine: earlier.line), at: position)
                continue
            }
            first[id] = position
            let lower = id.lowercased()
            if let other = byCase[lower] {
                log.report(.idDiffersOnlyInCase(what, id, other.id, firstLine: other.line), at: position)
                continue
            }
            byCase[lower] = (id, position.line)
            // An ASCII id is its own skeleton (lower-cased): the table maps no ASCII letter.
            let ascii = id.utf8.allSatisfy { $0 < 0x80 }
            let skeleton = ascii ? lower : Confusables.skeleton(id)
            if let other = byLook[skeleton] {
                log.report(.confusableID(what, id, other.id, firstLine: other.line), at: position)
                continue
            }
            byLook[skeleton] = (id, position.line)
            if !ascii, let letter = Confusables.mixedScriptLetter(id) {
                log.report(.mixedScriptID(what, id, letter: letter), at: position)
            }
        }
        return Set(first.keys)
    }

    /// The command line finds actors by id, label or alias: none of those may name two actors.
    static func checkNames(_ actors: [Actor], log: inout DiagnosticLog) {
        // Ids are unique (or reported so): only aliases can name two actors.
        guard actors.contains(where: { !$0.aliases.isEmpty }) else { return }
        var owner: [String: String] = [:]
        for actor in actors { owner[actor.id.lowercased()] = owner[actor.id.lowercased()] ?? actor.id }
        for actor in actors {
            for alias in actor.aliases {
                let key = alias.lowercased()
                if let other = owner[key], other != actor.id {
                    log.report(.duplicateAlias(alias, of: actor.id, names: other), at: actor.position)
                } else {
                    owner[key] = actor.id
                }
            }
        }
    }

    static func reportUnknownActor(_ id: String, at position: TextPosition, names: ActorNames, actorIDs: Set<String>,
                                   hints: inout HintBudget, log: inout DiagnosticLog) {
        if let actor = names.resolve(id) {
            log.report(.unknownActor(id, hint: "ties use ids: '\(id)' is a name of '\(actor)'"), at: position)
        } else {
            log.report(.unknownActor(id, hint: hints.hint(for: id, in: actorIDs)), at: position)
        }
    }

    /// A tie cannot hold while one of its actors does not exist.
    static func checkTieWithinActor(_ tie: Tie, _ actorID: String, _ actorValidity: Validity, log: inout DiagnosticLog) {
        var span: String { actorValidity.summary ?? "" }
        if let since = tie.validity.since {
            if let first = actorValidity.firstDay, since.firstDay < first {
                log.report(.tieBeginsBeforeActor(since, actor: actorID, span: span), at: tie.positions.since ?? tie.positions.entry)
            } else if let last = actorValidity.lastDay, since.firstDay > last {
                log.report(.tieBeginsAfterActor(since, actor: actorID, span: span), at: tie.positions.since ?? tie.positions.entry)
            }
        }
        if let until = tie.validity.until {
            if let last = actorValidity.lastDay, until.lastDay > last {
                log.report(.tieEndsAfterActor(until, actor: actorID, span: span), at: tie.positions.until ?? tie.positions.entry)
            } else if let first = actorValidity.firstDay, until.lastDay < first {
                log.report(.tieEndsBeforeActor(until, actor: actorID, span: span), at: tie.positions.until ?? tie.positions.entry)
            }
        }
    }
}
