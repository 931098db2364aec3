import RelGraph

/// One picture per date, every actor at the same place in all of them: a single layout of
/// everything any frame shows (the union of their actors and ties), then each frame rendered
/// at those positions, with what it does not show kept invisible so that every canvas has the
/// same size and the same legend. Flipping through the frames shows only what changed.
public enum TimelinePictures {
    public struct Frame: Sendable {
        public var day: Day
        public var picture: PictureRenderer.Rendered
    }

    public struct Rendered: Sendable {
        public var frames: [Frame]
        public var layout: Layout
        public var warnings: [String]
        /// How the frames print at the width asked for, when one was.
        public var fit: ColumnFit.Outcome?
    }

    /// Lays out the union once, then renders a frame for each day in order. `progress` is
    /// told each step before it starts: 0 for the layout, then 1…n for the frames.
    /// - Parameter fit: the width of a report's column to make the frames for (`--width`).
    public static func render(_ model: Model, days: [Day], format: PictureFormat, engine: LayoutEngine, fit: ColumnFit? = nil,
                              progress: (Int, String) -> Void = { _, _ in }) throws(GraphvizError) -> Rendered {
        let snapshots = days.map { model.snapshot(at: $0).withoutIsolatedActors() }
        let whole = union(snapshots, of: model)
        progress(0, "layout of \(whole.actorIndices.count) actors and \(whole.tieIndices.count) ties")
        var unionSpec = ModelPicture.spec(for: whole)
        if let fit {
            var frame = unionSpec
            frame.fixedCanvas = true
            unionSpec.magnification = try fit.fit(unionSpec, pictures: [frame], engine: engine).magnification
            unionSpec.printWidth = fit.width.points
        }
        let (layout, layoutWarnings) = try PictureRenderer.layout(unionSpec, engine: engine)
        var frames: [Frame] = []
        var warnings = layoutWarnings
        for (index, snapshot) in snapshots.enumerated() {
            progress(index + 1, "frame \(snapshot.day)")
            let picture = try PictureRenderer.render(spec(for: snapshot, within: unionSpec), at: layout, format: format, engine: engine)
            warnings += picture.warnings
            frames.append(Frame(day: snapshot.day, picture: picture))
        }
        var frame = unionSpec
        frame.fixedCanvas = true
        let outcome = fit.map { $0.measure([frame], at: layout, magnification: unionSpec.magnification) }
        return Rendered(frames: frames, layout: layout, warnings: warnings.uniqued(), fit: outcome)
    }

    /// Every actor and tie that any of `snapshots` shows, in model order.
    public static func union(_ snapshots: [Snapshot], of model: Model) -> Snapshot {
        let actors = Set(snapshots.flatMap(\.actorIndices)).sorted()
        let ties = Set(snapshots.flatMap(\.tieIndices)).sorted()
        return Snapshot(model: model, day: snapshots.last?.day ?? model.asOfDay, actorIndices: actors, tieIndices: ties)
    }

    /// One frame: the union's nodes and edges (so the layout fits it exactly), those absent
    /// on the frame's day invisible; the frame's own title, tooltips and links; the union's
    /// legend, so the legend does not jump between frames.
    public static func spec(for snapshot: Snapshot, within union: PictureSpec) -> PictureSpec {
        let own = ModelPicture.spec(for: snapshot)
        var spec = union
        spec.graph.graphAttributes = own.graph.graphAttributes
        spec.tooltips = own.tooltips
        spec.links = own.links
        spec.fixedCanvas = true
        let nodes = Set(own.graph.nodes.map(\.name)), edges = Set(own.graph.edges.map(\.id))
        for index in spec.graph.nodes.indices where !nodes.contains(spec.graph.nodes[index].name) {
            spec.graph.nodes[index].attributes.append(("style", "invis"))
        }
        for index in spec.graph.edges.indices where !edges.contains(spec.graph.edges[index].id) {
            spec.graph.edges[index].attributes.append(("style", "invis"))
        }
        return spec
    }
}
