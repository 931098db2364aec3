import RelGraph

/// Turns a model as of one day into a picture: nodes shaped by kind and filled by group,
/// edges coloured and sized by weight, tooltips with every citation.
public enum ModelPicture {
    public struct Options: Sendable {
        /// Write each tie's `label` on its edge (cluttered for large models; tooltips always have it).
        public var edgeLabels = false
        /// Replaces the model's title in the graph label.
        public var title: String?
        /// Fill actors by the model's groups or by the blocs the caller found.
        public var coloring: ActorColoring
        /// Names, type and line sizes for large graphs (`SizePolicy.decide`); nil draws everything in full.
        public var sizePolicy: SizePolicy?
        public init(edgeLabels: Bool = false, title: String? = nil, coloring: ActorColoring = .group, sizePolicy: SizePolicy? = nil) {
            self.edgeLabels = edgeLabels
            self.title = title
            self.coloring = coloring
            self.sizePolicy = sizePolicy
        }
    }

    public static func spec(for snapshot: Snapshot, options: Options = Options()) -> PictureSpec {
        let model = snapshot.model
        let (fills, colours) = options.coloring.fills(for: snapshot)
        var graph = DOTGraph(name: DOTText.label(model.title))
        graph.graphAttributes = baseGraphAttributes(title: options.title ?? model.title, subtitle: "as of \(snapshot.day)")
        graph.nodeDefaults = baseNodeDefaults
        graph.edgeDefaults = baseEdgeDefaults

        var spec = PictureSpec(graph: graph, legend: Legend(sections: []))
        for actor in snapshot.actors {
            spec.graph.nodes.append(node(for: actor, fill: fills[actor.id] ?? GraphStyle.ungroupedFill,
                                         extra: options.sizePolicy?.nodeAttributes(for: actor.id) ?? []))
        }
        for index in snapshot.tieIndices {
            let tie = model.ties[index]
            spec.graph.edges.append(edge(for: tie, id: edgeID(index), label: options.edgeLabels ? tie.label : nil,
                                         extra: options.sizePolicy?.edgeAttributes(weight: tie.weight) ?? []))
        }
        spec.legend = legend(for: snapshot, colours: colours)
        spec.hoverText = hoverText(for: snapshot)
        return spec
    }

    /// Every node's and edge's hover text, and the links of ties whose source has an address.
    public static func hoverText(for snapshot: Snapshot) -> HoverText {
        let model = snapshot.model
        let tooltips = TooltipText(model)
        var text = HoverText()
        for actor in snapshot.actors {
            text.tooltips[nodeID(actor.id)] = tooltips.actor(actor)
        }
        for index in snapshot.tieIndices {
            let tie = model.ties[index]
            let id = edgeID(index)
            text.tooltips[id] = tooltips.tie(tie)
            if let url = tooltips.link(for: tie) { text.links[id] = url }
        }
        return text
    }

    // MARK: - Pieces shared with scenario pictures

    public static func nodeID(_ actor: String) -> String { "actor-\(actor)" }
    public static func edgeID(_ tieIndex: Int) -> String { "tie-\(tieIndex)" }

    public static func baseGraphAttributes(title: String, subtitle: String) -> DOTGraph.Attributes {
        [
            ("label", DOTText.label(PictureText.wrapped(title, .title) + "\n" + PictureText.wrapped(subtitle, .subtitle))),
            ("labelloc", "t"), ("fontsize", GraphStyle.titleFontSize),
            ("fontname", GraphStyle.fontName), ("fontcolor", GraphStyle.textColor),
            ("bgcolor", "white"), ("pad", "0.3"), ("outputorder", "edgesfirst"),
        ]
    }

    public static let baseNodeDefaults: DOTGraph.Attributes = [
        ("fontname", GraphStyle.fontName), ("fontsize", GraphStyle.actorFontSize), ("fontcolor", GraphStyle.textColor),
        ("style", "filled"), ("color", GraphStyle.borderColor), ("penwidth", "0.8"), ("margin", "0.06,0.03"),
    ]

    public static let baseEdgeDefaults: DOTGraph.Attributes = [
        ("fontname", GraphStyle.fontName), ("fontsize", GraphStyle.tieFontSize), ("fontcolor", "#444444"), ("arrowsize", "0.6"),
    ]

    public static func node(for actor: Actor, fill: String, extra: DOTGraph.Attributes = []) -> DOTGraph.Node {
        var attributes: DOTGraph.Attributes = [("id", nodeID(actor.id)), ("label", DOTText.label(PictureText.wrapped(actor.label, .actorName))), ("fillcolor", fill)]
        attributes += GraphStyle.shape(for: actor.kind)
        return DOTGraph.Node(actor.id, attributes + extra)
    }

    public static func edge(for tie: Tie, id: String, label: String?, extra: DOTGraph.Attributes = []) -> DOTGraph.Edge {
        var attributes: DOTGraph.Attributes = [
            ("color", GraphStyle.color(forWeight: tie.weight)),
            ("penwidth", GraphStyle.penWidth(forWeight: tie.weight)),
        ]
        attributes += GraphStyle.ends(directed: tie.directed, weight: tie.weight)
        if let style = GraphStyle.lineStyle(for: tie) { attributes.append(("style", style)) }
        if let label { attributes.append(("label", DOTText.label(PictureText.wrapped(label, .tieLabel)))) }
        return DOTGraph.Edge(id: id, tail: tie.from, head: tie.to, attributes + extra)
    }

    static func legend(for snapshot: Snapshot, colours: Legend.Section) -> Legend {
        let ties = snapshot.ties
        var tieItems: [Legend.Item] = [
            .init("cooperation (+)", .edge([("color", GraphStyle.cooperativeColor), ("penwidth", "2"), ("dir", "none")])),
            .init("conflict (−), bars at the ends", .edge([("color", GraphStyle.conflictualColor), ("penwidth", "2"),
                                                       ("dir", "both"), ("arrowhead", "tee"), ("arrowtail", "tee"), ("arrowsize", "0.6")])),
            .init("weak tie (±0.3)", .edge([("color", GraphStyle.neutralColor), ("penwidth", GraphStyle.penWidth(forWeight: 0.3)), ("dir", "none")])),
            .init("strong tie (±0.9)", .edge([("color", GraphStyle.neutralColor), ("penwidth", GraphStyle.penWidth(forWeight: 0.9)), ("dir", "none")])),
        ]
        if ties.contains(where: \.directed) {
            tieItems.append(.init("directed (from → to)", .edge([("color", GraphStyle.neutralColor), ("penwidth", "1.5"), ("arrowsize", "0.6")])))
        }
        if ties.contains(where: { $0.confidence == .low && !$0.isAssumption }) {
            tieItems.append(.init("low confidence", .edge([("color", GraphStyle.neutralColor), ("penwidth", "1.5"), ("dir", "none"), ("style", "dashed")])))
        }
        if ties.contains(where: \.isAssumption) { tieItems.append(GraphStyle.assumptionLegendItem) }
        let kinds = Set(snapshot.actors.map(\.kind))
        let kindItems = ActorKind.allCases.filter(kinds.contains).map { kind in
            Legend.Item(kind.rawValue, .node(GraphStyle.shape(for: kind) + [("fillcolor", "#ffffff"), ("style", kind == .organization ? "rounded,filled" : "filled")]))
        }
        return Legend(sections: [Legend.Section("Ties", tieItems), Legend.Section("Actors", kindItems), colours])
    }
}
