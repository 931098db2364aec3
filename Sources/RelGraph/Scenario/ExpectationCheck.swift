/// Decides whether each expectation of a scenario holds in its result.
enum ExpectationCheck {
    /// Changes smaller than this count as none: floating-point noise is not an effect.
    static let tolerance = 1e-9

    static func evaluate(_ expectations: [Expectation], in result: ScenarioResult, names: ActorNames) -> [ExpectationOutcome] {
        expectations.map { evaluate($0, in: result, names: names) }
    }

    static func evaluate(_ expectation: Expectation, in result: ScenarioResult, names: ActorNames) -> ExpectationOutcome {
        switch expectation.target {
        case .pair(let reference):
            guard let a = names.resolve(reference.from), let b = names.resolve(reference.to) else {
                return ExpectationOutcome(expectation: expectation, holds: false, detail: "\(reference): unknown actor")
            }
            let before = pairWeight(a, b, in: result, after: false)
            let after = pairWeight(a, b, in: result, after: true)
            let holds: Bool
            switch expectation.change {
            case .weaker: holds = abs(after ?? 0) < abs(before ?? 0) - tolerance
            case .stronger: holds = abs(after ?? 0) > abs(before ?? 0) + tolerance
            case .moreCooperative: holds = (after ?? 0) > (before ?? 0) + tolerance
            case .moreConflictual: holds = (after ?? 0) < (before ?? 0) - tolerance
            case .removed: holds = before != nil && after == nil
            case .unchanged: holds = abs((after ?? 0) - (before ?? 0)) <= tolerance && (before == nil) == (after == nil)
            default: holds = false
            }
            let detail = "\(a)~\(b): \(format(before)) → \(format(after))"
            return ExpectationOutcome(expectation: expectation, holds: holds, detail: detail)
        case .actor(let name, let metric):
            guard let id = names.resolve(name), let effect = result.actorEffects.first(where: { $0.actor == id }) else {
                return ExpectationOutcome(expectation: expectation, holds: false, detail: "\(name): unknown actor")
            }
            let before = effect.before?.value(metric) ?? 0, after = effect.after?.value(metric) ?? 0
            return ExpectationOutcome(expectation: expectation, holds: compare(before, after, expectation.change),
                                      detail: "\(id) \(metric.rawValue): \(WeightFormat.fixed(before, decimals: 4)) → \(WeightFormat.fixed(after, decimals: 4))")
        case .graph(let metric):
            let before = result.graphBefore.value(metric), after = result.graphAfter.value(metric)
            return ExpectationOutcome(expectation: expectation, holds: compare(before, after, expectation.change),
                                      detail: "\(metric.rawValue): \(WeightFormat.fixed(before, decimals: 4)) → \(WeightFormat.fixed(after, decimals: 4))")
        }
    }

    static func compare(_ before: Double, _ after: Double, _ change: Expectation.Change) -> Bool {
        switch change {
        case .increase: return after > before + tolerance
        case .decrease: return after < before - tolerance
        case .unchanged: return abs(after - before) <= tolerance
        default: return false
        }
    }

    /// The pair's relation as the engine sees it: its ties summed and clamped; nil with no tie.
    static func pairWeight(_ a: String, _ b: String, in result: ScenarioResult, after: Bool) -> Double? {
        var sum = 0.0
        var any = false
        for effect in result.ties where Pair(effect.tie.from, effect.tie.to) == Pair(a, b) {
            guard let weight = after ? effect.after : effect.before else { continue }
            sum += weight
            any = true
        }
        return any ? SignedGraph.clamp(sum) : nil
    }

    static func format(_ weight: Double?) -> String { weight.map { WeightFormat.signed($0, decimals: 3) } ?? "no tie" }
}
