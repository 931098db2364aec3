import Foundation
import Testing
import RelGraph
import RelGraphFormats
@testable import RelGraphRender
import TestSupport

/// Pictures are drawn on graphs built with cgraph's API (`LiveGraph`), never from DOT text;
/// `--format dot` writes the text. These tests hold the two to the same bytes: the text,
/// parsed by Graphviz and drawn, must give exactly the picture relgraph drew.
@Suite("Graphs built with cgraph's API draw exactly what their DOT text draws")
struct LiveGraphTests {
    /// The picture of `spec` at `layout`, by the text route: DOT written, parsed, drawn.
    func drawnFromText(_ spec: PictureSpec, at layout: Layout, engine: LayoutEngine) throws -> [UInt8] {
        let pinned = PictureRenderer.pinnedGraph(spec, at: layout, engine: engine)
        let bytes = try GraphvizEngine.render(pinned.dotText, engine: "nop2", format: .svg).bytes
        return PictureRenderer.finished(bytes, spec, .svg)
    }

    @Test("a model picture, including hostile text: laid out and drawn pinned, as its DOT text draws it", arguments: ["caucasus-mini.yaml", "hostile.yaml", "minimal.yaml"])
    func modelPicture(_ fixture: String) throws {
        let spec = ModelPicture.spec(for: try Fixture.model(fixture).snapshot())
        let drawn = try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes
        // The text route: the layout's graph written as DOT, parsed and laid out by Graphviz,
        // then the pinned picture written as DOT, parsed and drawn.
        let layout = try GraphvizEngine.layout(PictureRenderer.layoutGraph(spec, engine: .neato).dotText, engine: .neato).0
        #expect(firstDifference(drawn, try drawnFromText(spec, at: layout, engine: .neato)) == nil)
        let svg = String(decoding: drawn, as: UTF8.self)
        #expect(svg.contains("id=\"legend\""))
        #expect(drawn.count > 1000)
    }

    @Test("three scenario views drawn one after another on one graph")
    func scenarioViews() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers\n  - add: {between: [Armenia, Turkiye], kind: cooperation, weight: 0.4}")
        let rendered = try ScenarioPictures.render(result, format: .svg, engine: .neato)
        for view in ScenarioPictures.View.allCases {
            var spec = ScenarioPictures.spec(for: result, view: view)
            spec.legend.minimumHeight = rendered.legendHeight
            let expected = try drawnFromText(spec, at: rendered.layout, engine: .neato)
            #expect(firstDifference(rendered.pictures[view]!.bytes, expected) == nil, "\(view)")
        }
        // Views differ (else the test above would prove little).
        #expect(rendered.pictures[.before]!.bytes != rendered.pictures[.after]!.bytes)
    }

    /// The first line where two pictures differ, or nil when they are the same bytes.
    func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String? {
        guard a != b else { return nil }
        let left = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (x, y)) in zip(left, right).enumerated() where x != y { return "line \(index + 1): \(x) ≠ \(y)" }
        return "lengths differ: \(left.count) and \(right.count) lines"
    }

    @Test("values reach cgraph as its DOT parser would store them")
    func parsedValues() {
        #expect(DOTText.parsedValue("plain") == "plain")
        #expect(DOTText.parsedValue("say \"hi\"") == "say \"hi\"")
        #expect(DOTText.parsedValue("a\\b") == "a\\\\b")
        #expect(DOTText.parsedValue("two\nlines") == "two\\nlines")
        #expect(DOTText.parsedValue("left" + DOTText.leftJustifiedLineEnd) == "left\\l")
        #expect(DOTText.parsedValue("bell\u{07}") == "bell")
    }
}
