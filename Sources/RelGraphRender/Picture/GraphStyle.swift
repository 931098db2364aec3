import RelGraph

/// How relgraph draws things: one place for every colour, shape and width.
///
/// Colours are Okabe–Ito (safe for colour-blind readers); conflict is also drawn with bar
/// ends (⊣) so cooperation and conflict stay distinct in black-and-white print.
public enum GraphStyle {
    /// Measured by fontconfig for node sizes, and named in the SVG so browsers use it too.
    public static let fontName = "DejaVu Sans"
    /// What the SVG asks for: DejaVu where installed, metric-alike fallbacks elsewhere.
    public static let svgFontStack = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Geneva, sans-serif"
    /// The legend's section titles; fontconfig picks DejaVu Sans Bold for it.
    public static let boldFontName = fontName + " Bold"
    /// Sizes in points: the picture's title, actors' labels, ties' labels, the legend's text.
    public static let titleFontSize = "18"
    public static let actorFontSize = "11"
    public static let tieFontSize = "9"
    public static let legendFontSize = "10"

    public static let cooperativeColor = "#0072b2"
    public static let conflictualColor = "#d55e00"
    public static let neutralColor = "#6b6b6b"
    public static let textColor = "#1a1a1a"
    public static let borderColor = "#404040"

    /// Light fills, in the order groups are declared, so labels stay readable on them.
    public static let groupPalette = [
        "#a6cee3", "#fdbf6f", "#b2df8a", "#fb9a99", "#cab2d6",
        "#ffff99", "#8dd3c7", "#fccde5", "#d9d9d9", "#ccebc5",
    ]
    public static let ungroupedFill = "#ffffff"

    /// Every kind is a box holding its name, told apart by its outline's decoration: a plain
    /// box for a state, rounded corners for an organisation, a folder for a bloc, a component
    /// symbol (two bars on its left side) for a person, a double border for a force, a 3-D box
    /// for infrastructure, an arrow for a corridor, a folded note for anything else. A box
    /// holds its name in less room than an ellipse or a hexagon, so names print larger at a
    /// given width; and Graphviz's tie router works round each actor's outline as a polygon —
    /// 4 corners for every one of these, 8 for an ellipse, 19 for a cylinder, 120 for an egg —
    /// with a time that grows with the square of all corners (`TieRouting`, whose budget
    /// assumes four): on the default model boxes cut routing from 1.9 s to 0.47 s
    /// (docs/pictures.md).
    public static func shape(for kind: ActorKind) -> DOTGraph.Attributes {
        switch kind {
        case .state: return [("shape", "box")]
        case .organization: return [("shape", "box"), ("style", "rounded,filled")]
        case .bloc: return [("shape", "folder")]
        case .person: return [("shape", "component")]
        case .force: return [("shape", "box"), ("peripheries", "2")]
        case .infrastructure: return [("shape", "box3d")]
        case .corridor: return [("shape", "cds")]
        case .other: return [("shape", "note")]
        }
    }

    public static func color(forWeight weight: Double) -> String {
        weight > 0 ? cooperativeColor : weight < 0 ? conflictualColor : neutralColor
    }

    /// Width grows with strength: 0.6 pt for a faint tie, 3.6 pt for ±1.
    public static func penWidth(forWeight weight: Double) -> String {
        WeightFormat.fixed(0.6 + 3.0 * min(1, abs(weight)), decimals: 2)
    }

    /// Direction and ends: arrows for directed cooperation, bars (tee) wherever conflict lands.
    public static func ends(directed: Bool, weight: Double) -> DOTGraph.Attributes {
        let end = weight < 0 ? "tee" : "normal"
        if directed { return [("dir", "forward"), ("arrowhead", end)] }
        return weight < 0 ? [("dir", "both"), ("arrowhead", "tee"), ("arrowtail", "tee")] : [("dir", "none")]
    }

    public static func lineStyle(for confidence: Confidence) -> String? {
        confidence == .low ? "dashed" : nil
    }

    /// Dotted for a tie that rests on an assumption (`basis: assumption`, no source), so that
    /// what the evidence does not say stays visible; dashed for low confidence; else solid.
    public static func lineStyle(for tie: Tie) -> String? {
        tie.isAssumption ? assumptionStyle : lineStyle(for: tie.confidence)
    }

    public static let assumptionStyle = "dotted"

    /// The legend's entry for assumption ties, in pictures that draw one.
    public static let assumptionLegendItem = Legend.Item(
        "assumption (no source)",
        .edge([("color", neutralColor), ("penwidth", "1.5"), ("dir", "none"), ("style", assumptionStyle)]))

    /// Fill colour for each group id, explicit colours first, then the palette in order.
    public static func groupFills(_ groups: [Group]) -> [String: String] {
        var fills: [String: String] = [:]
        var next = 0
        for group in groups {
            if let color = group.color {
                fills[group.id] = color
            } else {
                fills[group.id] = groupPalette[next % groupPalette.count]
                next += 1
            }
        }
        return fills
    }
}
