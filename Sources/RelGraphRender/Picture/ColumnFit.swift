import RelGraph

/// Sizes a picture for a column of a report (`--width`): a report scales a picture to its
/// column, so a name set at 11 pt in a picture 1,100 pt wide prints at 4.5 pt in a 16 cm
/// (454 pt) column. The fit makes type and ink larger relative to the layout's spacing
/// (`Magnification`) and lays out again until actors' names print at `actorMinimum` or more
/// and the legend at `legendMinimum` or more, at most `attempts` times. Larger type makes
/// larger nodes, so the picture grows too, but more slowly; when it stops gaining (less than
/// 3 % a step) or would need more than `largestMagnification`, the model is too dense for that
/// width, and the outcome says so (`note`) with the best it reached.
///
/// Trial layouts draw ties straight: node positions do not depend on how ties are drawn, and
/// routing them is most of the cost (`TieRouting`). Each trial aims 2 % above the minimum,
/// because routed ties may bend a little beyond the trial's bounding box.
public struct ColumnFit: Sendable {
    /// Points, as printed: six to seven points is the smallest print that reads on paper.
    public static let actorMinimum = 7.0
    public static let legendMinimum = 6.0
    static let attempts = 6
    /// Beyond three times relgraph's type a picture is a poster, and a model that needs more
    /// is too dense for the width whatever the type.
    static let largestMagnification = 3.0

    public var width: PrintWidth
    public init(width: PrintWidth) { self.width = width }

    /// How a picture prints at `width`.
    public struct Outcome: Sendable, Equatable {
        /// The factor type and ink were magnified by.
        public var magnification: Double
        /// The picture's width in its own units (points before scaling).
        public var canvasWidth: Double
        /// How much a report scales the picture to fit the width.
        public var scale: Double
        /// The smallest actor's name and the legend's text as printed, in points.
        public var actorPoints: Double
        public var legendPoints: Double?
        /// The width asked for.
        public var width: PrintWidth

        public var fits: Bool {
            actorPoints >= ColumnFit.actorMinimum - 1e-6 && (legendPoints ?? ColumnFit.legendMinimum) >= ColumnFit.legendMinimum - 1e-6
        }

        /// One sentence for stderr when the picture does not print legibly at the width.
        public var note: String? {
            guard !fits else { return nil }
            return "too dense to print legibly \(width) wide: the smallest actor name prints at \(WeightFormat.fixed(actorPoints, decimals: 1)) pt "
                + "(\(WeightFormat.plain(ColumnFit.actorMinimum)) pt needed), even with type \(WeightFormat.fixed(magnification, decimals: 1))× as large"
        }
    }

    /// The magnification for `layoutSpec` (the graph laid out) so that every one of
    /// `pictures` (drawn at that layout, their legends included) prints legibly at `width`.
    public func fit(_ layoutSpec: PictureSpec, pictures: [PictureSpec], engine: LayoutEngine) throws(GraphvizError) -> Outcome {
        var magnification = 1.0
        var best: Outcome?
        var previous: Outcome?
        for _ in 0..<Self.attempts {
            var trial = layoutSpec
            trial.magnification = magnification
            let layout = try GraphvizEngine.layout(PictureRenderer.layoutGraph(trial, engine: engine, routed: false), engine: engine).0
            let outcome = measure(pictures, at: layout, magnification: magnification)
            if best.map({ outcome.actorPoints > $0.actorPoints }) ?? true { best = outcome }
            if outcome.actorPoints >= Self.actorMinimum * 1.02 && (outcome.legendPoints ?? Self.legendMinimum) >= Self.legendMinimum * 1.02 {
                return outcome
            }
            // Larger type no longer helps: the layout grows as fast as its text.
            if let previous, outcome.actorPoints < previous.actorPoints * 1.03 { break }
            previous = outcome
            let needed = max(Self.actorMinimum * 1.03 / outcome.actorPoints,
                             outcome.legendPoints.map { Self.legendMinimum * 1.03 / $0 } ?? 1)
            guard magnification < Self.largestMagnification else { break }
            magnification = min(Self.largestMagnification, magnification * max(needed, 1.05))
        }
        return best!
    }

    /// How `pictures`, magnified by `magnification`, print at `width` when drawn at `layout`:
    /// the widest of them sets the scale.
    public func measure(_ pictures: [PictureSpec], at layout: Layout, magnification: Double) -> Outcome {
        var canvas = 0.0
        var actorFont = Double.infinity
        var legendFont: Double?
        for var picture in pictures {
            picture.magnification = magnification
            canvas = max(canvas, PictureRenderer.canvasWidth(picture, at: layout))
            actorFont = min(actorFont, Self.smallestActorFont(picture.graph) * magnification)
            if picture.legend.sections.contains(where: { !$0.items.isEmpty }) {
                legendFont = min(legendFont ?? .infinity, Legend.fontSize * magnification)
            }
        }
        let scale = canvas > 0 ? width.points / canvas : 1
        return Outcome(magnification: magnification, canvasWidth: canvas, scale: scale,
                       actorPoints: (actorFont.isFinite ? actorFont : 0) * scale, legendPoints: legendFont.map { $0 * scale }, width: width)
    }

    /// The smallest type of a named node in `graph` (before magnification).
    static func smallestActorFont(_ graph: DOTGraph) -> Double {
        let standard = graph.nodeDefaults.last { $0.name == "fontsize" }.flatMap { Double($0.value) } ?? 14
        var smallest = Double.infinity
        for node in graph.nodes {
            if node.attributes.contains(where: { $0.name == "label" && $0.value.isEmpty }) { continue }
            if node.attributes.contains(where: { $0.name == "style" && $0.value.contains("invis") }) { continue }
            smallest = min(smallest, node.attributes.last { $0.name == "fontsize" }.flatMap { Double($0.value) } ?? standard)
        }
        return smallest.isFinite ? smallest : standard
    }
}
