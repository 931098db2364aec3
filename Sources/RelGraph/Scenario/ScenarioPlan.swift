/// A scenario checked against its model: names resolved to ids and ties, and the baseline
/// date settled. Everything the engine needs, and nothing it could still trip over.
public struct ScenarioPlan: Sendable {
    public enum Step: Sendable {
        case remove(actor: String)
        case cut(ties: [Int])
        case set(tie: Int, weight: Double)
        case scale(tie: Int, factor: Double)
        case add(Tie)
        case addActor(Actor)
    }

    public let scenario: Scenario
    public let model: Model
    /// The day the shocks are applied to.
    public let baseline: Day
    /// Steps in the order the shocks were given, each with its shock.
    public let steps: [(shock: Shock, step: Step)]
    /// Things the user should know (the baseline moved); printed on stderr.
    public let notes: [String]
    /// Set when this is not a scenario but a comparison of two models or dates (`relgraph diff`).
    public let comparison: Comparison?

    public struct Comparison: Sendable {
        public let before: String
        public let after: String
    }

    init(scenario: Scenario, model: Model, baseline: Day, steps: [(shock: Shock, step: Step)], notes: [String], comparison: Comparison? = nil) {
        self.scenario = scenario
        self.model = model
        self.baseline = baseline
        self.steps = steps
        self.notes = notes
        self.comparison = comparison
    }

    /// Resolves `scenario` against `model`. `at` overrides the scenario's own date (the CLI's `--at`).
    public static func make(_ scenario: Scenario, model: Model, at override: PartialDate? = nil) -> (ScenarioPlan?, [Diagnostic]) {
        var resolver = Resolver(scenario: scenario, model: model)
        let explicit = override ?? scenario.at
        let requested = explicit?.firstDay ?? model.asOfDay
        resolver.checkCitations()
        let targets = resolver.resolveTargets()
        guard !resolver.log.hasErrors else { return (nil, resolver.log.diagnostics) }

        var baseline = requested
        var notes: [String] = []
        let absent = targets.filter { !$0.validity.contains(requested) }
        if !absent.isEmpty {
            if explicit != nil {
                for target in absent {
                    resolver.report(target.shock, .absentOnBaseline(target.name, day: requested, span: target.validity.summary,
                                                                    lastDay: target.validity.lastDay(before: requested)))
                }
                return (nil, resolver.log.diagnostics)
            }
            // The issue's rule: move back to the last day on which the named thing existed.
            let candidates = absent.compactMap { $0.validity.lastDay(before: requested) }
            guard candidates.count == absent.count, let moved = candidates.min(),
                  targets.allSatisfy({ $0.validity.contains(moved) }) else {
                for target in absent {
                    resolver.report(target.shock, .absentOnAsOf(target.name, day: requested, span: target.validity.summary))
                }
                return (nil, resolver.log.diagnostics)
            }
            baseline = moved
            let names = absent.map(\.name).joined(separator: ", ")
            notes.append("baseline moved from \(requested) (the model's as_of) to \(moved), the last day on which \(names) exists")
        }
        let steps = resolver.resolveSteps(at: baseline)
        guard !resolver.log.hasErrors else { return (nil, resolver.log.diagnostics) }
        let plan = ScenarioPlan(scenario: scenario, model: model, baseline: baseline, steps: steps, notes: notes)
        return (plan, resolver.log.diagnostics)
    }
}

/// The days on which something named by a shock exists: a union of intervals.
struct ExistenceIntervals: Sendable {
    var intervals: [(first: Day?, last: Day?)]

    func contains(_ day: Day) -> Bool {
        intervals.contains { ($0.first.map { $0 <= day } ?? true) && ($0.last.map { day <= $0 } ?? true) }
    }

    /// The latest day before `day` on which it exists.
    func lastDay(before day: Day) -> Day? {
        intervals.compactMap { interval -> Day? in
            let last = interval.last.map { min($0, day) } ?? day
            if let first = interval.first, first > last { return nil }
            return last < day ? last : nil
        }.max()
    }

    var summary: String {
        intervals.map { "\($0.first?.description ?? "…") – \($0.last?.description ?? "…")" }.joined(separator: ", ")
    }
}

private struct Resolver {
    struct Target {
        var shock: Shock
        var name: String
        var validity: ExistenceIntervals
    }

    let scenario: Scenario
    let model: Model
    var log: DiagnosticLog
    let names: ActorNames
    let addedActors: [String: Actor]
    let actorsByID: [String: Actor]

    init(scenario: Scenario, model: Model) {
        self.scenario = scenario
        self.model = model
        log = DiagnosticLog(path: scenario.path)
        var added: [String: Actor] = [:]
        for shock in scenario.shocks {
            if case .addActor(let id, let kind, let label, let group) = shock.action {
                added[id] = Actor(id: id, label: label, kind: kind, group: group, note: "hypothetical (added by the scenario)")
            }
        }
        addedActors = added
        actorsByID = Dictionary(model.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        names = ActorNames(model.actors + added.values.sorted { $0.id < $1.id })
    }

    mutating func report(_ shock: Shock, _ message: Diagnostic.Message) {
        switch shock.origin {
        case .file(let position):
            log.report(message, at: position)
        case .commandLine(let flag):
            log.append(Diagnostic(message.onCommandLine(flag), path: "relgraph scenario", at: .none))
        }
    }

    mutating func actorID(_ name: String, for shock: Shock) -> String? {
        if let id = names.resolve(name) { return id }
        report(shock, .unknownActor(name, inModel: model.path, hint: names.suggestion(for: name).map { "did you mean '\($0)'?" }))
        return nil
    }

    /// Ties of the model (any date) a reference matches, with its names resolved to ids.
    mutating func matchingTies(_ reference: TieReference, for shock: Shock) -> (TieReference, [Int])? {
        guard let from = actorID(reference.from, for: shock), let to = actorID(reference.to, for: shock) else { return nil }
        let resolved = TieReference(from: from, to: to, directed: reference.directed, kind: reference.kind)
        let indices = model.ties.indices.filter { resolved.matches(model.ties[$0]) }
        if indices.isEmpty {
            let others = model.ties.filter { Pair($0.from, $0.to) == Pair(from, to) }.map { $0.name(withKind: true) }
            let hint = others.isEmpty ? "the model has no tie between \(from) and \(to)" : "the pair's ties: " + Set(others).sorted().joined(separator: ", ")
            report(shock, .unknownTie("\(resolved)", inModel: model.path, hint: hint))
            return nil
        }
        return (resolved, indices)
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

    /// A scenario's motivating citations must cite the model's own sources.
    mutating func checkCitations() {
        let ids = model.sources.map(\.id)
        for citation in scenario.citations where !ids.contains(citation.source) {
            log.report(.unknownScenarioSource(citation.source, model: model.path, hint: Suggestion.hint(for: citation.source, in: ids)),
                       at: citation.sourcePosition)
        }
    }

    /// What each shock names, with the days it exists on: used to settle the baseline.
    mutating func resolveTargets() -> [Target] {
        var targets: [Target] = []
        // By letter case too: shocks find actors whatever the case (`ActorNames`), so an added
        // `ABC` beside a model's `abc` could never be named apart from it.
        var addedSoFar = Set<String>()
        let modelIDs = Set(model.actors.map { $0.id.lowercased() })
        for shock in scenario.shocks {
            switch shock.action {
            case .remove(let name):
                guard let id = actorID(name, for: shock) else { continue }
                if let actor = actorsByID[id] {
                    targets.append(Target(shock: shock, name: id, validity: ExistenceIntervals(intervals: [(actor.validity.firstDay, actor.validity.lastDay)])))
                }
            case .cut(let reference), .set(let reference, _), .scale(let reference, _):
                guard let (resolved, indices) = matchingTies(reference, for: shock) else { continue }
                targets.append(Target(shock: shock, name: "tie \(resolved)", validity: ExistenceIntervals(intervals: indices.map { existence(ofTie: $0) })))
            case .add(let from, let to, _, _, _, _):
                _ = actorID(from, for: shock)
                _ = actorID(to, for: shock)
            case .addActor(let id, _, _, _):
                if modelIDs.contains(id.lowercased()) || !addedSoFar.insert(id.lowercased()).inserted {
                    report(shock, .addedActorIDUsed(id))
                }
            }
        }
        return targets
    }

    /// The shocks as steps on the baseline day: ties picked by what holds on that day.
    mutating func resolveSteps(at day: Day) -> [(Shock, ScenarioPlan.Step)] {
        var steps: [(Shock, ScenarioPlan.Step)] = []
        let present = Set(model.snapshot(at: day).tieIndices)
        for shock in scenario.shocks {
            switch shock.action {
            case .remove(let name):
                if let id = names.resolve(name) { steps.append((shock, .remove(actor: id))) }
            case .cut(let reference):
                guard let (_, indices) = matchingTies(reference, for: shock) else { continue }
                steps.append((shock, .cut(ties: indices.filter(present.contains))))
            case .set(let reference, let weight):
                if let index = single(reference, present: present, for: shock) { steps.append((shock, .set(tie: index, weight: weight))) }
            case .scale(let reference, let factor):
                if let index = single(reference, present: present, for: shock) { steps.append((shock, .scale(tie: index, factor: factor))) }
            case .add(let from, let to, let directed, let kind, let weight, let label):
                guard let a = names.resolve(from), let b = names.resolve(to) else { continue }
                for id in [a, b] where addedActors[id] == nil {
                    if let actor = actorsByID[id], !actor.validity.contains(day) {
                        report(shock, .addedTieEndAbsent(id, day: day, span: actor.validity.summary ?? ""))
                    }
                }
                let tie = Tie(from: a, to: b, directed: directed, kind: kind, weight: weight, confidence: .low,
                              label: label ?? "hypothetical", note: "hypothetical: added by the scenario, no citation")
                steps.append((shock, .add(tie)))
            case .addActor(let id, _, _, _):
                if let actor = addedActors[id] { steps.append((shock, .addActor(actor))) }
            }
        }
        return steps
    }

    /// `set` and `scale` change one tie: a name matching several on the day is ambiguous.
    mutating func single(_ reference: TieReference, present: Set<Int>, for shock: Shock) -> Int? {
        guard let (resolved, indices) = matchingTies(reference, for: shock) else { return nil }
        let candidates = indices.filter(present.contains)
        if candidates.count == 1 { return candidates[0] }
        let kinds = candidates.map { model.ties[$0].name(withKind: true) }.joined(separator: ", ")
        report(shock, .ambiguousTie("\(resolved)", count: candidates.count, kinds: kinds))
        return nil
    }
}
