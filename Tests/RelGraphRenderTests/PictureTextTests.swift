import Foundation
import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

@Suite("Text in pictures: wrapped, never clipped below its documented maximum")
struct PictureTextTests {
    @Test("widths are DejaVu Sans's: digits 0.636 em, 'W' wider than 'i', bold wider, CJK one em")
    func widths() {
        #expect(TextWidth.ems("0123456789") == 6.36)
        #expect(TextWidth.ems("W") > 3 * TextWidth.ems("i"))
        #expect(TextWidth.ems("Azerbaijan", bold: true) > TextWidth.ems("Azerbaijan"))
        #expect(TextWidth.ems("Türkiye") == TextWidth.ems("Turkiye"))
        #expect(TextWidth.ems("中国") == 2)
        #expect(TextWidth.points("ab", size: 10) == 10 * TextWidth.ems("ab"))
    }

    @Test("names wrap into about equal lines at spaces; a short name keeps one line")
    func balanced() {
        #expect(PictureText.lines("Armenia", .actorName) == ["Armenia"])
        #expect(PictureText.lines("Georgian Dream government", .actorName) == ["Georgian Dream", "government"])
        // Filled greedily this would be "International North-South" / "Transport Corridor" at
        // a wider measure; balanced at 10 em it is three lines of similar length.
        let lines = PictureText.lines("International North-South Transport Corridor", .actorName)
        #expect(lines.joined(separator: " ") == "International North-South Transport Corridor")
        #expect(lines.allSatisfy { TextWidth.ems($0) <= PictureText.Measure.actorName.width + 2 })
        let widths = lines.map { TextWidth.ems($0) }
        #expect(widths.max()! - widths.min()! < 4, "\(lines)")
    }

    @Test("line breaks the author wrote stay; a word a little too long keeps a line of its own; a very long one breaks")
    func words() {
        #expect(PictureText.lines("North\nSouth", .actorName) == ["North", "South"])
        #expect(PictureText.lines("Baku-Tbilisi-Ceyhan pipeline", .actorName) == ["Baku-Tbilisi-Ceyhan", "pipeline"])
        let long = String(repeating: "x", count: 60)
        let pieces = PictureText.lines(long, .actorName)
        #expect(pieces.count > 1 && pieces.joined() == long)
        #expect(pieces.allSatisfy { TextWidth.ems($0) <= PictureText.Measure.actorName.width })
    }

    @Test("past the maximum number of lines the text is cut, and the last line says so with an ellipsis")
    func maximum() {
        let text = (1...200).map { "word\($0)" }.joined(separator: " ")
        let lines = PictureText.lines(text, .title)
        #expect(lines.count == PictureText.Measure.title.maxLines)
        #expect(lines.last!.hasSuffix("…") && !TextWrap.isComplete(lines))
        #expect(lines.allSatisfy { TextWidth.ems($0) <= PictureText.Measure.title.width })
        #expect(TextWrap.isComplete(PictureText.lines("The West (US, UK, EU and member states) and Ukraine", .legendEntry)))
        // A 10 MB name costs no more than the lines that can be shown.
        let huge = String(repeating: "0123456789", count: 1_000_000)
        #expect(PictureText.lines(huge, .actorName).count == PictureText.Measure.actorName.maxLines)
    }

    /// A model whose names are long but within the maximums: every name must be drawn whole.
    static let longNames = """
    relgraph: 1
    title: "A model with long names, to check that pictures draw every one of them whole, wrapped over lines"
    as_of: 2025-01-01
    sources:
      - {id: s, title: S, date: 2025}
    groups:
      - {id: west, label: "The West (US, UK, EU and member states) and Ukraine"}
      - {id: east, label: "Russia, its partners in the Collective Security Treaty Organization, and its orbit"}
    actors:
      - {id: A, label: "International North-South Transport Corridor", kind: corridor, group: west}
      - {id: B, label: "Collective Security Treaty Organization", kind: bloc, group: east}
      - {id: C, label: "Karabakh Armenian separatist entity (until 2023)", kind: other, group: east}
      - {id: D, label: "Organization of Islamic Cooperation", kind: organization}
    ties:
      - {between: [A, B], kind: cooperation, weight: 0.5, label: "transit agreement signed in the capital after long talks", cite: [{source: s, quote: q}]}
      - {between: [B, C], kind: hostility, weight: -0.7, cite: [{source: s, quote: q}]}
      - {between: [C, D], kind: cooperation, weight: 0.4, basis: assumption, rationale: "public record"}
    """

    @Test("no name, group, tie label or title is clipped in a picture; each is drawn whole over its lines")
    func nothingClipped() throws {
        let model = try #require(ModelLoader.load(Self.longNames, path: "long.yaml").model)
        let spec = ModelPicture.spec(for: model.snapshot(), options: .init(edgeLabels: true))
        let svg = String(decoding: try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes, as: UTF8.self)
        let texts = try PrintedSVG(Array(svg.utf8)).texts.map(\.text)
        #expect(!texts.contains { $0.hasSuffix("…") || $0.hasSuffix("...") }, "\(texts)")
        let all = texts.joined(separator: " ")
        for name in [model.title, "International North-South Transport Corridor", "Collective Security Treaty Organization",
                     "Karabakh Armenian separatist entity (until 2023)", "The West (US, UK, EU and member states) and Ukraine",
                     "Russia, its partners in the Collective Security Treaty Organization, and its orbit",
                     "transit agreement signed in the capital after long talks"] {
            #expect(all.contains(name), "\(name)")
        }
    }

    @Test("a 2,000-character title wraps to three lines with an ellipsis: the PNG stays a page wide, not 32,767 pixels")
    func longTitle() throws {
        var model = try Fixture.model("caucasus-mini.yaml")
        model.title = String(repeating: "A very long title of a model. ", count: 67)
        let spec = ModelPicture.spec(for: model.snapshot())
        let png = try PictureRenderer.render(spec, format: .png, engine: .neato).bytes
        let pixels = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(pixels < 1200, "\(pixels) pixels wide")
        let texts = try PrintedSVG(try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes).texts
        let title = texts.filter { $0.size == Double(GraphStyle.titleFontSize)! && !$0.text.hasPrefix("as of") }
        #expect(title.count == PictureText.Measure.title.maxLines)
        #expect(title.last?.text.hasSuffix("…") == true)
    }

    @Test("the bar chart is as wide as its longest name needs, and wraps a long name instead of clipping it")
    func chart() throws {
        let short = BarChart.svg(title: "t", bars: [.init(label: "Iran", value: 0.5), .init(label: "Iraq", value: -0.25)])
        let long = BarChart.svg(title: "t", bars: [.init(label: "Russian peacekeepers (Karabakh)", value: 0.5), .init(label: "Iraq", value: -0.25)])
        let longer = BarChart.svg(title: "t", bars: [.init(label: "Russian peacekeepers in Karabakh and the FSB Border Guard Service", value: 0.5)])
        let widths = try [short, long, longer].map { try PrintedSVG($0).viewBoxWidth }
        #expect(widths[0] < widths[1] && widths[1] <= widths[2])
        for (chart, name) in [(long, "Russian peacekeepers (Karabakh)"), (longer, "Russian peacekeepers in Karabakh and the FSB Border Guard Service")] {
            let texts = try PrintedSVG(chart).texts.map(\.text)
            #expect(!texts.contains { $0.hasSuffix("…") })
            #expect(texts.joined(separator: " ").contains(name))
        }
    }
}
