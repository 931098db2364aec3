import Foundation
import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

@Suite("Timeline pictures: one layout, a frame per date")
struct TimelinePicturesTests {
    static let days = ["2020", "2021", "2022", "2023", "2024", "2025"].map { PartialDate(parsing: $0)!.firstDay }

    func frames() throws -> TimelinePictures.Rendered {
        try TimelinePictures.render(try Fixture.model("caucasus-mini.yaml"), days: Self.days, format: .svg, engine: .neato)
    }

    @Test("every actor and tie sits at exactly the same place in every frame that shows it")
    func samePositions() throws {
        let rendered = try frames()
        #expect(rendered.frames.map(\.day) == Self.days)
        let drawn = try rendered.frames.map { try drawnPositions($0.picture.bytes) }
        #expect(Set(drawn.map(\.viewBox)).count == 1, "one canvas size for all frames")
        let first = drawn[1], last = drawn[5]
        let shared = Set(first.nodes.keys).intersection(last.nodes.keys).filter { $0.hasPrefix("actor-") }
        #expect(shared == ["actor-Azerbaijan", "actor-Armenia", "actor-Russia", "actor-Turkiye"])
        for id in shared {
            let places = Set(drawn.compactMap { $0.nodes[id] })
            #expect(places.count == 1, "\(id): \(places)")
        }
        // The Azerbaijan–Türkiye alliance (tie 0) holds throughout: one geometry in all frames.
        #expect(Set(drawn.compactMap { $0.edges["tie-0"] }).count == 1)
        #expect(drawn.allSatisfy { $0.edges["tie-0"] != nil })
    }

    @Test("an actor appears only in the frames of its dates (peacekeepers: Nov 2020 – Apr 2024)")
    func appearance() throws {
        let drawn = try frames().frames.map { try drawnPositions($0.picture.bytes) }
        let shown = drawn.map { $0.nodes["actor-Russia-peacekeepers"] != nil }
        #expect(shown == [false, true, true, true, true, false])
        // Its deployment tie (tie 6) likewise; the Armenia–Azerbaijan war (until 2025-07) is in every frame.
        #expect(drawn.map { $0.edges["tie-6"] != nil } == [false, true, true, true, true, false])
        #expect(drawn.allSatisfy { $0.edges["tie-3"] != nil })
        // Each frame says its own date in its title.
        let svg = String(decoding: try frames().frames[2].picture.bytes, as: UTF8.self)
        #expect(svg.contains(">as of 2022&#45;01&#45;01</text>"))
    }

    @Test("timeline.html: every frame inline, no external resources, model text escaped")
    func page() throws {
        let rendered = try frames()
        let html = TimelinePage.html(title: "Mini <timeline> & co", subtitle: "6 frames",
                                     frames: rendered.frames.map { TimelinePage.Frame(day: $0.day, svg: $0.picture.bytes) })
        #expect(html.components(separatedBy: "<svg").count - 1 == 6)
        #expect(html.components(separatedBy: "<figure class=\"frame").count - 1 == 6)
        #expect(html.components(separatedBy: "<figure").count == html.components(separatedBy: "</figure>").count)
        #expect(html.contains("<title>Mini &lt;timeline&gt; &amp; co</title>"))
        #expect(!html.contains("<timeline>"))
        #expect(html.contains("<input id=\"slider\" type=\"range\" min=\"0\" max=\"5\""))
        #expect(html.contains("data-date=\"2020-01-01\"") && html.contains("data-date=\"2025-01-01\""))
        for external in ["src=", "<script src", "<link", "@import", "url(http"] { #expect(!html.contains(external), "\(external)") }
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        #expect(!html.contains("<?xml"))
        let ids = html.matches(of: try Regex(#" id="([^"]+)""#)).compactMap { $0.output[1].substring.map(String.init) }
        #expect(Set(ids).count == ids.count, "inline frames must not share ids")
    }

    @Test("a session draws the frames one at a time, the same bytes as the whole; the fullest frame is found first (issue 17 item 14)")
    func session() throws {
        let model = try Fixture.model("caucasus-mini.yaml")
        let whole = try frames()
        var session = TimelinePictures.Session(model, days: Self.days)
        let (layout, _) = try session.layout(engine: .neato)
        for index in Self.days.indices {
            #expect(try session.frame(index, at: layout, format: .svg, engine: .neato).picture.bytes == whole.frames[index].picture.bytes)
        }
        let shown = session.snapshots.map { $0.actorIndices.count + $0.tieIndices.count }
        #expect(shown[session.fullestFrame] == shown.max())
        #expect(shown.firstIndex(of: shown.max()!) == session.fullestFrame)
    }

    @Test("a session made for a width: the frames one at a time as the whole makes them, sized to the width, with its outcome")
    func sessionFit() throws {
        let model = try Fixture.model("caucasus-mini.yaml")
        let fit = ColumnFit(width: PrintWidth(parsing: "12cm")!)
        let whole = try TimelinePictures.render(model, days: Self.days, format: .svg, engine: .neato, fit: fit)
        var session = TimelinePictures.Session(model, days: Self.days, fit: fit)
        let (layout, _) = try session.layout(engine: .neato)
        #expect(session.fitOutcome(at: layout) == whole.fit && whole.fit != nil)
        for index in Self.days.indices {
            let bytes = try session.frame(index, at: layout, format: .svg, engine: .neato).picture.bytes
            #expect(bytes == whole.frames[index].picture.bytes)
            #expect(String(decoding: bytes, as: UTF8.self).contains("<svg width=\"340.16pt\""))
        }
        #expect(TimelinePictures.Session(model, days: Self.days).fitOutcome(at: layout) == nil)
    }

    @Test("the page written in pieces: inline frames as in one piece, linked frames as images of their files")
    func pieces() throws {
        let rendered = try frames()
        let frames = rendered.frames.map { TimelinePage.Frame(day: $0.day, svg: $0.picture.bytes) }
        var pieces = TimelinePage.start(title: "Mini", subtitle: "6 frames", frameCount: 6, firstDay: Self.days.first)
        for (index, frame) in frames.enumerated() { pieces += TimelinePage.figure(index, day: frame.day, content: .inline(frame.svg)) }
        #expect(pieces + TimelinePage.end == TimelinePage.html(title: "Mini", subtitle: "6 frames", frames: frames))
        let linked = TimelinePage.figure(1, day: Self.days[1], content: .linked(file: "frame-2021-01-01.svg"))
        #expect(linked == "<figure class=\"frame\" data-date=\"2021-01-01\">\n<figcaption>2021-01-01</figcaption>\n"
            + "<a href=\"frame-2021-01-01.svg\"><img src=\"frame-2021-01-01.svg\" loading=\"lazy\" alt=\"The model as of 2021-01-01\"></a>\n</figure>\n")
        #expect(!linked.contains("<svg"))
    }

    @Test("the size of a timeline, estimated from its fullest frame: inline up to 32 MB of frames, linked beyond")
    func estimate() {
        #expect(TimelinePage.Estimate(frameBytes: 100_000, frameCount: 200) == .init(inline: true, bytes: 40_000_000))
        // 200 frames of 3 MB (a 1,000-actor model): linked, the frames alone.
        #expect(TimelinePage.Estimate(frameBytes: 3 << 20, frameCount: 200) == .init(inline: false, bytes: 600 << 20))
        #expect(TimelinePage.Estimate(frameBytes: Int.max / 2, frameCount: 200) == .init(inline: false, bytes: Int.max))
    }
}
