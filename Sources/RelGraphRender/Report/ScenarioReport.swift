import RelGraph

/// The report of a scenario: what was supposed, what changed, for whom and why — each
/// effect traced to the intermediaries that carried it and the sources behind their ties.
public enum ScenarioReport {
    public struct Figure: Sendable {
        public var file: String
        public var caption: String
        /// The picture itself when it is SVG (inlined in HTML).
        public var svg: [UInt8]?
        public init(file: String, caption: String, svg: [UInt8]?) {
            self.file = file
            self.caption = caption
            self.svg = svg
        }
    }

    /// Rows shown in the effects and actors tables; everything is in effects.json.
    static let rowsShown = 15

    public static func document(_ result: ScenarioResult, before: Figure, after: Figure, diff: Figure, chart: Figure) -> ReportDocument {
        let scenario = result.scenario
        let model = result.model
        let comparison = result.plan.comparison
        var doc = ReportDocument(title: comparison == nil ? "Scenario: \(scenario.title)" : scenario.title)
        if let description = scenario.description { doc.paragraph(.text(description)) }
        var facts: [[ReportDocument.Inline]] = [[.strong("Model:"), .text(" \(model.title) ("), .code(model.path), .text(")")]]
        if let comparison {
            facts += [[.strong("Before:"), .text(" " + comparison.before)], [.strong("After:"), .text(" " + comparison.after)]]
        } else {
            facts += [[.strong("Baseline:"), .text(" " + result.plan.baseline.description)],
                      [.strong("Propagation:"), .text(" " + scenario.propagation.model.setting(coupling: result.assessment.coupling))],
                      [.strong("Uncertainty:"), .text(" " + uncertaintySummary(result))]]
        }
        for note in result.plan.notes { facts.append([.strong("Note:"), .text(" " + note)]) }
        doc.add(.bullets(facts))

        if comparison == nil {
            doc.heading(2, "Shocks")
            doc.add(.numbered(scenario.shocks.map { [.text($0.summary)] }))
        }
        if !scenario.citations.isEmpty {
            doc.heading(3, "Why this scenario")
            for citation in scenario.citations {
                doc.add(.quote([.text(citation.quote)], attribution: attribution(citation, in: model)))
            }
        }

        doc.heading(2, "Pictures")
        doc.paragraph(.text("All three pictures share one layout: every actor and tie is at the same place in each. "
            + "Hover over an edge in the SVG for its citations."))
        doc.add(.figure(file: before.file, caption: before.caption, svg: before.svg))
        doc.add(.figure(file: after.file, caption: after.caption, svg: after.svg))
        doc.add(.figure(file: diff.file, caption: diff.caption, svg: diff.svg))

        if comparison == nil {
            effects(&doc, result)
        } else {
            changes(&doc, result)
        }

        doc.heading(2, "Actors")
        doc.add(.figure(file: chart.file, caption: chart.caption, svg: chart.svg))
        // Actors whose measures move by what the table can show (two decimals for strength,
        // three for the shares), or that came or went.
        let moved = result.actorEffects.filter { effect in
            abs(effect.change(.strength)) >= 0.005 || abs(effect.change(.brokerage)) >= 0.0005 || abs(effect.change(.influence)) >= 0.0005
                || effect.change(.degree) != 0 || effect.before == nil || effect.after == nil
        }
        let actorRows = moved.prefix(rowsShown).map { effect -> [[ReportDocument.Inline]] in
            [[.text(result.actor(effect.actor)?.label ?? effect.actor)],
             [.text(span(effect.before?.strength, effect.after?.strength))],
             [.text(span(effect.before?.brokerage, effect.after?.brokerage, decimals: 3))],
             [.text(span(effect.before?.influence, effect.after?.influence, decimals: 3))],
             [.text(span(effect.before.map { Double($0.degree) }, effect.after.map { Double($0.degree) }, decimals: 0))],
             [.text(effect.pairs.filter { abs($0.reportedChange) >= 0.005 && $0.isFinding }.prefix(3)
                .map { "\(other(in: $0, than: effect.actor, result)) \(signedFixed($0.reportedChange))" }.joined(separator: "; "))]]
        }
        if actorRows.isEmpty {
            doc.paragraph(.text("No actor's measures changed."))
        } else {
            doc.add(.table(header: ["Actor", "Net strength", "Brokerage", "Influence", "Degree", "Because of"], rows: Array(actorRows), numeric: [1, 2, 3, 4]))
        }
        doc.paragraph(.text("Measures of the central run (coded weights, α = \(WeightFormat.plain(result.assessment.coupling))). "
            + "Net strength: the sum of an actor's relations (cooperative minus conflictual). Brokerage: betweenness over the cooperative parts of relations (distance 1/c). "
            + "Influence: PageRank (damping 0.85) over the same. “Because of” lists robust and likely effects only."))

        doc.heading(2, "The whole graph")
        let b = result.graphBefore, a = result.graphAfter
        doc.add(.table(header: ["Measure", "Before", "After"], rows: [
            [[.text("Actors")], [.text("\(b.actors)")], [.text("\(a.actors)")]],
            [[.text("Related pairs")], [.text("\(b.pairs)")], [.text("\(a.pairs)")]],
            [[.text("Triangles")], [.text("\(b.triangles)")], [.text("\(a.triangles)")]],
            [[.text("Balanced triangles (weighted share)")], [.text(WeightFormat.fixed(b.balance, decimals: 3))], [.text(WeightFormat.fixed(a.balance, decimals: 3))]],
            [[.text("Balanced triangles (share)")], [.text(WeightFormat.fixed(b.unweightedBalance, decimals: 3))], [.text(WeightFormat.fixed(a.unweightedBalance, decimals: 3))]],
            [[.text("Components")], [.text("\(b.components)")], [.text("\(a.components)")]],
            [[.text("Blocs")], [.text("\(b.blocs.count)")], [.text("\(a.blocs.count)")]],
            [[.text("Frustration of the bloc partition")], [.text(WeightFormat.fixed(b.frustration, decimals: 2))], [.text(WeightFormat.fixed(a.frustration, decimals: 2))]],
        ], numeric: [1, 2]))
        if !a.blocs.isEmpty {
            doc.add(.bullets(a.blocs.filter { $0.count > 1 }.prefix(8).map { bloc in
                [.text("Bloc after: " + bloc.map { result.actor($0)?.label ?? $0 }.joined(separator: ", "))]
            }))
        }

        if !result.expectations.isEmpty {
            doc.heading(2, "Expectations")
            doc.paragraph(.text("An expectation holds when its median change is material and its direction holds in at least the share of draws it asks for (80 % unless it says otherwise). "
                + "Direct ones also hold with propagation switched off: they follow from the shocks alone and test the shocks, not the engine."))
            let propagated = result.expectations.filter { $0.direct != true }, direct = result.expectations.filter { $0.direct == true }
            for (title, outcomes) in [("Propagated", propagated), ("Direct (from the shocks alone)", direct)] where !outcomes.isEmpty {
                doc.heading(3, title)
                let rows = outcomes.map { outcome -> [[ReportDocument.Inline]] in
                    [[.text(outcome.expectation.summary)], [.strong(outcome.holds ? "holds" : "FAILS")],
                     [.text(outcome.probability.map { Percent.whole($0) } ?? "—")], [.text(outcome.detail)], [.text(outcome.expectation.note ?? "")]]
                }
                doc.add(.table(header: ["Expectation", "Result", "Share of draws", "Before → after", "Argued by"], rows: rows, numeric: [2]))
            }
        }

        doc.heading(2, "Assumptions and limits")
        var limits = comparison == nil ? assumptions(scenario.propagation) : [
            "Ties are matched by their two actors, direction and kind; a re-coded kind reads as one tie dropped and another added.",
            Relation.summary,
            "The differences are between two codings of the sources, or two dates of one coding; nothing is propagated.",
        ]
        if let sources = result.brokerageSources {
            limits.append("Brokerage is estimated from \(sources) sampled actors of \(result.actors.count), the same before and after (a large graph; docs/scenarios.md); the other measures are exact.")
        }
        doc.add(.bullets(limits.map { [.text($0)] }))

        doc.heading(2, "Sources")
        let used = sourcesInvolved(result)
        if used.isEmpty { doc.paragraph(.text("No cited tie is involved.")) }
        doc.add(.bullets(used.compactMap { model.source($0) }.map(bibliographyEntry)))
        return doc
    }

    // MARK: - Pieces

    static func uncertaintySummary(_ result: ScenarioResult) -> String {
        let a = result.assessment
        var text = ""
        if let draws = a.draws {
            text += "\(draws) draws (seed \(a.seed ?? 0))"
            if let range = a.couplingRange, result.scenario.propagation.model == .balance {
                text += ", α from \(WeightFormat.plain(range.lowerBound)) to \(WeightFormat.plain(range.upperBound))"
            }
            text += "; "
        } else {
            text += "the central run only; "
        }
        return text + "effects below \(WeightFormat.plain(a.materiality, decimals: 3)) are negligible (the smaller of 0.05 and 10 % of the shocks' largest change to a relation, \(WeightFormat.plain(a.shockSize)))"
    }

    static func assumptions(_ p: Propagation) -> [String] {
        var items = [
            "The model is what its sources say, coded by the rubric in docs/weights.md; a relation is only as good as its citations.",
            Relation.summary,
            "Shocked ties keep the weight the shock gave them; added ties and actors are hypothetical and cite nothing.",
            p.model.summary,
        ]
        items += p.model.limits
        items.append("Uncertainty: each draw believes each citation with its source's probability (Admiralty reliability × credibility; an ungraded source counts as C3), "
            + "keeps a tie when one of its sources is believed, spreads its weight by its confidence (σ 0.05, 0.10, 0.15) and draws the coupling; "
            + "a verdict says in what share of draws the effect goes the median's way (robust ≥ 90 %, likely ≥ 70 %). The spreads are documented choices, not estimates.")
        return items
    }

    // MARK: - Effects

    /// The effects of a scenario: findings first, each with its interval, verdict, carriers
    /// and what it rests on; then the uncertain ones; negligible ones only counted.
    static func effects(_ doc: inout ReportDocument, _ result: ScenarioResult) {
        let findings = result.pairs.filter(\.isFinding), uncertain = result.pairs.filter { $0.uncertainty?.verdict == .uncertain }
        doc.heading(2, "Findings")
        doc.paragraph(.text("Relations are pairs of actors; a pair's relation combines all its ties (see Assumptions). "
            + "Before and After are the relation as coded and after the shocks in the central run (coded weights, α = \(WeightFormat.plain(result.assessment.coupling))); "
            + "Change is the median change over the draws, in which sources may be disbelieved and weights vary, and the interval is that of After over the draws; a step is 0.3 on the rubric of docs/weights.md. "
            + "“Carried by” names the intermediaries through which balance pressure moved the relation; “Rests on” the ties whose uncertainty moves it most, and the sources without which it is lost."))
        if findings.isEmpty {
            doc.paragraph(.text("No relation changes robustly or likely."))
        } else {
            doc.add(.table(header: ["Relation", "Before", "After", "Change", "90 % interval", "Verdict", "Carried by", "Rests on"],
                           rows: findings.prefix(rowsShown).map { effectRow($0, result) }, numeric: [1, 2, 3]))
            if findings.count > rowsShown { doc.paragraph(.emphasis("\(findings.count - rowsShown) more findings are listed in effects.json.")) }
        }
        if !uncertain.isEmpty {
            doc.heading(3, "Uncertain effects")
            doc.paragraph(.text("Material median changes whose direction the draws do not settle (under 70 % agree): not findings."))
            doc.add(.table(header: ["Relation", "Before", "After", "Change", "90 % interval", "Verdict", "Carried by", "Rests on"],
                           rows: uncertain.prefix(rowsShown).map { effectRow($0, result) }, numeric: [1, 2, 3]))
        }
        assumptionsRestedOn(&doc, result)
        let negligible = result.pairs.count - findings.count - uncertain.count
        if negligible > 0 {
            doc.paragraph(.emphasis("\(negligible) further relation\(negligible == 1 ? "" : "s") moved by less than the materiality threshold; effects.json lists them."))
        }
        let tendencies = result.emergent.filter { $0.uncertainty?.verdict != .negligible }
        if !tendencies.isEmpty {
            doc.heading(3, "Emergent tendencies")
            doc.paragraph(.text("Pairs with no tie whose common neighbours now push them together or apart: tendencies implied by the model, not cited relations."))
            doc.add(.table(header: ["Pair", "Tendency", "90 % interval", "Verdict", "Carried by", "Rests on"],
                           rows: tendencies.prefix(rowsShown).map { pair in
                               let row = effectRow(pair, result)
                               return [row[0], row[3], row[4], row[5], row[6], row[7]]
                           }, numeric: [1]))
        }
    }

    static func effectRow(_ pair: PairEffect, _ result: ScenarioResult) -> [[ReportDocument.Inline]] {
        let u = pair.uncertainty
        let interval = u.map { pair.after == nil && pair.tendency == nil ? "—" : "\(signedFixed($0.low)) … \(signedFixed($0.high))" } ?? "—"
        return [[.text(pairLabel(pair, result))], [.text(weight(pair.before))], [.text(pair.after == nil && pair.tendency == nil ? "none" : weight(pair.tendency ?? pair.after))],
                [.text(signedFixed(pair.reportedChange) + " (" + RubricSteps.text(pair.reportedChange) + ")")], [.text(interval)],
                [.text(u.map { $0.verdict.words(share: $0.share) } ?? "—")], why(pair, result), restsOn(pair, result)]
    }

    /// The key ties with their sources and grades, and the sources the effect is lost without.
    static func restsOn(_ pair: PairEffect, _ result: ScenarioResult) -> [ReportDocument.Inline] {
        guard let u = pair.uncertainty, u.verdict.isFinding else { return [.text(sourceIDs(pair, result).joined(separator: ", "))] }
        var parts = u.keyTies.map { key -> String in
            let tie = result.ties.first { $0.id == key.tieID }?.tie
            let cited = zip(key.sources, key.grades).map { "\($0) \($1)" }.joined(separator: ", ")
            let basis = cited.isEmpty ? (tie?.isAssumption == true ? TieBasis.assumption.rawValue : "hypothetical") : cited
            return "\(tie?.name(withKind: true) ?? key.tieID) (\(basis); \(Percent.whole(key.influence)) of the spread)"
        }
        if let lost = u.restsOn {
            if lost.isEmpty {
                parts.append(u.sourcesTested.isEmpty ? "no cited source" : "survives leaving out any one of its \(u.sourcesTested.count) source\(u.sourcesTested.count == 1 ? "" : "s")")
            } else {
                let grades = lost.map { id in "\(id) (\(result.model.source(id)?.grade?.description ?? "ungraded"))" }
                parts.append("rests on " + grades.joined(separator: ", ") + ": lost without " + (lost.count == 1 ? "it" : "any one of them"))
            }
        }
        for use in u.assumptions {
            parts.append("assumes \(assumptionName(use.tieID, result))" + (use.lostWithout ? ": lost without it" : ""))
        }
        return [.text(parts.joined(separator: "; "))]
    }

    static func assumptionName(_ tieID: String, _ result: ScenarioResult) -> String {
        result.ties.first { $0.id == tieID }.map { $0.tie.name(withKind: true) } ?? tieID
    }

    /// The assumption ties (no source, `basis: assumption`) the findings are traced through,
    /// each with its rationale and the findings that run through it.
    static func assumptionsRestedOn(_ doc: inout ReportDocument, _ result: ScenarioResult) {
        var order: [String] = []
        var uses: [String: [(PairEffect, Bool)]] = [:]
        for pair in result.pairs.filter(\.isFinding) + result.emergent.filter(\.isFinding) {
            for use in pair.uncertainty?.assumptions ?? [] {
                if uses[use.tieID] == nil { order.append(use.tieID) }
                uses[use.tieID, default: []].append((pair, use.lostWithout))
            }
        }
        guard !order.isEmpty else { return }
        doc.heading(3, "Assumptions the findings rest on")
        doc.paragraph(.text("Ties the model states as assumptions (a matter of record no article cites) that these findings are traced through; "
            + "“lost without it” means the central run without that tie loses the finding's direction or materiality. "
            + "relgraph scenario --no-assumptions runs the scenario without any of them."))
        doc.add(.bullets(order.map { id in
            let rationale = result.ties.first { $0.id == id }?.tie.rationale ?? ""
            let findings = uses[id]!.map { pair, lost in pairLabel(pair, result) + (lost ? " (lost without it)" : "") }
            return [.code(assumptionName(id, result)), .text(": \(rationale) — findings: " + findings.joined(separator: "; "))]
        }))
    }

    /// `relgraph diff`: every changed relation, largest first; nothing propagates there.
    static func changes(_ doc: inout ReportDocument, _ result: ScenarioResult) {
        doc.heading(2, "Largest changes")
        let visible = result.pairs.filter { abs($0.change) >= 0.005 }
        if visible.isEmpty {
            doc.paragraph(.text("No relation changed."))
            return
        }
        doc.paragraph(.text("Relations are pairs of actors; a pair's relation combines all its ties (see Assumptions). A step is 0.3 on the rubric of docs/weights.md."))
        let rows = visible.prefix(rowsShown).map { pair -> [[ReportDocument.Inline]] in
            [[.text(pairLabel(pair, result))], [.text(weight(pair.before))], [.text(weight(pair.after))],
             [.text(signedFixed(pair.change) + " (" + RubricSteps.text(pair.change) + ")")], why(pair, result), sources(pair, result)]
        }
        doc.add(.table(header: ["Relation", "Before", "After", "Change", "Why", "Sources"], rows: Array(rows), numeric: [1, 2, 3]))
        if result.pairs.count > rows.count {
            doc.paragraph(.emphasis("\(result.pairs.count - rows.count) smaller changes are listed in effects.json."))
        }
    }

    static func attribution(_ citation: Citation, in model: Model) -> [ReportDocument.Inline] {
        guard let source = model.source(citation.source) else { return [.text(citation.source)] }
        var inlines: [ReportDocument.Inline] = [.text([source.author, source.outlet].compactMap { $0 }.first.map { $0 + ", " } ?? "")]
        if let url = source.url { inlines.append(.link(source.title, url: url)) } else { inlines.append(.emphasis(source.title)) }
        inlines.append(.text(" (\(source.date))" + (citation.at.map { ", \($0)" } ?? "") + " [\(source.id)]"))
        return inlines
    }

    static func bibliographyEntry(_ source: Source) -> [ReportDocument.Inline] {
        var inlines: [ReportDocument.Inline] = [.code(source.id), .text(" — ")]
        if let author = source.author { inlines.append(.text(author + ", ")) }
        if let url = source.url { inlines.append(.link(source.title, url: url)) } else { inlines.append(.emphasis(source.title)) }
        var rest = ""
        if let outlet = source.outlet { rest += ", \(outlet)" }
        rest += ", \(source.date)"
        if let grade = source.grade { rest += ". Admiralty grade \(grade)" }
        if let note = source.note { rest += ". \(note)" }
        inlines.append(.text(rest))
        return inlines
    }

    static func sourcesInvolved(_ result: ScenarioResult) -> [String] {
        var ids: [String] = result.scenario.citations.map(\.source)
        for pair in (result.pairs.prefix(rowsShown) + result.emergent.prefix(rowsShown)) {
            ids += sourceIDs(pair, result)
        }
        return ids.uniqued().sorted()
    }

    static func sourceIDs(_ pair: PairEffect, _ result: ScenarioResult) -> [String] {
        var ids = pair.carriers.flatMap(\.sources)
        for id in pair.tieIDs { ids += result.ties.first { $0.id == id }?.tie.citations.map(\.source) ?? [] }
        return ids.uniqued()
    }

    static func why(_ pair: PairEffect, _ result: ScenarioResult) -> [ReportDocument.Inline] {
        var parts: [String] = []
        for id in pair.tieIDs {
            guard let effect = result.ties.first(where: { $0.id == id }) else { continue }
            switch effect.status {
            case .removed where result.plan.comparison != nil: parts.append("\(effect.tie.kind.rawValue) tie dropped")
            case .added where result.plan.comparison != nil: parts.append("\(effect.tie.kind.rawValue) tie added")
            case .removed: parts.append("shock: \(effect.tie.kind.rawValue) tie removed")
            case .set, .scaled: parts.append("shock: \(effect.tie.kind.rawValue) tie \(effect.status.rawValue)")
            case .changed: parts.append("\(effect.tie.kind.rawValue) tie re-weighted in the newer model")
            case .added: parts.append("shock: hypothetical \(effect.tie.kind.rawValue) tie added")
            case .propagated, .unchanged: break
            }
        }
        for carrier in pair.carriers where abs(carrier.amount) >= 0.005 {
            parts.append("through \(result.actor(carrier.through)?.label ?? carrier.through) (\(WeightFormat.signed(carrier.amount, decimals: 2)))")
        }
        return [.text(parts.isEmpty ? "—" : parts.joined(separator: "; "))]
    }

    static func sources(_ pair: PairEffect, _ result: ScenarioResult) -> [ReportDocument.Inline] {
        let ids = sourceIDs(pair, result)
        return [.text(ids.isEmpty ? "hypothetical only" : ids.joined(separator: ", "))]
    }

    static func pairLabel(_ pair: PairEffect, _ result: ScenarioResult) -> String {
        "\(result.actor(pair.first)?.label ?? pair.first) — \(result.actor(pair.second)?.label ?? pair.second)"
    }

    static func other(in pair: PairEffect, than actor: String, _ result: ScenarioResult) -> String {
        let id = pair.first == actor ? pair.second : pair.first
        return result.actor(id)?.label ?? id
    }

    static func weight(_ value: Double?) -> String { value.map { signedFixed($0) } ?? "none" }

    /// "+0.62", "-0.60", "0.00": two decimals, aligned in tables (more would be false precision).
    static func signedFixed(_ value: Double) -> String {
        let text = WeightFormat.fixed(value, decimals: 2)
        return text.hasPrefix("-") || text == "0.00" ? text : "+" + text
    }

    static func span(_ before: Double?, _ after: Double?, decimals: Int = 2) -> String {
        let a = before.map { WeightFormat.fixed($0, decimals: decimals) } ?? "—"
        let b = after.map { WeightFormat.fixed($0, decimals: decimals) } ?? "—"
        return a == b ? a : "\(a) → \(b)"
    }
}
