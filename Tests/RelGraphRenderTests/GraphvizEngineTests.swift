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
