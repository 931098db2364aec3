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
                      [.strong("Propagation:"), .text(" " + propagationSummary(scenario.propagation))]]
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

        doc.heading(2, "Largest effects")
        let visible = result.pairs.filter { abs($0.change) >= 0.0005 }
        if visible.isEmpty {
            doc.paragraph(.text("No relation changed."))
        } else {
            doc.paragraph(.text("Relations are pairs of actors: every tie between the two, summed and clamped to −1 … +1. "
                + "“Carried by” names the intermediaries through which the balance rule moved the relation, with the sources of the ties that connect them."))
            let rows = visible.prefix(rowsShown).map { pair -> [[ReportDocument.Inline]] in
                [[.text(pairLabel(pair, result))], [.text(weight(pair.before))], [.text(weight(pair.after))],
                 [.text(signedFixed(pair.change))], why(pair, result), sources(pair, result)]
            }
            doc.add(.table(header: ["Relation", "Before", "After", "Change", "Carried by", "Sources"], rows: Array(rows), numeric: [1, 2, 3]))
            if result.pairs.count > rows.count {
                doc.paragraph(.emphasis("\(result.pairs.count - rows.count) smaller changes are listed in effects.json."))
            }
        }

        if !result.emergent.isEmpty {
            doc.heading(3, "Emergent tendencies")
            doc.paragraph(.text("Pairs with no tie whose common neighbours now push them together or apart by at least \(WeightFormat.plain(scenario.propagation.threshold)). "
                + "These are tendencies implied by the model, not cited relations."))
            let rows = result.emergent.prefix(rowsShown).map { pair -> [[ReportDocument.Inline]] in
                [[.text(pairLabel(pair, result))], [.text(signedFixed(pair.change))], why(pair, result), sources(pair, result)]
            }
            doc.add(.table(header: ["Pair", "Tendency", "Carried by", "Sources"], rows: Array(rows), numeric: [1]))
        }

        doc.heading(2, "Actors")
        doc.add(.figure(file: chart.file, caption: chart.caption, svg: chart.svg))
        let moved = result.actorEffects.filter { effect in ActorMetric.allCases.contains { abs(effect.change($0)) > 1e-9 } || effect.before == nil || effect.after == nil }
        let actorRows = moved.prefix(rowsShown).map { effect -> [[ReportDocument.Inline]] in
            [[.text(result.actor(effect.actor)?.label ?? effect.actor)],
             [.text(span(effect.before?.strength, effect.after?.strength))],
             [.text(span(effect.before?.brokerage, effect.after?.brokerage))],
             [.text(span(effect.before?.influence, effect.after?.influence))],
             [.text(span(effect.before.map { Double($0.degree) }, effect.after.map { Double($0.degree) }, decimals: 0))],
             [.text(effect.pairs.filter { abs($0.change) >= 0.0005 }.prefix(3)
                .map { "\(other(in: $0, than: effect.actor, result)) \(signedFixed($0.change))" }.joined(separator: "; "))]]
        }
        if actorRows.isEmpty {
            doc.paragraph(.text("No actor's measures changed."))
        } else {
            doc.add(.table(header: ["Actor", "Net strength", "Brokerage", "Influence", "Degree", "Because of"], rows: Array(actorRows), numeric: [1, 2, 3, 4]))
        }
        doc.paragraph(.text("Net strength: cooperative minus conflictual tie weight. Brokerage: betweenness over cooperative ties (distance 1/w). "
            + "Influence: PageRank (α = 0.85) over cooperative ties."))

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
            let rows = result.expectations.map { outcome -> [[ReportDocument.Inline]] in
                [[.text(outcome.expectation.summary)], [.strong(outcome.holds ? "holds" : "FAILS")], [.text(outcome.detail)], [.text(outcome.expectation.note ?? "")]]
            }
            doc.add(.table(header: ["Expectation", "Result", "Before → after", "Argued by"], rows: rows, numeric: []))
        }

        doc.heading(2, "Assumptions and limits")
        var limits = comparison == nil ? assumptions(scenario.propagation) : [
            "Ties are matched by their two actors, direction and kind; a re-coded kind reads as one tie dropped and another added.",
            "A pair's relation is the sum of its ties (directed ties count for their pair), clamped to −1 … +1.",
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

    static func propagationSummary(_ p: Propagation) -> String {
        p.model == .none ? "none (shocks only)" :
            "structural balance, \(p.steps) step\(p.steps == 1 ? "" : "s"), rate \(WeightFormat.plain(p.rate)), emergent threshold \(WeightFormat.plain(p.threshold))"
    }

    static func assumptions(_ p: Propagation) -> [String] {
        var items = [
            "The model is what its sources say, coded by the rubric in docs/weights.md; a relation is only as good as its citations.",
            "A pair's relation is the sum of its ties (directed ties count for their pair), clamped to −1 … +1.",
            "Shocked ties keep the weight the shock gave them; added ties and actors are hypothetical and cite nothing.",
        ]
        if p.model == .balance {
            items += [
                "Second-order effects follow structural balance (Heider 1946; Cartwright & Harary 1956): each step a tie moves by rate · (1 − w²) · ΔP / n, where ΔP is the change the shock caused in what common neighbours imply (Σ w_ik·w_kj) and n the number of those neighbours.",
                "Only the change the shock caused moves anything: without a shock nothing changes. The rule knows no interests, costs or agency; it says which way balance pushes, not what governments will do.",
                "Emergent tendencies between untied actors are pressures implied by the model, never facts.",
            ]
        }
        return items
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
        for carrier in pair.carriers where abs(carrier.amount) >= 0.0005 {
            parts.append("through \(result.actor(carrier.through)?.label ?? carrier.through) (\(WeightFormat.signed(carrier.amount, decimals: 3)))")
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

    /// "+0.615", "-0.600", "0.000": aligned in tables.
    static func signedFixed(_ value: Double) -> String {
        let text = WeightFormat.fixed(value, decimals: 3)
        return text.hasPrefix("-") || text == "0.000" ? text : "+" + text
    }

    static func span(_ before: Double?, _ after: Double?, decimals: Int = 3) -> String {
        let a = before.map { WeightFormat.fixed($0, decimals: decimals) } ?? "—"
        let b = after.map { WeightFormat.fixed($0, decimals: decimals) } ?? "—"
        return a == b ? a : "\(a) → \(b)"
    }
}
