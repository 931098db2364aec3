/// What a shock resolves against: the model, the names of its actors (and of the actors the
/// scenario adds), and the log its findings go to, at the shock's line or flag.
public struct ShockResolution {
    public let model: Model
    /// The model's actors by id.
    public let actorsByID: [String: Actor]
    /// Actors the scenario's shocks add, by id.
    public let addedActors: [String: Actor]
    let names: ActorNames
    var log: DiagnosticLog
    /// The shock being resolved: findings are reported where it was given.
    var shock: Shock

    init(scenario: Scenario, model: Model) {
        self.model = model
        log = DiagnosticLog(path: scenario.path)
        var added: [String: Actor] = [:]
        for shock in scenario.shocks {
            if let actor = shock.kind.addedActor { added[actor.id] = actor }
        }
        addedActors = added
        actorsByID = Dictionary(model.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        modelIDsFolded = Set(model.actors.map { $0.id.lowercased() })
        names = ActorNames(model.actors + added.values.sorted { $0.id < $1.id })
        shock = Shock(.remove(actor: ""), origin: .commandLine(flag: ""))
    }

    /// Reports a finding about the current shock: at its line, or after its flag.
    public mutating func report(_ message: Diagnostic.Message) {
        switch shock.origin {
        case .file(let position):
            log.report(message, at: position)
        case .commandLine(let flag):
            log.append(Diagnostic(message.onCommandLine(flag), path: "relgraph scenario", at: .none))
        }
    }

    /// The id a name (id, label or alias, any case) stands for, without reporting anything.
    public func resolve(_ name: String) -> String? { names.resolve(name) }

    /// The id a name stands for; an unknown name is reported with a suggestion.
    public mutating func actorID(_ name: String) -> String? {
        if let id = names.resolve(name) { return id }
        report(.unknownActor(name, inModel: model.path, hint: names.suggestion(for: name).map { "did you mean '\($0)'?" }))
        return nil
    }

    /// Ties of the model (any date) a reference matches, with its names resolved to ids.
    public mutating func matchingTies(_ reference: TieReference) -> (TieReference, [Int])? {
        guard let from = actorID(reference.from), let to = actorID(reference.to) else { return nil }
        let resolved = TieReference(from: from, to: to, directed: reference.directed, kind: reference.kind)
        let indices = model.ties.indices.filter { resolved.matches(model.ties[$0]) }
        if indices.isEmpty {
            let others = model.ties.filter { Pair($0.from, $0.to) == Pair(from, to) }.map { $0.name(withKind: true) }
            let hint = others.isEmpty ? "the model has no tie between \(from) and \(to)" : "the pair's ties: " + Set(others).sorted().joined(separator: ", ")
            report(.unknownTie("\(resolved)", inModel: model.path, hint: hint))
            return nil
        }
        return (resolved, indices)
    }

    /// The target "tie A~B" and the days on which one of the ties a reference matches exists.
    public mutating func tieTarget(_ reference: TieReference) -> ShockTarget? {
        guard let (resolved, indices) = matchingTies(reference) else { return nil }
        return ShockTarget(name: "tie \(resolved)", validity: ExistenceIntervals(intervals: indices.map { existence(ofTie: $0) }))
    }

    /// The target "X" and the days on which the model's actor X exists.
    public func actorTarget(_ id: String) -> ShockTarget? {
        guard let actor = actorsByID[id] else { return nil }
        return ShockTarget(name: id, validity: ExistenceIntervals(intervals: [(actor.validity.firstDay, actor.validity.lastDay)]))
    }

    /// The model's actor ids and the ids added so far, in lower case.
    private let modelIDsFolded: Set<String>
    private var addedSoFar = Set<String>()

    /// Claims the id of an added actor: false when the model or an earlier shock has it, by
    /// letter case too: shocks find actors whatever the case (`ActorNames`), so an added `ABC`
    /// beside a model's `abc` could never be named apart from it.
    public mutating func claimNewActorID(_ id: String) -> Bool {
        let folded = id.lowercased()
        return !modelIDsFolded.contains(folded) && addedSoFar.insert(folded).inserted
    }

    /// The model's ties present on `day`, by model index (made once per plan).
    public private(set) var present: Set<Int> = []

    mutating func settle(on day: Day) {
        present = Set(model.snapshot(at: day).tieIndices)
    }

    /// `set` and `scale` change one tie: a name matching several on the day is ambiguous.
    public mutating func single(_ reference: TieReference) -> Int? {
        guard let (resolved, indices) = matchingTies(reference) else { return nil }
        let candidates = indices.filter(present.contains)
        if candidates.count == 1 { return candidates[0] }
        let kinds = candidates.map { model.ties[$0].name(withKind: true) }.joined(separator: ", ")
        report(.ambiguousTie("\(resolved)", count: candidates.count, kinds: kinds))
        return nil
    }

    func existence(ofTie index: Int) -> (first: Day?, last: Day?) {
        let tie = model.ties[index]
        var first = tie.validity.firstDay, last = tie.validity.lastDay
        for id in [tie.from, tie.to] {
            guard let actor = actorsByID[id] else { continue }
            if let day = actor.validity.firstDay { first = max(first ?? day, day) }
            if let day = actor.validity.lastDay { last = min(last ?? day, day) }
        }
        return (first, last)
    }
}
