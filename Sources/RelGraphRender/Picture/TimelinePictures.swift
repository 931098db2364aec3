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
    /// told each step before it starts: 0 for the layout, then 1…n for the frames. Every frame
    /// is kept: for a few frames; `Session` makes them one at a time.
    /// - Parameter fit: the width of a report's column to make the frames for (`--width`).
    public static func render(_ model: Model, days: [Day], format: PictureFormat, engine: LayoutEngine, fit: ColumnFit? = nil,
                              sizePolicy: SizePolicy? = nil,
                              progress: (Int, String) -> Void = { _, _ in }) throws(GraphvizError) -> Rendered {
        var session = Session(model, days: days, fit: fit) { _ in sizePolicy }
        progress(0, session.layoutStep)
        let (layout, layoutWarnings) = try session.layout(engine: engine)
        var warnings = layoutWarnings
        var frames: [Frame] = []
        for index in days.indices {
            progress(index + 1, "frame \(session.snapshots[index].day)")
            let frame = try session.frame(index, at: layout, format: format, engine: engine)
            warnings += frame.picture.warnings
            frames.append(frame)
        }
        return Rendered(frames: frames, layout: layout, warnings: warnings.uniqued(), fit: session.fitOutcome(at: layout))
    }

    /// A timeline made a frame at a time, so that only the frame at hand is in memory: the
    /// days' snapshots and the union's picture, one layout, then any frame on demand.
    public struct Session: Sendable {
        public let snapshots: [Snapshot]
        /// Every actor and tie any frame shows.
        public let union: Snapshot
        /// The union's picture; with a fit, magnified and sized by `layout`.
        private(set) var unionSpec: PictureSpec

        /// Names, type and line sizes for a large timeline, decided on the union.
        public let sizePolicy: SizePolicy?
        /// The width of a report's column to make the frames for (`--width`).
        public let fit: ColumnFit?

        /// - Parameter sizePolicy: the policy for the union of every frame (nil: none).
        public init(_ model: Model, days: [Day], fit: ColumnFit? = nil, sizePolicy: (Snapshot) -> SizePolicy? = { _ in nil }) {
            snapshots = days.map { model.snapshot(at: $0).withoutIsolatedActors() }
            union = TimelinePictures.union(snapshots, of: model)
            self.sizePolicy = sizePolicy(union)
            self.fit = fit
            unionSpec = ModelPicture.spec(for: union, options: .init(sizePolicy: self.sizePolicy))
        }

        /// What the progress line says while the layout runs.
        public var layoutStep: String { "layout of \(union.actorIndices.count) actors and \(union.tieIndices.count) ties" }

        /// The one layout every frame is drawn at. With a fit, first the magnification that
        /// makes the frames (the union's nodes on a fixed canvas) print legibly at its width.
        public mutating func layout(engine: LayoutEngine) throws(GraphvizError) -> (Layout, warnings: [String]) {
            if let fit {
                unionSpec.magnification = try fit.fit(unionSpec, pictures: [frameSpec], engine: engine).magnification
                unionSpec.printWidth = fit.width.points
            }
            return try PictureRenderer.layout(unionSpec, engine: engine)
        }

        /// How the frames print at the fit's width (nil without a fit): call after `layout`.
        public func fitOutcome(at layout: Layout) -> ColumnFit.Outcome? {
            fit.map { $0.measure([frameSpec], at: layout, magnification: unionSpec.magnification) }
        }

        /// What a frame's size is measured on: the union on a fixed canvas.
        private var frameSpec: PictureSpec {
            var frame = unionSpec
            frame.fixedCanvas = true
            return frame
        }

        public func frame(_ index: Int, at layout: Layout, format: PictureFormat, engine: LayoutEngine) throws(GraphvizError) -> Frame {
            let snapshot = snapshots[index]
            let picture = try PictureRenderer.render(spec(for: snapshot, within: unionSpec), at: layout, format: format, engine: engine)
            return Frame(day: snapshot.day, picture: picture)
        }

        /// The frame that shows the most (actors and ties; the earliest of equals): the
        /// largest file, near enough, to estimate the whole timeline's size from.
        public var fullestFrame: Int {
            snapshots.indices.max { a, b in
                let (x, y) = (snapshots[a].actorIndices.count + snapshots[a].tieIndices.count,
                              snapshots[b].actorIndices.count + snapshots[b].tieIndices.count)
                return x != y ? x < y : a > b
            } ?? 0
        }
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
