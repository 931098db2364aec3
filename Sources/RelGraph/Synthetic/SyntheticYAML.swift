extension SyntheticModel {
    /// The model as relgraph YAML: one line per source, group, actor and tie (flow style).
    public var yaml: String {
        let p = parameters
        var out = ""
        out.reserveCapacity(200 * (p.ties + p.actors) + 120 * sources.count + 1024)
        out += "# A synthetic relgraph model: relgraph generate --actors \(p.actors) --ties \(p.ties) --seed \(p.seed)"
        out += p.periods > 1 ? " --periods \(p.periods)\n" : "\n"
        out += "# Invented actors and sources with the shape of event data; the structure is described in docs/generate.md.\n"
        out += "relgraph: 1\n"
        out += "title: \"Synthetic model: \(p.actors) actors, \(p.ties) ties (seed \(p.seed))\"\n"
        let last = Self.period(p.periods - 1)
        out += "as_of: \(last.year)-\(twoDigits(last.month))-01\n"
        out += "description: \"\(blocCount) blocs, friendly inside and hostile between with some frustration; "
        out += "heavy-tailed degrees by preferential attachment. Generated, not observed.\"\n"

        out += "sources:\n"
        let sourceWidth = String(sources.count).count
        for (index, source) in sources.enumerated() {
            let id = sourceID(index, width: sourceWidth)
            out += "  - {id: \(id), title: \"Synthetic report \(index + 1)\", outlet: \"\(SyntheticSource.outlets[source.outlet])\", "
            out += "date: \(source.year)-\(twoDigits(source.month)), grade: \(source.grade)"
            if source.hasURL { out += ", url: \"https://example.org/synthetic/\(id)\"" }
            out += "}\n"
        }

        out += "groups:\n"
        let groupWidth = String(blocCount).count
        for bloc in 0 ..< blocCount {
            out += "  - {id: \(groupID(bloc, width: groupWidth)), label: \"\(names.name(bloc)) bloc\"}\n"
        }

        out += "actors:\n"
        for (index, actor) in actors.enumerated() {
            out += "  - {id: \(names.name(index)), kind: \(actor.kind.rawValue)"
            if actor.grouped { out += ", group: \(groupID(actor.bloc, width: groupWidth))" }
            if let since = actor.since { out += ", since: \(since)" }
            if let until = actor.until { out += ", until: \(until)" }
            out += "}\n"
        }

        out += "ties:\n"
        for (index, base) in ties.enumerated() {
            // A tie with later records: one record per period span, each ending the month before the next begins.
            let records = [(period: 0, hundredths: base.hundredths)] + changes[index]
            for (r, record) in records.enumerated() {
                var tie = base
                tie.hundredths = record.hundredths
                if r > 0 { tie.since = Self.monthSince(record.period) }
                if let k = startPeriod[index] { tie.since = Self.monthSince(k) }
                var untilMonth: (year: Int, month: Int)?
                if r + 1 < records.count { untilMonth = Self.period(records[r + 1].period - 1) }
                if let k = endPeriod[index] { untilMonth = Self.period(k - 1) }
                write(tie, until: untilMonth, into: &out, sourceWidth: sourceWidth)
            }
        }
        return out
    }

    func write(_ tie: SyntheticTie, until untilMonth: (year: Int, month: Int)?, into out: inout String, sourceWidth: Int) {
        let from = names.name(tie.from), to = names.name(tie.to)
        out += tie.directed ? "  - {from: \(from), to: \(to)" : "  - {between: [\(from), \(to)]"
        out += ", kind: \(tie.kind.rawValue), weight: \(weight(tie.hundredths))"
        if let since = tie.since {
            out += ", since: \(since.year)"
            if let month = since.month { out += "-" + twoDigits(month) }
        }
        if let untilMonth {
            out += ", until: \(untilMonth.year)-\(twoDigits(untilMonth.month))"
        } else if let until = tie.until {
            out += ", until: \(until)"
        }
        if let confidence = tie.confidence { out += ", confidence: \(confidence.rawValue)" }
        out += ", cite: ["
        for (position, citation) in tie.citations.enumerated() {
            if position > 0 { out += ", " }
            out += "{source: \(sourceID(citation.source, width: sourceWidth)), quote: \"\(SyntheticTie.quote(tie.kind, from, to))\""
            if let paragraph = citation.paragraph { out += ", at: \"paragraph \(paragraph)\"" }
            out += "}"
        }
        out += "]}\n"
    }

    /// Period k's first month as a tie's `since`.
    static func monthSince(_ k: Int) -> (year: Int, month: Int?) {
        let first = period(k)
        return (first.year, first.month)
    }

    func sourceID(_ index: Int, width: Int) -> String { "src-" + padded(index + 1, width) }
    func groupID(_ bloc: Int, width: Int) -> String { "bloc-" + padded(bloc + 1, width) }

    /// "0.62", "-0.05": hundredths written exactly, no floating point involved.
    func weight(_ hundredths: Int) -> String {
        (hundredths < 0 ? "-" : "") + "0." + twoDigits(abs(hundredths))
    }

    func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
