import RelGraph

/// Before, after and difference pictures of a scenario, laid out once on the union of both
/// graphs and rendered with pinned positions: every actor and tie sits at exactly the same
/// place in all three. Things absent from a view stay in its DOT as invisible, so the three
/// canvases are the same size too.
public enum ScenarioPictures {
    public enum View: String, CaseIterable, Sendable {
        case before, after, diff
    }

    public struct Rendered: Sendable {
        public var pictures: [View: PictureRenderer.Rendered]
        public var layout: Layout
        /// The legend height and width all three views reserve.
        public var legendHeight: Double
        public var legendWidth: Double
        /// Type and ink magnified by this (`ColumnFit`), and the width the pictures are made for.
        public var magnification: Double
        public var printWidth: Double?
        /// How the pictures print at the width asked for, when one was.
        public var fit: ColumnFit.Outcome?

        /// `spec` as these pictures were drawn: magnified, sized, with the same reservation.
        public func matching(_ spec: PictureSpec) -> PictureSpec {
            var spec = spec
            spec.magnification = magnification
            spec.printWidth = printWidth
            spec.legend.minimumHeight = legendHeight
            spec.legend.minimumWidth = legendWidth
            return spec
        }
    }

    /// - Parameter sizePolicy: names, type and line sizes for a large scenario (see `SizePolicy`).
    /// - Parameter fit: the width of a report's column to make the pictures for (`--width`).
    public static func render(_ result: ScenarioResult, format: PictureFormat, engine: LayoutEngine,
                              sizePolicy: SizePolicy? = nil, fit: ColumnFit? = nil) throws(GraphvizError) -> Rendered {
        // Hover text and links are the same in every view: made once, they are most of the work.
        let hover = self.hover(for: result)
        var union = drawing(of: result, view: nil, sizePolicy: sizePolicy)
        let views = View.allCases.map { drawing(of: result, view: $0, sizePolicy: sizePolicy) }
        let magnification = try fit?.fit(union, pictures: views, engine: engine).magnification ?? 1
        union.magnification = magnification
        var legendHeight = 0.0, legendWidth = 0.0
        let (layout, drawn) = try PictureRenderer.render(union: union, pictures: { layout in
            var specs = views.map { view in
                var spec = view
                (spec.tooltips, spec.links) = hover
                spec.magnification = magnification
                spec.printWidth = fit?.width.points
                return spec
            }
            // The same legend reservation everywhere, so the three canvases match exactly.
            legendHeight = specs.map { $0.legend.height(below: layout, magnification: magnification) }.max() ?? 0
            legendWidth = specs.map { $0.legend.width(below: layout, magnification: magnification) }.max() ?? 0
            for index in specs.indices {
                specs[index].legend.minimumHeight = legendHeight
                specs[index].legend.minimumWidth = legendWidth
            }
            return specs
        }, format: format, engine: engine)
        let outcome = fit.map { $0.measure(views, at: layout, magnification: magnification) }
        return Rendered(pictures: Dictionary(uniqueKeysWithValues: zip(View.allCases, drawn)), layout: layout, legendHeight: legendHeight,
                        legendWidth: legendWidth, magnification: magnification, printWidth: fit?.width.points, fit: outcome)
    }

    /// The picture of one view, hover text included; `nil` is the union, laid out for all three.
    public static func spec(for result: ScenarioResult, view: View?, sizePolicy: SizePolicy? = nil) -> PictureSpec {
        var spec = drawing(of: result, view: view, sizePolicy: sizePolicy)
        if view != nil { (spec.tooltips, spec.links) = hover(for: result) }
        return spec
    }

    /// The actors and ties that `drawing` shows: those tied to someone before or after, and
    /// actors the scenario adds. Actors tied to nobody add nothing to the pictures.
    static func shownActors(_ result: ScenarioResult) -> [Actor] {
        let baselineIDs = result.baselineActors
        var tied = Set<String>()
        for effect in result.ties { tied.insert(effect.tie.from); tied.insert(effect.tie.to) }
        return result.actors.filter { tied.contains($0.id) || !baselineIDs.contains($0.id) }
    }

    /// Hover text and links by element id, for every view.
    static func hover(for result: ScenarioResult) -> (tooltips: [String: String], links: [String: String]) {
        let text = TooltipText(result.model)
        let comparing = result.plan.comparison != nil
        var tooltips: [String: String] = [:]
        var links: [String: String] = [:]
        for actor in shownActors(result) {
            var tooltip = text.actor(actor)
            if result.removedActors.contains(actor.id) { tooltip += comparing ? "\nNot in the newer version." : "\nRemoved by the scenario." }
            if !result.baselineActors.contains(actor.id) { tooltip += comparing ? "\nNew in the newer version." : "\nHypothetical: added by the scenario." }
            tooltips[ModelPicture.nodeID(actor.id)] = tooltip
        }
        for effect in result.ties {
            tooltips[effect.id] = tooltip(for: effect, text)
            if let url = text.link(for: effect.tie) { links[effect.id] = url }
        }
        for pair in drawnEmergent(result) {
            tooltips[emergentID(pair)] = "Emergent tendency \(WeightFormat.signed(pair.reportedChange)) between \(pair.first) and \(pair.second)"
                + (pair.uncertainty.map { " (\($0.verdict.words(share: $0.share)))" } ?? "") + ": "
                + "pressure from common neighbours, not a cited relation.\n"
                + pair.carriers.map { "• through \($0.through) (\(WeightFormat.signed($0.amount)))" }.joined(separator: "\n")
        }
        return (tooltips, links)
    }

    static func emergentID(_ pair: PairEffect) -> String { "emergent-\(pair.first)-\(pair.second)" }

    /// The emergent tendencies the difference picture draws: the findings (all, without draws).
    static func drawnEmergent(_ result: ScenarioResult) -> [PairEffect] { result.emergent.filter(\.isFinding) }

    /// What Graphviz draws for one view, without hover text.
    static func drawing(of result: ScenarioResult, view: View?, sizePolicy: SizePolicy? = nil) -> PictureSpec {
        let model = result.model
        let fills = GraphStyle.groupFills(model.groups)
        let caption: String
        switch view {
        case .before? where result.plan.comparison != nil: caption = "before — \(result.plan.comparison!.before)"
        case .after? where result.plan.comparison != nil: caption = "after — \(result.plan.comparison!.after)"
        case .diff? where result.plan.comparison != nil, nil where result.plan.comparison != nil: caption = "difference"
        case .before?: caption = "before — baseline \(result.plan.baseline)"
        case .after?: caption = "after — \(result.scenario.propagation.model == .balance ? "shocks and balance propagation" : "shocks only")"
        case .diff?, nil: caption = "difference — baseline \(result.plan.baseline)"
        }
        var graph = DOTGraph(name: DOTText.label(result.scenario.title))
        graph.graphAttributes = ModelPicture.baseGraphAttributes(title: result.scenario.title, subtitle: caption)
        graph.nodeDefaults = ModelPicture.baseNodeDefaults
        graph.edgeDefaults = ModelPicture.baseEdgeDefaults
        var spec = PictureSpec(graph: graph, legend: Legend(sections: []))
        spec.fixedCanvas = view != nil

        let baselineIDs = result.baselineActors
        let labels = DiffStyle.pairLabels(result)
        for actor in shownActors(result) {
            let removed = result.removedActors.contains(actor.id)
            let added = !baselineIDs.contains(actor.id)
            let fill = actor.group.flatMap { fills[$0] } ?? GraphStyle.ungroupedFill
            var extra: DOTGraph.Attributes = []
            switch view {
            case .before? where added, .after? where removed:
                extra = DiffStyle.invisible
            case .diff? where removed:
                extra = DiffStyle.removedNode
            case .diff? where added, .after? where added:
                extra = DiffStyle.addedNode
            default:
                break
            }
            extra = (sizePolicy?.nodeAttributes(for: actor.id) ?? []) + extra
            spec.graph.nodes.append(ModelPicture.node(for: actor, fill: removed && view == .diff ? DiffStyle.fadedFill : fill, extra: extra))
        }

        for effect in result.ties {
            var tie = effect.tie
            let weight: Double?
            switch view {
            case .before?: weight = effect.before
            case .after?, .diff?: weight = effect.after ?? (view == .diff ? effect.before : nil)
            case nil: weight = effect.before ?? effect.after
            }
            tie.weight = weight ?? tie.weight
            var extra: DOTGraph.Attributes = []
            switch view {
            case nil: break
            case .before?: if effect.before == nil { extra = DiffStyle.invisible }
            case .after?:
                if effect.after == nil { extra = DiffStyle.invisible } else if effect.isHypothetical { extra = DiffStyle.addedEdge }
            case .diff?:
                extra = DiffStyle.diffEdge(effect, label: labels[effect.id])
            }
            extra = (sizePolicy?.edgeAttributes(weight: tie.weight) ?? []) + extra
            spec.graph.edges.append(ModelPicture.edge(for: tie, id: effect.id, label: nil, extra: extra))
        }

        for pair in drawnEmergent(result) {
            var attributes = DiffStyle.emergentEdge(pair.reportedChange)
            if view != .diff { attributes = DiffStyle.invisible + [("dir", "none")] }
            spec.graph.edges.append(DOTGraph.Edge(id: emergentID(pair), tail: pair.first, head: pair.second, attributes))
        }

        if let view { spec.legend = view == .diff ? DiffStyle.legend(for: result) : ModelPicture.legend(for: result, view: view) }
        return spec
    }

    static func tooltip(for effect: TieEffect, _ text: TooltipText) -> String {
        var text = effect.isHypothetical
            ? "\(effect.tie.from) \(effect.tie.directed ? "→" : "—") \(effect.tie.to): \(effect.tie.kind.rawValue) (hypothetical, added by the scenario; no citation)"
            : text.tie(effect.tie)
        let before = effect.before.map { WeightFormat.signed($0) } ?? "none"
        let after = effect.after.map { WeightFormat.signed($0) } ?? "none"
        text += "\nScenario: \(effect.status.rawValue), \(before) → \(after)"
        return text
    }
}

/// How the difference picture marks what changed.
enum DiffStyle {
    static let addedColor = "#cc79a7"
    static let fadedColor = "#b0b0b0"
    static let fadedFill = "#f0f0f0"
    static let unchangedColor = "#cfcfcf"

    static let invisible: DOTGraph.Attributes = [("style", "invis")]
    static let removedNode: DOTGraph.Attributes = [("style", "dashed,filled"), ("color", fadedColor), ("fontcolor", "#8a8a8a")]
    static let addedNode: DOTGraph.Attributes = [("color", addedColor), ("penwidth", "2.5")]
    static let addedEdge: DOTGraph.Attributes = [("color", addedColor), ("style", "bold")]

    /// Propagated changes smaller than this are drawn as unchanged (the data keeps them).
    static let visibleChange = 0.01
    /// Only the largest changes carry an "old → new" label; more would bury the picture.
    static let labelsShown = 15

    /// "old → new" labels of the pairs whose relation changed most (findings only when there
    /// are draws), each on one of the pair's ties (parallel ties would stack their labels): the
    /// pair's relation, as reports give it, not a tie's weight.
    static func pairLabels(_ result: ScenarioResult) -> [String: String] {
        // New and removed pairs are marked by their ties' own style.
        let candidates = result.pairs.filter { $0.isFinding && $0.before != nil && $0.after != nil && abs($0.reportedChange) >= visibleChange }
        let ranked = candidates.sorted { abs($0.reportedChange) > abs($1.reportedChange) || (abs($0.reportedChange) == abs($1.reportedChange) && $0.name < $1.name) }
        let drawn = Dictionary(result.ties.filter { $0.after != nil }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var labels: [String: String] = [:]
        for pair in ranked.prefix(labelsShown) {
            guard let id = pair.tieIDs.first(where: { drawn[$0] != nil }), let after = pair.after else { continue }
            labels[id] = "\(pair.before.map { WeightFormat.signed($0) } ?? "none") → \(WeightFormat.signed(after))"
        }
        return labels
    }

    static func diffEdge(_ effect: TieEffect, label: String?) -> DOTGraph.Attributes {
        if effect.status == .propagated && abs(effect.change) < visibleChange && label == nil {
            return [("color", unchangedColor), ("penwidth", "0.8")]
        }
        switch effect.status {
        case .removed:
            return [("color", fadedColor), ("style", "dashed"), ("penwidth", "1.2")]
        case .added:
            let word = effect.isHypothetical ? "hypothetical" : "new"
            return addedEdge + [("xlabel", "\(word) \(WeightFormat.signed(effect.after ?? 0))"), ("fontcolor", addedColor)]
        case .unchanged where label == nil:
            return [("color", unchangedColor), ("penwidth", "0.8")]
        case .unchanged, .set, .scaled, .propagated, .changed:
            guard let label else { return [] }
            return [("xlabel", label), ("fontcolor", GraphStyle.color(forWeight: effect.after ?? 0))]
        }
    }

    static func emergentEdge(_ tendency: Double) -> DOTGraph.Attributes {
        [("style", "dotted"), ("color", GraphStyle.color(forWeight: tendency)), ("penwidth", "2"), ("dir", "none"),
         ("xlabel", "emergent \(WeightFormat.signed(tendency))"), ("fontcolor", GraphStyle.color(forWeight: tendency))]
    }

    /// The difference picture's legend: an entry for each thing the picture draws.
    static func legend(for result: ScenarioResult) -> Legend {
        let labels = pairLabels(result)
        var items: [Legend.Item] = []
        if !labels.isEmpty {
            items.append(.init("changed relation (old → new)", .edge([("color", GraphStyle.cooperativeColor), ("penwidth", "2"), ("dir", "none")])))
        }
        if result.ties.contains(where: { labels[$0.id] == nil && ($0.status == .unchanged || ($0.status == .propagated && abs($0.change) < visibleChange)) }) {
            items.append(.init("unchanged tie", .edge([("color", unchangedColor), ("penwidth", "0.8"), ("dir", "none")])))
        }
        if result.ties.contains(where: { $0.status == .removed }) || !result.removedActors.isEmpty {
            items.append(.init("removed tie or actor", .edge([("color", fadedColor), ("style", "dashed"), ("penwidth", "1.2"), ("dir", "none")])))
        }
        if result.ties.contains(where: { $0.status == .added }) || result.actors.contains(where: { !result.baselineActors.contains($0.id) }) {
            items.append(.init(result.ties.contains(where: \.isHypothetical) ? "added (hypothetical)" : "added", .edge(addedEdge + [("dir", "none")])))
        }
        if !ScenarioPictures.drawnEmergent(result).isEmpty {
            items.append(.init("emergent tendency", .edge([("style", "dotted"), ("color", GraphStyle.neutralColor), ("penwidth", "2"), ("dir", "none")])))
        }
        if result.ties.contains(where: { ($0.after ?? $0.before ?? 0) < 0 }) {
            items.append(.init("conflict (−)", .edge([("color", GraphStyle.conflictualColor), ("penwidth", "2"), ("dir", "both"), ("arrowhead", "tee"), ("arrowtail", "tee")])))
        }
        if result.ties.contains(where: \.tie.isAssumption) { items.append(GraphStyle.assumptionLegendItem) }
        return Legend(sections: [Legend.Section("Difference", items)])
    }
}

extension ModelPicture {
    /// The ordinary legend for the before and after views of a scenario.
    static func legend(for result: ScenarioResult, view: ScenarioPictures.View) -> Legend {
        let snapshot = result.model.snapshot(at: result.plan.baseline)
        var legend = legend(for: snapshot, colours: ActorColoring.group.fills(for: snapshot).legend)
        if view == .after && result.ties.contains(where: \.isHypothetical) {
            legend.sections[0].items.append(.init("added (hypothetical)", .edge(DiffStyle.addedEdge + [("dir", "none")])))
        }
        return legend
    }
}
