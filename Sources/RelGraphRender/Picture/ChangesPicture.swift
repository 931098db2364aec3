import RelGraph

/// The focus picture of a scenario or comparison, `changes.svg`: the shocked actors, the
/// actors whose relations changed as findings (robust or likely, material), and the relations
/// among them, one line per pair, each changed one labelled on the line with `before → after`
/// and its verdict. Made to print in a report's column (`column`): when there are more
/// changes than fit legibly, the strongest are shown and the caption says how many more the
/// table lists.
///
/// Few actors, so the layout is `dot`'s: it places edge labels as part of the layout, where
/// they cannot overlap each other or an actor. No cluster is ever emitted: Graphviz 2.42's
/// `dot` corrupts its heap when a cluster meets labelled edges that end up on one rank.
public enum ChangesPicture {
    /// Why a pair is drawn.
    public enum Role: String, Sendable {
        /// A tie of the pair was removed, set, scaled or added by a shock (or differs between
        /// the two models of a comparison).
        case shocked
        /// Moved by propagation, robustly or likely, by at least materiality.
        case finding
        /// A pair with no tie that common neighbours now push together or apart (a finding).
        case emergent
        /// Any other relation between two shown actors: unlabelled unless it changed materially.
        case context
    }

    /// One line of the picture: a pair of actors and its relation.
    public struct Line: Sendable {
        public var first: String
        public var second: String
        public var before: Double?
        public var after: Double?
        public var role: Role
        /// "+0.30 → +0.12 · robust"; nil for a relation drawn without a label.
        public var label: String?
        /// Every tie of the pair rests on an assumption (no source).
        public var assumption: Bool
        /// A tie of the pair is hypothetical (added by the scenario).
        public var added: Bool
        public var id: String { "change-\(first)-\(second)" }
    }

    /// What the picture shows, and what it leaves to the table.
    public struct Selection: Sendable {
        /// Actor ids, in the order the result lists them.
        public var actors: [String]
        public var lines: [Line]
        /// Shocked pairs and findings the picture had no room for.
        public var omitted: Int
        /// Propagated findings (pairs and emergent tendencies), shown or not.
        public var findings: Int
        /// Pairs moved by propagation that are not findings (uncertain or negligible).
        public var notFindings: Int
    }

    /// The most changes a picture labels before it is too busy to read, whatever the width.
    public static let mostChanges = 12

    /// The column the picture is made for unless `--width` says otherwise: 16 cm, as reports print it.
    public static let column = PrintWidth(parsing: "16cm")!

    // MARK: - Choosing what to show

    /// The pairs a shock touched directly and moved by at least materiality, strongest first.
    /// A shock that barely moves its pair (a small `set` on a pair with stronger ties) leaves
    /// it drawn as unchanged, which it is.
    static func shockedPairs(_ result: ScenarioResult) -> [PairEffect] {
        let direct: Set<TieEffect.Status> = [.removed, .set, .scaled, .added, .changed]
        let shocked = Set(result.ties.filter { direct.contains($0.status) }.map(\.id))
        return result.pairs.filter { pair in
            pair.tieIDs.contains(where: shocked.contains)
                && (pair.uncertainty.map { $0.verdict != .negligible } ?? (abs(pair.change) >= result.assessment.materiality && pair.change != 0))
        }.sorted(by: stronger)
    }

    /// Propagated findings (not touched by a shock), strongest first; emergent ones after.
    static func findingPairs(_ result: ScenarioResult, excluding shocked: [PairEffect]) -> [PairEffect] {
        let names = Set(shocked.map(\.name))
        return result.pairs.filter { $0.isFinding && !names.contains($0.name) && abs($0.reportedChange) > 0 }.sorted(by: stronger)
    }

    static func stronger(_ a: PairEffect, _ b: PairEffect) -> Bool {
        abs(a.reportedChange) != abs(b.reportedChange) ? abs(a.reportedChange) > abs(b.reportedChange) : a.name < b.name
    }

    /// The pairs to show when at most `limit` changes may be: shocked pairs first (they are
    /// what the scenario supposes), then findings, then emergent findings, each strongest first.
    public static func selection(_ result: ScenarioResult, limit: Int = mostChanges) -> Selection {
        let shocked = shockedPairs(result)
        let findings = findingPairs(result, excluding: shocked)
        let emergent = result.emergent.filter(\.isFinding).sorted(by: stronger)
        let ranked = shocked.map { ($0, Role.shocked) } + findings.map { ($0, Role.finding) } + emergent.map { ($0, Role.emergent) }
        let kept = Array(ranked.prefix(max(1, limit)))

        var shown = Set<String>()
        var lines: [Line] = []
        var drawn = Set<String>()
        for (pair, role) in kept {
            shown.insert(pair.first); shown.insert(pair.second)
            lines.append(line(pair, role: role, result))
            drawn.insert(pair.name)
        }
        // The other relations among the shown actors, so the picture shows the triangles
        // the changes ran through.
        let effects = Dictionary(result.pairs.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var contextTies: [String: (first: String, second: String, ties: [TieEffect])] = [:]
        for effect in result.ties where shown.contains(effect.tie.from) && shown.contains(effect.tie.to) && effect.tie.from != effect.tie.to {
            let (a, b) = ordered(effect.tie.from, effect.tie.to, result)
            let name = "\(a)~\(b)"
            if drawn.contains(name) { continue }
            contextTies[name, default: (a, b, [])].ties.append(effect)
        }
        for name in contextTies.keys.sorted() {
            let (a, b, ties) = contextTies[name]!
            if let pair = effects[name] ?? effects["\(b)~\(a)"] {
                lines.append(line(pair, role: .context, result))
            } else {
                let before = Relation(effectiveWeights: ties.compactMap { effect in effect.before.map { effect.tie.kind.pairShare(directed: effect.tie.directed) * $0 } }).value
                lines.append(Line(first: a, second: b, before: before, after: before, role: .context, label: nil,
                                  assumption: ties.allSatisfy(\.tie.isAssumption), added: false))
            }
        }
        let direct: Set<TieEffect.Status> = [.removed, .set, .scaled, .added, .changed]
        let touched = Set(result.ties.filter { direct.contains($0.status) }.map(\.id))
        let propagated = result.pairs.filter { !$0.tieIDs.contains(where: touched.contains) }
        return Selection(actors: result.actors.map(\.id).filter(shown.contains), lines: lines, omitted: ranked.count - kept.count,
                         findings: findings.count + emergent.count, notFindings: propagated.count - findings.count)
    }

    /// A pair's two ends in the order the result lists its actors.
    static func ordered(_ a: String, _ b: String, _ result: ScenarioResult) -> (String, String) {
        let order = Dictionary(result.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return (order[a] ?? 0) <= (order[b] ?? 0) ? (a, b) : (b, a)
    }

    static func line(_ pair: PairEffect, role: Role, _ result: ScenarioResult) -> Line {
        let ties = pair.tieIDs.compactMap { id in result.ties.first { $0.id == id } }
        let comparing = result.plan.comparison != nil
        let verdict = pair.uncertainty?.verdict
        var label: String?
        if role == .emergent {
            label = "emergent \(signed(pair.reportedChange))" + (verdict.map { " · \($0.rawValue)" } ?? "")
        } else if role != .context || (verdict.map { $0 != .negligible } ?? (!comparing && abs(pair.change) >= result.assessment.materiality)) {
            let before = pair.before.map(signed) ?? "none", after = pair.after.map(signed) ?? "none"
            label = "\(before) → \(after)" + (verdict.map { " · \($0.rawValue)" } ?? "")
        }
        return Line(first: pair.first, second: pair.second, before: pair.before, after: role == .emergent ? pair.reportedChange : pair.after,
                    role: role, label: label, assumption: !ties.isEmpty && ties.allSatisfy(\.tie.isAssumption),
                    added: ties.contains(where: \.isHypothetical) || (pair.before == nil && pair.after != nil))
    }

    /// "+0.62", "-0.60", "0.00".
    static func signed(_ value: Double) -> String { ScenarioReport.signedFixed(value) }

    // MARK: - Drawing

    /// The picture of `selection`, laid out top to bottom (`rankdir` TB) or left to right.
    public static func spec(_ result: ScenarioResult, _ selection: Selection, leftToRight: Bool) -> PictureSpec {
        let model = result.model
        let fills = GraphStyle.groupFills(model.groups)
        let comparing = result.plan.comparison != nil
        let subtitle = comparing ? "what changed, \(result.plan.comparison!.before) → \(result.plan.comparison!.after)"
            : selection.findings == 0 ? "the shock; no propagated effect is a finding" : "the shock and its findings (robust or likely)"
        var graph = DOTGraph(name: DOTText.label(result.scenario.title))
        graph.graphAttributes = ModelPicture.baseGraphAttributes(title: result.scenario.title, subtitle: subtitle)
            + [("rankdir", leftToRight ? "LR" : "TB"), ("nodesep", "0.35"), ("ranksep", "0.45")]
        graph.graphAttributes = graph.graphAttributes.map { $0.name == "fontsize" ? ($0.name, titleFontSize) : $0 }
        graph.nodeDefaults = ModelPicture.baseNodeDefaults
        graph.edgeDefaults = ModelPicture.baseEdgeDefaults.map { $0.name == "fontsize" ? ($0.name, labelFontSize) : $0 }
        var spec = PictureSpec(graph: graph, legend: Legend(sections: []))

        let shocked = Set(selection.lines.filter { $0.role == .shocked }.flatMap { [$0.first, $0.second] })
        var tooltips: [String: String] = [:]
        let text = TooltipText(model)
        for id in selection.actors {
            guard let actor = result.actor(id) else { continue }
            let removed = result.removedActors.contains(id), added = !result.baselineActors.contains(id)
            var extra: DOTGraph.Attributes = []
            if removed { extra = DiffStyle.removedNode } else if added { extra = DiffStyle.addedNode } else if shocked.contains(id) && !comparing { extra = shockedNode }
            let fill = removed ? DiffStyle.fadedFill : actor.group.flatMap { fills[$0] } ?? GraphStyle.ungroupedFill
            spec.graph.nodes.append(ModelPicture.node(for: actor, fill: fill, extra: extra, name: actorName))
            tooltips[ModelPicture.nodeID(id)] = text.actor(actor)
                + (removed ? (comparing ? "\nNot in the newer version." : "\nRemoved by the scenario.") : "")
                + (added ? (comparing ? "\nNew in the newer version." : "\nHypothetical: added by the scenario.") : "")
        }
        for line in selection.lines {
            spec.graph.edges.append(DOTGraph.Edge(id: line.id, tail: line.first, head: line.second, attributes(for: line)))
            let names = "\(result.actor(line.first)?.label ?? line.first) — \(result.actor(line.second)?.label ?? line.second)"
            tooltips[line.id] = names + ": " + (line.label ?? "unchanged") + " (\(line.role.rawValue))"
        }
        spec.tooltips = tooltips
        spec.legend = legend(for: selection, result)
        return spec
    }

    /// The title smaller than other pictures' (it is wrapped as theirs is: `PictureText.title`),
    /// so that it does not set the width of a picture of a few actors.
    static let titleFontSize = "14"
    /// Labels on ties a little larger than `GraphStyle.tieFontSize`: at the size actors' names
    /// print at 7 pt, they print at 6.4 pt.
    static let labelFontSize = "10"
    /// Actors' names as in other pictures, with up to six lines instead of four: a picture of
    /// a few actors has room for a long name in full ("The Democratic Republic of Long-Named
    /// Federated Provinces" takes five).
    static let actorName = PictureText.Measure(width: PictureText.Measure.actorName.width, maxLines: 6, balanced: true)
    static let shockedNode: DOTGraph.Attributes = [("penwidth", "2.4"), ("color", GraphStyle.textColor)]

    static func attributes(for line: Line) -> DOTGraph.Attributes {
        let value = line.after ?? line.before ?? 0
        var attributes: DOTGraph.Attributes
        switch line.role {
        case .context where line.label == nil:
            attributes = [("color", DiffStyle.unchangedColor), ("penwidth", "1")]
        case .emergent:
            attributes = [("color", GraphStyle.color(forWeight: value)), ("penwidth", "1.6"), ("style", "dashed")]
        case _ where line.after == nil:
            attributes = [("color", DiffStyle.fadedColor), ("penwidth", "1.4"), ("style", "dashed")]
        case _ where line.added:
            attributes = DiffStyle.addedEdge + [("penwidth", GraphStyle.penWidth(forWeight: value))]
        default:
            attributes = [("color", GraphStyle.color(forWeight: value)), ("penwidth", GraphStyle.penWidth(forWeight: value))]
        }
        if line.assumption && line.role != .emergent { attributes.append(("style", GraphStyle.assumptionStyle)) }
        attributes += value < 0 && line.after != nil && line.role != .emergent
            ? [("dir", "both"), ("arrowhead", "tee"), ("arrowtail", "tee")] : [("dir", "none")]
        if let label = line.label {
            let colour = line.after == nil ? "#6b6b6b" : line.added ? DiffStyle.addedColor : GraphStyle.color(forWeight: value)
            attributes += [("label", DOTText.label(PictureText.wrapped(label, .tieLabel))), ("fontcolor", colour)]
        }
        return attributes
    }

    /// Entries for what the picture draws, and nothing else.
    static func legend(for selection: Selection, _ result: ScenarioResult) -> Legend {
        var items: [Legend.Item] = []
        let lines = selection.lines
        let labelled = lines.filter { $0.label != nil && $0.role != .emergent && $0.after != nil && !$0.added }
        let comparing = result.plan.comparison != nil
        if labelled.contains(where: { ($0.after ?? 0) >= 0 }) {
            items.append(.init("cooperative, changed",
                               .edge([("color", GraphStyle.cooperativeColor), ("penwidth", "2"), ("dir", "none")])))
        }
        if labelled.contains(where: { ($0.after ?? 0) < 0 }) {
            items.append(.init("conflictual, changed", .edge([("color", GraphStyle.conflictualColor), ("penwidth", "2"),
                                                                       ("dir", "both"), ("arrowhead", "tee"), ("arrowtail", "tee")])))
        }
        if lines.contains(where: { $0.role == .context && $0.label == nil }) {
            items.append(.init("unchanged, negligible", .edge([("color", DiffStyle.unchangedColor), ("penwidth", "1"), ("dir", "none")])))
        }
        if lines.contains(where: { $0.after == nil && $0.role != .emergent }) || selection.actors.contains(where: result.removedActors.contains) {
            items.append(.init(comparing ? "gone (newer version)" : "removed by the shock", .edge([("color", DiffStyle.fadedColor), ("style", "dashed"), ("penwidth", "1.4"), ("dir", "none")])))
        }
        if lines.contains(where: { $0.added && $0.after != nil }) || selection.actors.contains(where: { !result.baselineActors.contains($0) }) {
            items.append(.init(comparing ? "new (newer version)" : "added (hypothetical)", .edge(DiffStyle.addedEdge + [("dir", "none")])))
        }
        if lines.contains(where: { $0.role == .emergent }) {
            items.append(.init("emergent (no tie)", .edge([("style", "dashed"), ("color", GraphStyle.neutralColor), ("penwidth", "1.6"), ("dir", "none")])))
        }
        if lines.contains(where: { $0.assumption && $0.role != .emergent }) {
            items.append(GraphStyle.assumptionLegendItem)
        }
        let shocked = Set(lines.filter { $0.role == .shocked }.flatMap { [$0.first, $0.second] })
        if !comparing && selection.actors.contains(where: { shocked.contains($0) && !result.removedActors.contains($0) && result.baselineActors.contains($0) }) {
            items.append(.init("touched by the shock", .node([("shape", "box"), ("style", "filled"), ("fillcolor", "#ffffff")] + shockedNode)))
        }
        return Legend(sections: [Legend.Section("Key", items)])
    }

    // MARK: - Fitting the column

    /// How the picture prints in its column: what it shows, which way it is laid out, and how
    /// `ColumnFit` sized it.
    public struct Fit: Sendable {
        public var selection: Selection
        public var leftToRight: Bool
        /// The magnification, canvas width, scale, and actors' and legend's type as printed.
        public var outcome: ColumnFit.Outcome

        public init(selection: Selection, leftToRight: Bool, outcome: ColumnFit.Outcome) {
            self.selection = selection
            self.leftToRight = leftToRight
            self.outcome = outcome
        }

        /// The changes' labels as printed, in points.
        public var labelPoints: Double { Double(labelFontSize)! * outcome.magnification * outcome.scale }
        /// Actors at `ColumnFit.actorMinimum` or more, the legend and labels at `legendMinimum` or more.
        public var fits: Bool { outcome.fits && labelPoints >= ColumnFit.legendMinimum - 1e-6 }
    }

    /// The largest selection that prints legibly at `width` (`ColumnFit`: type magnified as
    /// far as that helps), in the orientation that prints larger; when even one change does
    /// not, the one that comes closest.
    public static func fit(_ result: ScenarioResult, width: PrintWidth = column) throws(GraphvizError) -> Fit {
        let fitter = ColumnFit(width: width)
        let total = selection(result, limit: .max).lines.filter { $0.role != .context }.count
        var closest: Fit?
        for limit in stride(from: min(max(total, 1), mostChanges), through: 1, by: -1) {
            let chosen = selection(result, limit: limit)
            var better: Fit?
            for leftToRight in [false, true] {
                let spec = spec(result, chosen, leftToRight: leftToRight)
                let fit = Fit(selection: chosen, leftToRight: leftToRight, outcome: try fitter.fit(spec, pictures: [spec], engine: .dot))
                if better.map({ fit.outcome.actorPoints > $0.outcome.actorPoints }) ?? true { better = fit }
            }
            if better!.fits { return better! }
            if closest.map({ better!.outcome.actorPoints > $0.outcome.actorPoints }) ?? true { closest = better }
        }
        return closest!
    }

    /// The picture, laid out and drawn as `fit` found it: made for its width when it is
    /// wider, else at its own size (a picture of three actors is not blown up to 16 cm).
    public static func render(_ result: ScenarioResult, format: PictureFormat, fit: Fit) throws(GraphvizError) -> PictureRenderer.Rendered {
        var spec = spec(result, fit.selection, leftToRight: fit.leftToRight)
        spec.magnification = fit.outcome.magnification
        spec.printWidth = fit.outcome.scale < 1 ? fit.outcome.width.points : nil
        return try PictureRenderer.render(spec, format: format, engine: .dot)
    }

    /// What a report says under the picture.
    public static func caption(_ result: ScenarioResult, _ fit: Fit) -> String {
        let selection = fit.selection
        let comparing = result.plan.comparison != nil
        var text = comparing ? "What changed: each changed relation labelled before → after"
            : "What changed: the shocked actors and the relations the findings (robust or likely) moved, each labelled before → after · verdict"
        if selection.omitted > 0 {
            text += "; the \(selection.lines.filter { $0.role != .context }.count) strongest changes are shown, \(selection.omitted) more \(selection.omitted == 1 ? "is" : "are") in the table"
        }
        if !comparing && selection.findings == 0 {
            text += ". No propagated effect is a finding: the picture shows the shock alone"
            if selection.notFindings > 0 { text += " (\(selection.notFindings) relation\(selection.notFindings == 1 ? "" : "s") moved, each uncertain or below materiality \(WeightFormat.plain(result.assessment.materiality, decimals: 3)))" }
        }
        return text + "."
    }
}
