import Foundation
import Testing
import RelGraph
import RelGraphFormats
@testable import RelGraphRender
import TestSupport

@Suite("DOT import: cgraph parses, DOTImporter maps, nothing unreported")
struct DOTImportTests {
    static let today = PartialDate(year: 2030, month: 1, day: 1)!

    @Test("cgraph reads nodes, edges and attributes in the file's order, and clusters with their members")
    func reader() throws {
        let dot = """
        digraph "Net work" {
          label="A title\\nsecond line"; as_of="2024-05"
          node [shape=box]
          subgraph cluster_west { label="The West"; US; UK }
          US [label="United States", kind=state]
          "Soviet Union" -> US [weight=-0.8, kind=rivalry]
          US -> UK [kind=alliance, signed_weight=0.9, dir=none, color=blue]
          UK -> US [kind=support]
          US -> US
        }
        """
        let read = try DOTReader.read(Array(dot.utf8))
        let graph = read.graph
        #expect(graph.name == "Net work")
        #expect(graph.directed)
        #expect(graph.nodes.map(\.name) == ["US", "UK", "Soviet Union"])
        #expect(graph.nodes[0].attributes["label"] == "United States")
        #expect(graph.nodes[0].attributes["shape"] == "box", "defaults from node [...] apply")
        #expect(graph.edges.map { "\($0.tail)>\($0.head)" } == ["Soviet Union>US", "US>UK", "UK>US", "US>US"])
        #expect(graph.subgraphs.map(\.name) == ["cluster_west"])
        #expect(graph.subgraphs[0].members == ["US", "UK"])
        #expect(graph.subgraphs[0].label == "The West")

        let result = DOTImporter.read(graph, path: "net.dot", title: "net", today: Self.today)
        let model = result.model
        #expect(model.title == "A title")
        #expect(model.asOf == PartialDate(year: 2024, month: 5))
        #expect(model.groups.map { "\($0.id):\($0.label)" } == ["west:The West"])
        #expect(model.actors.map(\.id) == ["US", "UK", "Soviet-Union"])
        #expect(model.actors.map(\.label) == ["United States", "UK", "Soviet Union"])
        #expect(model.actors.map(\.group) == ["west", "west", nil])
        #expect(model.ties.map { $0.name(withKind: true) } == ["Soviet-Union->US:rivalry", "US~UK:alliance", "UK->US:support"])
        #expect(model.ties.map(\.weight) == [-0.8, 0.9, 0])
        #expect(result.placeholders == ["Soviet-Union->US:rivalry", "US~UK:alliance", "UK->US:support"])
        #expect(result.diagnostics.map(\.description) == [
            "net.dot: warning: actor 'Soviet Union' is not a plain word; imported as 'Soviet-Union' [invalid-id]",
            "net.dot: warning: edge US -> US is a self-loop; relgraph has no self-loops, so it is left out [self-tie]",
            "net.dot: warning: 2 nodes have no 'kind' attribute; imported as kind 'other' [missing-key]",
            "net.dot: warning: 1 edge has no weight within −1 … +1; imported as 0: set each by docs/weights.md [missing-key]",
            "net.dot: warning: node attribute 'shape' (on 3 nodes) has no place in the model; not imported [not-imported]",
            "net.dot: warning: edge attribute 'color' (on 1 edge) has no place in the model; not imported [not-imported]",
        ])
    }

    @Test("relgraph's own DOT export comes back with every actor and tie field but citations")
    func exportRoundTrip() throws {
        let model = try Fixture.model("interchange-full.yaml")
        let dot = DOTExport.text(InterchangeGraph(model: model))
        let result = DOTImporter.read(try DOTReader.read(Array(dot.utf8)).graph, path: "x.dot", title: "x", today: Self.today)
        let back = result.model
        #expect(back.title == model.title)
        #expect(back.asOf == model.asOf)
        #expect(back.actors.map(\.id) == model.actors.map(\.id))
        #expect(back.actors.map(\.label) == model.actors.map(\.label))
        #expect(back.actors.map(\.kind) == model.actors.map(\.kind))
        #expect(back.actors.map(\.group) == model.actors.map(\.group))
        #expect(back.actors.map(\.aliases) == model.actors.map(\.aliases))
        #expect(back.actors.map(\.validity) == model.actors.map(\.validity))
        #expect(back.actors.map(\.note) == model.actors.map(\.note))
        #expect(back.ties.map { $0.name(withKind: true) } == model.ties.map { $0.name(withKind: true) })
        #expect(back.ties.map(\.weight) == model.ties.map(\.weight))
        #expect(back.ties.map(\.validity) == model.ties.map(\.validity))
        #expect(back.ties.map(\.confidence) == model.ties.map(\.confidence))
        #expect(back.ties.map(\.label) == model.ties.map(\.label))
        #expect(back.ties.map(\.note) == model.ties.map(\.note))
        #expect(back.ties.allSatisfy { $0.citations.map(\.source) == [ImportPlaceholder.sourceID] })
        #expect(back.groups.filter { model.actors.compactMap(\.group).contains($0.id) }.map(\.label) == ["The West", "East & South"])
    }

    /// cgraph's lexer kept what followed the first graph and read it as the start of the next
    /// text: a trailing newline moved the next error to "line 2", and a second graph was read
    /// in place of the next text. Each read now starts from its own text.
    @Test("what follows the first graph does not reach the next text read")
    func nothingCarriedOver() throws {
        _ = try DOTReader.read(Array("graph { a -- b }\n\n".utf8))
        do {
            _ = try DOTReader.read(Array("digraph { a -> }".utf8))
            Issue.record("a syntax error was read")
        } catch {
            #expect(error.messages == ["syntax error in line 1 near '}'"])
        }
        let first = try DOTReader.read(Array("digraph a { x } digraph b { y }".utf8))
        #expect(first.graph.name == "a" && first.warnings.isEmpty)
        let next = try DOTReader.read(Array("digraph c { z }".utf8))
        #expect(next.graph.name == "c" && next.graph.nodes.map(\.name) == ["z"])
        // Text after the first graph that is not DOT is ignored, as before, and says nothing.
        let junk = try DOTReader.read(Array("digraph d { w } this is not { DOT".utf8))
        #expect(junk.graph.name == "d" && junk.warnings.isEmpty)
        #expect(try DOTReader.read(Array("digraph e { v }".utf8)).graph.name == "e")
    }

    @Test("a syntax error, a NUL byte and an oversized file are errors with Graphviz's words, never printed")
    func refused() throws {
        #expect(throws: GraphvizError.self) { try DOTReader.read(Array("digraph { a -> }".utf8)) }
        do {
            _ = try DOTReader.read(Array("digraph { a -> }".utf8))
        } catch {
            #expect(error.description.hasPrefix("Graphviz reading DOT failed: syntax error in line 1"))
        }
        #expect(throws: GraphvizError.self) { try DOTReader.read(Array("digraph { a }".utf8) + [0] + Array("b".utf8)) }
        let big = Array("graph { a [label=\"".utf8) + [UInt8](repeating: 0x61, count: DOTReader.maximumBytes) + Array("\"] }".utf8)
        do {
            _ = try DOTReader.read(big)
            Issue.record("an oversized file was read")
        } catch {
            #expect(error.messages == ["the file has \(big.count) bytes; relgraph reads DOT of at most 5000000 bytes"])
        }
        // After a failure the next parse starts clean: messages do not leak between jobs.
        #expect(try DOTReader.read(Array("\u{FEFF}graph { a -- b }".utf8)).graph.edges.count == 1)
    }
}
