import ArgumentParser
import RelGraph
import RelGraphRender

/// `relgraph timeline`: the model drawn at a series of dates, one layout for all of them.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw a model at a series of dates, every actor in the same place in every frame.",
        discussion: """
        Writes one SVG per date, frame-YYYY-MM-DD.svg, and timeline.html, a self-contained \
        page that plays them (slider, play/pause, arrow keys; no network access). Frames fall \
        on --from and every --every after it; --to is the last frame even off that grid. \
        The positions come from one layout of everything any frame shows.

        Examples:
          relgraph timeline --from 2020 --to 2025-10 --every 1y
          relgraph timeline my.yaml --from 2023-06 --to 2025-09 --every 3m --out tl/
        """
    )

    static let maximumFrames = 200

    /// A timeline estimated above this many bytes (frames and page) is refused without
    /// `--allow-large`: 200 frames of a 1,000-actor model make over a gigabyte.
    static let largeOutput = 256 << 20

    @Argument(help: ArgumentHelp("The model file (default: the default model).", valueName: "file"), transform: PathArgument.nonEmpty)
    var file: String?

    // Not ModelOptions: its --at means one date, and a timeline has many.
    @Option(name: .long, help: ArgumentHelp("The model file (default: \(DefaultModelPath.description)).", valueName: "model"), transform: PathArgument.nonEmpty)
    var graph: String?

    @Option(help: ArgumentHelp("The first frame's date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String

    @Option(help: ArgumentHelp("The last frame's date.", valueName: "date"))
    var to: String

    @Option(help: ArgumentHelp("Time between frames: Nm (months) or Ny (years), e.g. 6m, 1y.", valueName: "interval"))
    var every: String

    @Option(name: .customLong("out"), help: ArgumentHelp("Folder for the frames and timeline.html (default: out/timeline-<model>).", valueName: "dir"), transform: PathArgument.nonEmpty)
    var folder: String?

    @OptionGroup var overwrite: OverwriteOptions

    @Option(help: "Graphviz layout for the shared layout: dot, neato, fdp, sfdp, circo or twopi.")
    var layout: LayoutEngine = .neato

    @OptionGroup var sizing: WidthOption

    @Flag(name: .customLong("allow-large"), help: "Write the timeline even when it is estimated above 256 MB (its size is said before any frame is written).")
    var allowLarge = false

    @Flag(name: .customLong("no-assumptions"), help: "Leave out the ties that rest on an assumption (basis: assumption) instead of a source, to see what they change.")
    var noAssumptions = false

    func validate() throws {
        guard let first = PartialDate(parsing: from) else { throw ValidationError("--from '\(from)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
        guard let last = PartialDate(parsing: to) else { throw ValidationError("--to '\(to)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
        guard let interval = FrameSchedule.Interval(parsing: every) else {
            if FrameSchedule.Interval.isTooLong(every) {
                let most = FrameSchedule.Interval.maximumMonths
                throw ValidationError("--every '\(every)' is longer than the longest interval, \(most / 12)y (\(most)m)")
            }
            throw ValidationError("--every '\(every)' is not an interval; write a number of months or years, e.g. 6m, 3m, 1y")
        }
        if last.firstDay < first.firstDay { throw ValidationError("--to \(to) is before --from \(from)") }
        let count = FrameSchedule(from: first.firstDay, to: last.firstDay, every: interval).days.count
        if count > Self.maximumFrames {
            throw ValidationError("--from \(from) --to \(to) --every \(every) gives \(count) frames; at most \(Self.maximumFrames): choose a longer --every or a shorter span")
        }
    }

    func run() throws {
        var options = ModelOptions()
        options.graph = graph
        options.noAssumptions = noAssumptions
        let path = try options.modelPath(argument: file)
        let loaded = try options.load(path)
        // validate() has checked all three.
        let schedule = FrameSchedule(from: PartialDate(parsing: from)!.firstDay, to: PartialDate(parsing: to)!.firstDay,
                                     every: FrameSchedule.Interval(parsing: every)!)
        let days = schedule.days
        let destination = PathNames.folder(folder ?? "out/timeline-\(PathNames.stem(path))")
        var session = TimelinePictures.Session(loaded, days: days, fit: sizing.fit) { union in
            SizePolicy.decide(actors: SizePolicy.actorSizes(union), ties: union.tieIndices.count, requested: layout)
        }
        if let note = session.sizePolicy?.note { Terminal.standardError.write("\(path): \(Terminal.standardError.styled("note:", .cyan, .bold)) \(note)\n") }
        let engine = session.sizePolicy?.engine ?? layout

        let progress = Progress(total: days.count + 1)
        let failed = { (error: any Error) -> ExitCode in
            progress.finish()
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("error:", .red, .bold)) \(error)\n")
            return ExitCode.failure
        }
        progress.update(0, session.layoutStep)
        let shared: Layout
        var warnings: [String]
        do { (shared, warnings) = try session.layout(engine: engine) } catch { throw failed(error) }

        // The fullest frame first: its size times the number of frames says, before the
        // others are drawn, how large the timeline will be.
        let probeIndex = session.fullestFrame
        progress.update(probeIndex + 1, "frame \(days[probeIndex])")
        var probe: TimelinePictures.Frame?
        do { probe = try session.frame(probeIndex, at: shared, format: .svg, engine: engine) } catch { throw failed(error) }
        let frameBytes = probe!.picture.bytes.count
        let estimate = TimelinePage.Estimate(frameBytes: frameBytes, frameCount: days.count)
        let inline = estimate.inline
        if estimate.bytes > Self.largeOutput && !allowLarge {
            progress.finish()
            let label = Terminal.standardError.styled("error:", .red, .bold)
            let parts = "\(days.count) frames of about \(Self.megabytes(frameBytes))\(inline ? ", and a page holding them all" : "")"
            let size = "\(session.union.actorIndices.count) actors and \(session.union.tieIndices.count) ties"
            Terminal.standardError.write("\(path): \(label) this timeline would write about \(Self.megabytes(estimate.bytes)) (\(parts); \(size)), "
                + "more than \(Self.megabytes(Self.largeOutput)); nothing was written; pass --allow-large to write it, "
                + "or draw fewer frames (a longer --every, a shorter span)\n")
            throw ExitCode.failure
        }

        // Each frame goes to its file as soon as it is drawn; the page grows with it.
        let batch = OutputBatch(force: overwrite.force)
        let page = try OutputWriter.writing { () throws(OutputFile.WriteError) in try batch.open(PathNames.inside(destination, "timeline.html")) }
        let subtitle = "\(plural(days.count, "frame")) from \(days.first!) to \(days.last!), every \(FrameSchedule.Interval(parsing: every)!)"
        try OutputWriter.writing { () throws(OutputFile.WriteError) in
            try page.append(TimelinePage.start(title: loaded.title, subtitle: subtitle, frameCount: days.count, firstDay: days.first))
        }
        for index in days.indices {
            let frame: TimelinePictures.Frame
            if index == probeIndex, let drawn = probe {
                frame = drawn
                probe = nil
            } else {
                progress.update(index + 1, "frame \(days[index])")
                do { frame = try session.frame(index, at: shared, format: .svg, engine: engine) } catch { throw failed(error) }
            }
            warnings += frame.picture.warnings
            let name = "frame-\(frame.day).svg"
            try OutputWriter.writing { () throws(OutputFile.WriteError) in
                try batch.add(frame.picture.bytes, to: PathNames.inside(destination, name))
                try page.append(TimelinePage.figure(index, day: frame.day, content: inline ? .inline(frame.picture.bytes) : .linked(file: name)))
            }
        }
        progress.finish()
        for warning in warnings.uniqued() {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) Graphviz: \(warning)\n")
        }
        if let warning = WidthOption.warning(session.fitOutcome(at: shared), instead: "draw part of the model with relgraph render --focus <actor> --depth 1") {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) the frames are \(warning)\n")
        }
        try OutputWriter.writing { () throws(OutputFile.WriteError) in
            try page.append(TimelinePage.end)
            try batch.commit()
        }
        let linked = inline ? "" : "; the page links the frames, which are too large to hold in it: keep them beside it"
        Terminal.standardOutput.note("wrote \(destination)/ (\(plural(days.count, "frame")), timeline.html\(linked))\n")
    }

    /// "1.2 GB", "596 MB", "0.4 MB".
    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / Double(1 << 20)
        if mb >= 1024 { return WeightFormat.fixed(mb / 1024, decimals: 1) + " GB" }
        return (mb >= 10 ? String(Int(mb.rounded())) : WeightFormat.fixed(mb, decimals: 1)) + " MB"
    }

    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}
