import Foundation
import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

@Suite("libgvc in-process: formats, errors, threads")
struct GraphvizEngineTests {
    static let oneEdge = "digraph \"g\" { a -> b }"

    @Test("svg, png and pdf come out with their magic bytes (a broken plugin install fails here)")
    func formats() throws {
        let svg = try GraphvizEngine.render(Self.oneEdge, engine: "dot", format: .svg).bytes
        #expect(String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
        let png = try GraphvizEngine.render(Self.oneEdge, engine: "dot", format: .png).bytes
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try GraphvizEngine.render(Self.oneEdge, engine: "dot", format: .pdf).bytes
        #expect(String(decoding: pdf.prefix(4), as: UTF8.self) == "%PDF")
    }

    @Test("Graphviz's own messages come back as errors, not on stderr")
    func errors() throws {
        do {
            _ = try GraphvizEngine.render("digraph { a -> }", engine: "dot", format: .svg)
            Issue.record("a syntax error rendered")
        } catch {
            #expect(error.stage == "reading DOT")
            #expect(error.messages.joined().contains("syntax error"), "\(error.messages)")
        }
        do {
            _ = try GraphvizEngine.render(Self.oneEdge, engine: "nosuch", format: .svg)
            Issue.record("an unknown engine rendered")
        } catch {
            #expect(error.messages.joined().contains("not recognized"), "\(error.messages)")
        }
        // A failure must not leak into the next job.
        #expect(try GraphvizEngine.render(Self.oneEdge, engine: "dot", format: .svg).bytes.count > 100)
    }

    @Test("a warning from cgraph comes back with the result, in Graphviz's words")
    func warnings() throws {
        let (svg, warnings) = try GraphvizEngine.render("digraph \"g\" { a -> 2b }", engine: "dot", format: .svg)
        #expect(svg.count > 100)
        #expect(warnings.count == 1 && warnings[0].hasPrefix("syntax ambiguity - badly delimited number '2b'"), "\(warnings)")
        #expect(try GraphvizEngine.render(Self.oneEdge, engine: "dot", format: .svg).warnings.isEmpty)
    }

    @Test("cgraph's pieces become whole messages; a continuation keeps the level before it")
    func messagePieces() {
        var buffer = MessageBuffer()
        for piece in ["Warning", ": ", "first ", "part\n", "second line\n", "Error", ": ", "broken\n", "and more\n", "Warning", ": ", "no newline"] {
            buffer.receive(piece)
        }
        #expect(buffer.finished() == [
            GraphvizMessage(isError: false, text: "first part"), GraphvizMessage(isError: false, text: "second line"),
            GraphvizMessage(isError: true, text: "broken"), GraphvizMessage(isError: true, text: "and more"),
            GraphvizMessage(isError: false, text: "no newline"),
        ])
    }

    /// Two points 40,000 pt apart: 53,333 pixels at 96 dpi, beyond cairo's 32,767.
    static let tall = "digraph \"g\" { graph [notranslate=true, pad=\"0.5\"]; a [pos=\"0,0!\"]; b [pos=\"0,40000!\"]; a -> b }"

    @Test("a PNG beyond cairo's bitmap limit is scaled to fit and says by how much; SVG and small PNGs are left alone")
    func bitmapLimit() throws {
        let (png, warnings) = try GraphvizEngine.render(Self.tall, engine: "nop2", format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let size = (png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }, png[20 ..< 24].reduce(0) { $0 << 8 | Int($1) })
        #expect(size.1 > 32_000 && size.1 <= 32_767, "\(size)")
        // With the nodes and the padding the drawing is 40,108 pt high, 53,477 pixels at 96 dpi;
        // 32,640 of them fit: 0.61.
        #expect(warnings == ["graph is too large for cairo-renderer bitmaps (32767 pixels a side); scaled by 0.61 to fit"])
        let (svg, svgWarnings) = try GraphvizEngine.render(Self.tall, engine: "nop2", format: .svg)
        #expect(svgWarnings.isEmpty)
        #expect(String(decoding: svg, as: UTF8.self).contains("height=\"40108pt\""))
        let small = try GraphvizEngine.render(Self.oneEdge, engine: "dot", format: .png)
        #expect(small.warnings.isEmpty)
        #expect(small.bytes[20 ..< 24].reduce(0) { $0 << 8 | Int($1) } < 200)
    }

    @Test("layouts report where nodes and edges went")
    func layout() throws {
        let (layout, _) = try GraphvizEngine.layout("digraph { a -> b [id=\"e1\"] }", engine: .dot)
        #expect(Set(layout.nodes.keys) == ["a", "b"])
        #expect(layout.edgeSplines["e1"]?.isEmpty == false)
        #expect(layout.width > 0 && layout.height > 0)
    }

    @Test("concurrent renders are serialised and agree")
    func concurrency() async throws {
        let model = try Fixture.model("hostile-picture.yaml")
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try renderSVG(model) } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
    }
}
