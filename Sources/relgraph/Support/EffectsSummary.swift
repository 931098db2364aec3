import RelGraph

/// The short table printed after a scenario runs: findings first (robust, then likely), with
/// the verdict in words; then a count of what was not a finding.
enum EffectsSummary {
    static let rows = 10

    static func text(_ result: ScenarioResult, folder: String, files: [String], terminal: Terminal) -> String {
        let comparing = result.plan.comparison != nil
        var out = terminal.styled(result.scenario.title, .bold) + (comparing ? "\n" : "  (baseline \(result.plan.baseline))\n")
        let label = { (id: String) in result.actor(id)?.label ?? id }
        // Without draws (diff) every visible change is listed; with them, the findings.
        let pairs = comparing ? result.pairs.filter { abs($0.change) >= 0.005 } : result.pairs.filter(\.isFinding)
        if pairs.isEmpty {
            out += comparing ? "  no relation changed\n" : "  no relation changes robustly or likely\n"
        } else {
            let names = pairs.prefix(rows).map { "\(label($0.first)) — \(label($0.second))" }
            let width = min(44, max(8, names.map(\.count).max() ?? 8))
            out += "  " + pad("Relation", width) + "  before  after  change  steps  " + (comparing ? "why" : "verdict                  carried by") + "\n"
            for (pair, name) in zip(pairs.prefix(rows), names) {
                let carriers = pair.carriers.filter { abs($0.amount) >= 0.005 }.prefix(2).map { label($0.through) }.joined(separator: ", ")
                let shocked = pair.tieIDs.contains { id in result.ties.first { $0.id == id }.map { $0.status != .propagated && $0.status != .unchanged } ?? false }
                let cause = shocked ? (comparing ? "re-coded" : "shock") + (carriers.isEmpty ? "" : "; " + carriers) : carriers
                let change = pair.reportedChange
                out += "  " + pad(name, width) + "  " + number(pair.before) + "  " + number(pair.after) + "  "
                    + colored(signed(change, decimals: 2).leftPadded(6), change, terminal) + "  "
                    + signed(RubricSteps.of(change), decimals: 1).leftPadded(5) + "  "
                    + (comparing ? "" : pad(pair.uncertainty.map { $0.verdict.words(share: $0.share) } ?? "", 23) + "  ") + cause + "\n"
            }
            if pairs.count > rows { out += "  … \(pairs.count - rows) more in \(folder)/report.md\n" }
        }
        if !comparing {
            let uncertain = result.pairs.count { $0.uncertainty?.verdict == .uncertain }
            let negligible = result.pairs.count { $0.uncertainty?.verdict == .negligible }
            if uncertain + negligible > 0 {
                out += "  not findings: \(uncertain) uncertain, \(negligible) negligible (below \(WeightFormat.plain(result.assessment.materiality, decimals: 3)))\n"
            }
        }
        let assumed = (result.pairs + result.emergent).filter(\.isFinding).flatMap { $0.uncertainty?.assumptions ?? [] }
        if !assumed.isEmpty {
            let names = assumed.map(\.tieID).uniqued().map { id in result.ties.first { $0.id == id }.map { $0.tie.name(withKind: true) } ?? id }
            let lost = assumed.count(where: \.lostWithout)
            out += "  findings traced through assumptions (no source): " + names.prefix(4).joined(separator: ", ") + (names.count > 4 ? ", …" : "")
                + (lost > 0 ? "; \(lost) lost without one" : "") + " (--no-assumptions leaves them out)\n"
        }
        let tendencies = result.emergent.filter(\.isFinding)
        if !tendencies.isEmpty {
            out += "  emergent tendencies (not cited): " + tendencies.prefix(4).map { "\(label($0.first))~\(label($0.second)) \(WeightFormat.signed($0.reportedChange))" }.joined(separator: ", ") + "\n"
        }
        if !result.expectations.isEmpty {
            let held = result.expectations.filter(\.holds).count
            let direct = result.expectations.filter { $0.holds && $0.direct == true }.count
            out += "  expectations: \(held) of \(result.expectations.count) hold" + (held > 0 ? " (\(direct) direct: from the shocks alone)" : "") + "\n"
        }
        if let draws = result.assessment.draws { out += "  \(draws) draws, seed \(result.assessment.seed ?? 0)\n" }
        out += "  wrote \(folder)/ (\(files.joined(separator: ", ")))\n"
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
        return clipped + String(repeating: " ", count: max(0, width - clipped.count))
    }

    /// "+0.34", "-1.1", "0.00": the sign of a change always shown.
    static func signed(_ value: Double, decimals: Int) -> String {
        let text = WeightFormat.fixed(value, decimals: decimals)
        return text.hasPrefix("-") || Double(text) == 0 ? text : "+" + text
    }

    static func number(_ value: Double?) -> String {
        (value.map { WeightFormat.fixed($0, decimals: 2) } ?? "none").leftPadded(6)
    }

    static func colored(_ text: String, _ change: Double, _ terminal: Terminal) -> String {
        change > 0 ? terminal.styled(text, .green) : change < 0 ? terminal.styled(text, .red) : text
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
