import RelGraph

/// The short table of largest effects printed after a scenario runs.
enum EffectsSummary {
    static let rows = 10

    static func text(_ result: ScenarioResult, folder: String, files: [String], terminal: Terminal) -> String {
        let comparing = result.plan.comparison != nil
        var out = terminal.styled(result.scenario.title, .bold) + (comparing ? "\n" : "  (baseline \(result.plan.baseline))\n")
        // Changes that print as 0.000 are real but not worth a row; effects.json has them all.
        let pairs = result.pairs.filter { abs($0.change) >= 0.0005 }
        if pairs.isEmpty {
            out += "  no relation changed\n"
        } else {
            let label = { (id: String) in result.actor(id)?.label ?? id }
            let names = pairs.prefix(rows).map { "\(label($0.first)) — \(label($0.second))" }
            let width = min(44, max(8, names.map(\.count).max() ?? 8))
            out += "  " + pad("Relation", width) + "  before    after   change  " + (comparing ? "why" : "carried by") + "\n"
            for (pair, name) in zip(pairs.prefix(rows), names) {
                let carriers = pair.carriers.filter { abs($0.amount) >= 0.0005 }.prefix(2).map { label($0.through) }.joined(separator: ", ")
                let cause = pair.tieIDs.contains { id in result.ties.first { $0.id == id }.map { $0.status != .propagated && $0.status != .unchanged } ?? false }
                    ? (comparing ? "re-coded" : "shock") + (carriers.isEmpty ? "" : "; " + carriers) : carriers
                out += "  " + pad(name, width) + "  " + number(pair.before) + "  " + number(pair.after) + "  "
                    + colored(WeightFormat.fixed(pair.change, decimals: 3).leftPadded(7), pair.change, terminal) + "  " + cause + "\n"
            }
            if pairs.count > rows { out += "  … \(pairs.count - rows) more in \(folder)/report.md\n" }
        }
        if !result.emergent.isEmpty {
            out += "  emergent tendencies (not cited): " + result.emergent.prefix(4).map { "\($0.first)~\($0.second) \(WeightFormat.signed($0.change))" }.joined(separator: ", ") + "\n"
        }
        if !result.expectations.isEmpty {
            let held = result.expectations.filter(\.holds).count
            out += "  expectations: \(held) of \(result.expectations.count) hold\n"
        }
        out += "  wrote \(folder)/ (\(files.joined(separator: ", ")))\n"
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
        return clipped + String(repeating: " ", count: max(0, width - clipped.count))
    }

    static func number(_ value: Double?) -> String {
        (value.map { WeightFormat.fixed($0, decimals: 3) } ?? "none").leftPadded(7)
    }

    static func colored(_ text: String, _ change: Double, _ terminal: Terminal) -> String {
        change > 0 ? terminal.styled(text, .green) : change < 0 ? terminal.styled(text, .red) : text
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
