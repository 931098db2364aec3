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
        let destination = PathNames.folder(folder ?? "out/timeline-\(PathNames.stem(path))")

        let progress = Progress(total: schedule.days.count + 1)
        let rendered: TimelinePictures.Rendered
        do {
            rendered = try TimelinePictures.render(loaded, days: schedule.days, format: .svg, engine: layout, fit: sizing.fit) { step, title in
                progress.update(step, title)
            }
        } catch {
            progress.finish()
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("error:", .red, .bold)) \(error)\n")
            throw ExitCode.failure
        }
        progress.finish()
        for warning in rendered.warnings {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) Graphviz: \(warning)\n")
        }

        if let warning = WidthOption.warning(rendered.fit, instead: "draw part of the model with relgraph render --focus <actor> --depth 1") {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) the frames are \(warning)\n")
        }
        let page = TimelinePage.html(
            title: loaded.title,
            subtitle: "\(plural(schedule.days.count, "frame")) from \(schedule.days.first!) to \(schedule.days.last!), every \(FrameSchedule.Interval(parsing: every)!)",
            frames: rendered.frames.map { TimelinePage.Frame(day: $0.day, svg: $0.picture.bytes) })
        let frames = rendered.frames.map { (name: "frame-\($0.day).svg", bytes: $0.picture.bytes) }
        try OutputWriter.write(frames + [("timeline.html", Array(page.utf8))], into: destination, force: overwrite.force)
        Terminal.standardOutput.note("wrote \(destination)/ (\(plural(rendered.frames.count, "frame")), timeline.html)\n")
    }

    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}
