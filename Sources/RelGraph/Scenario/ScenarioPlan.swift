/// A scenario checked against its model: names resolved to ids and ties, and the baseline
/// date settled. Everything the engine needs, and nothing it could still trip over.
public struct ScenarioPlan: Sendable {
    /// A shock resolved on the baseline day: its kind's step (`CutTies.Step`, …).
    public typealias Step = any ShockStep

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

/// The plan's two passes over the shocks, each kind resolving itself (`ShockKind`).
private struct Resolver {
    typealias Target = (shock: Shock, name: String, validity: ExistenceIntervals)

    let scenario: Scenario
    var resolution: ShockResolution
    var log: DiagnosticLog {
        get { resolution.log }
        set { resolution.log = newValue }
    }

    init(scenario: Scenario, model: Model) {
        self.scenario = scenario
        resolution = ShockResolution(scenario: scenario, model: model)
    }

    mutating func report(_ shock: Shock, _ message: Diagnostic.Message) {
        resolution.shock = shock
        resolution.report(message)
    }

    /// A scenario's motivating citations must cite the model's own sources.
    mutating func checkCitations() {
        let ids = resolution.model.sources.map(\.id)
        for citation in scenario.citations where !ids.contains(citation.source) {
            log.report(.unknownScenarioSource(citation.source, model: resolution.model.path, hint: Suggestion.hint(for: citation.source, in: ids)),
                       at: citation.sourcePosition)
        }
    }

    /// What each shock names, with the days it exists on: used to settle the baseline.
    mutating func resolveTargets() -> [Target] {
        var targets: [Target] = []
        for shock in scenario.shocks {
            resolution.shock = shock
            if let target = shock.kind.target(in: &resolution) {
                targets.append((shock, target.name, target.validity))
            }
        }
        return targets
    }

    /// The shocks as steps on the baseline day: ties picked by what holds on that day.
    mutating func resolveSteps(at day: Day) -> [(Shock, ScenarioPlan.Step)] {
        var steps: [(Shock, ScenarioPlan.Step)] = []
        resolution.settle(on: day)
        for shock in scenario.shocks {
            resolution.shock = shock
            if let step = shock.kind.step(in: &resolution, at: day) { steps.append((shock, step)) }
        }
        return steps
    }
}
