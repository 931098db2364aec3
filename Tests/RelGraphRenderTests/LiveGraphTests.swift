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

    @Test("a model picture, including hostile text", arguments: ["caucasus-mini.yaml", "hostile.yaml", "minimal.yaml"])
    func modelPicture(_ fixture: String) throws {
        let spec = ModelPicture.spec(for: try Fixture.model(fixture).snapshot())
        let layoutGraph = PictureRenderer.layoutGraph(spec, engine: .neato)
        var overlay: DOTGraph?
        let drawn = try GraphvizEngine.layoutAndDraw(layoutGraph, engine: .neato, format: .svg, overlay: { bounds in
            overlay = PictureRenderer.overlayGraph(spec, below: bounds)
            return overlay!
        })
        // The text route: the same graphs written as DOT, parsed by Graphviz and drawn.
        let picture = try GraphvizEngine.render(layoutGraph.dotText, engine: "neato", format: .svg).bytes
        #expect(firstDifference(drawn.picture, picture) == nil)
        let overlayPicture = try GraphvizEngine.render(try #require(overlay).dotText, engine: "nop2", format: .svg).bytes
        #expect(firstDifference(drawn.overlay, overlayPicture) == nil)
        #expect(drawn.picture.count > 1000)
    }

    @Test("a lone picture, drawn as laid out with its title and legend laid over, is the pinned picture", arguments: ["caucasus-mini.yaml", "hostile.yaml"])
    func lonePictureIsThePinnedPicture(_ fixture: String) throws {
        let spec = ModelPicture.spec(for: try Fixture.model(fixture).snapshot())
        let drawn = String(decoding: try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes, as: UTF8.self)
        let (layout, _) = try PictureRenderer.layout(spec, engine: .neato)
        let pinned = String(decoding: try drawnFromText(spec, at: layout, engine: .neato), as: UTF8.self)
        // The same elements with the same text, every node, edge and legend entry where the
        // pinned picture has it (give or take the 0.01 pt the pinned route rounds to). The
        // order differs: the pinned picture draws every edge, the legend's too, before any
        // node. So may the canvas and the title's centre where the title is wider than the
        // graph: the pinned route centres it over the nodes and legend, this one over the
        // layout's box, which the layout already widened for the title.
        let (drawnParts, pinnedParts) = (Self.elements(of: drawn), Self.elements(of: pinned))
        #expect(drawnParts.keys.sorted() == pinnedParts.keys.sorted())
        #expect(drawnParts.count > 10)
        let number = /-?[0-9]+(?:\.[0-9]+)?/
        for (id, text) in drawnParts {
            let other = try #require(pinnedParts[id])
            #expect(text.replacing(number, with: "#") == other.replacing(number, with: "#"), "\(id)")
            let values = { (text: String) in text.matches(of: number).map { Double(text[$0.range])! } }
            if id == "header" { continue }
            #expect(zip(values(text), values(other)).map { abs($0 - $1) }.max() ?? 0 <= 0.05, "\(id)")
        }
        #expect(drawn.contains("id=\"legend\""))
    }

    /// `render` finishes the laid-out picture on another thread while the overlay is drawn,
    /// then lays the finished overlay over it: that must be what finishing the whole would give.
    @Test("finishing the picture and its overlay apart, then laying one over the other, finishes the whole", arguments: ["caucasus-mini.yaml", "hostile.yaml"])
    func finishedApart(_ fixture: String) throws {
        let spec = ModelPicture.spec(for: try Fixture.model(fixture).snapshot())
        var handedOver: [UInt8]?
        let drawn = try GraphvizEngine.layoutAndDraw(PictureRenderer.layoutGraph(spec, engine: .neato), engine: .neato, format: .svg,
                                                     drawn: { handedOver = $0 }, overlay: { PictureRenderer.overlayGraph(spec, below: $0) })
        #expect(handedOver == drawn.picture)
        let whole = PictureRenderer.finished(SVGOverlay.lay(drawn.overlay, over: drawn.picture), spec, .svg)
        let apart = SVGOverlay.lay(PictureRenderer.finished(drawn.overlay, spec, .svg), over: PictureRenderer.finished(drawn.picture, spec, .svg))
        #expect(firstDifference(apart, whole) == nil)
        #expect(String(decoding: whole, as: UTF8.self).contains("id=\"legend\""))
        #expect(try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes == whole)
    }

    /// `render` makes the hover text on another core while the picture is laid out.
    @Test("hover text made apart while the picture is laid out gives the picture with it made first", arguments: ["caucasus-mini.yaml", "hostile.yaml"])
    func hoverTextApart(_ fixture: String) throws {
        let snapshot = try Fixture.model(fixture).snapshot()
        let whole = try PictureRenderer.render(ModelPicture.spec(for: snapshot), format: .svg, engine: .neato).bytes
        let bare = ModelPicture.spec(for: snapshot, options: .init(hoverText: false))
        #expect(bare.tooltips.isEmpty && bare.links.isEmpty)
        let apart = try PictureRenderer.render(bare, format: .svg, engine: .neato, hoverText: { ModelPicture.hoverText(for: snapshot) }).bytes
        #expect(firstDifference(apart, whole) == nil)
        let tie = try #require(snapshot.tieIndices.first.map { snapshot.model.ties[$0] })
        let firstQuote = try #require(tie.citations.first?.quote)
        #expect(String(decoding: apart, as: UTF8.self).contains(XMLText.escaped(String(firstQuote.prefix(20)))))
        // A picture on a fixed canvas takes the pinned route: the hover text is made first there.
        var fixed = bare
        fixed.fixedCanvas = true
        let pinned = try PictureRenderer.render(fixed, format: .svg, engine: .neato, hoverText: { ModelPicture.hoverText(for: snapshot) }).bytes
        #expect(String(decoding: pinned, as: UTF8.self).contains(XMLText.escaped(String(firstQuote.prefix(20)))))
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

    @Test("a layout reports where it put the title, read back or taken from the laid-out graph alike")
    func titlePosition() throws {
        let spec = ModelPicture.spec(for: try Fixture.model("caucasus-mini.yaml").snapshot())
        let (layout, _) = try PictureRenderer.layout(spec, engine: .neato)
        var bounds: Layout?
        _ = try GraphvizEngine.layoutAndDraw(PictureRenderer.layoutGraph(spec, engine: .neato), engine: .neato, format: .svg) { laidOut in
            bounds = laidOut
            return PictureRenderer.overlayGraph(spec, below: laidOut)
        }
        let read = try #require(layout.graphLabel), taken = try #require(bounds?.graphLabel)
        // Read back as text the position is rounded to 0.01 pt.
        #expect(abs(read.x - taken.x) < 0.01 && abs(read.y - taken.y) < 0.01)
        #expect(read.y > layout.lowerLeft.y + layout.height / 2)
    }

    /// A picture's parts by id: the header up to the first node or edge, then each node's
    /// and edge's `<g>` element.
    static func elements(of svg: String) -> [String: String] {
        var parts: [String: String] = [:]
        var current = "header"
        for line in svg.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<g id=\""), line.contains("class=\"node\"") || line.contains("class=\"edge\"") {
                current = String(line)
            }
            parts[current, default: ""] += line + "\n"
            if line == "</g>" { current = "between" }
        }
        return parts
    }

    /// The first line where two pictures differ, or nil when they are the same bytes.
    func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String? {
        guard a != b else { return nil }
        let left = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (x, y)) in zip(left, right).enumerated() where x != y { return "line \(index + 1): \(x) ≠ \(y)" }
        return "lengths differ: \(left.count) and \(right.count) lines"
    }

    @Test("the warm-up leaves nothing behind that a picture depends on")
    func warmUp() throws {
        let spec = ModelPicture.spec(for: try Fixture.model("caucasus-mini.yaml").snapshot())
        let before = try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes
        _ = try GraphvizContext.shared.perform { gvc throws(GraphvizError) in GraphvizWarmUp.draw(with: gvc) }
        let after = try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes
        #expect(firstDifference(before, after) == nil)
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
