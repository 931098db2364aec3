import Foundation
import Testing
import TestSupport

/// What Graphviz says while relgraph renders is reported in relgraph's own format, never
/// printed raw by the library.
@Suite("Graphviz's messages, in relgraph's words")
struct GraphvizMessagesTests {
    /// A star of `count` actors around a hub.
    func star(_ count: Int) -> String {
        var text = "relgraph: 1\ntitle: Star\nas_of: 2024\nsources:\n  - {id: s, title: S, date: 2024}\nactors:\n  - {id: Hub, kind: state}\n"
        for index in 0..<count { text += "  - {id: N\(index), kind: state}\n" }
        text += "ties:\n"
        for index in 0..<count { text += "  - {between: [Hub, N\(index)], kind: trade, weight: 0.3, cite: [{source: s, quote: q}]}\n" }
        return text
    }

    /// A chain of `count` actors with long names: laid out by dot from left to right, one rank
    /// per actor, far wider than the 32767 pixels cairo draws a bitmap at. (dot is kept up
    /// to 150 actors; a star of 1,500 now goes to sfdp, which draws it small.)
    func chain(_ count: Int) -> String {
        let name = String(repeating: "Long name ", count: 4)
        var text = "relgraph: 1\ntitle: Chain\nas_of: 2024\nsources:\n  - {id: s, title: S, date: 2024}\nactors:\n"
        for index in 0..<count { text += "  - {id: N\(index), kind: state, label: \"\(name)\(index)\"}\n" }
        text += "ties:\n"
        for index in 1..<count { text += "  - {between: [N\(index - 1), N\(index)], kind: trade, weight: 0.3, cite: [{source: s, quote: q}]}\n" }
        return text
    }

    /// Graphviz's cairo plugin prints its own line on stderr when a PNG is too large for a
    /// cairo bitmap, past cgraph's message handler. relgraph limits the size itself, so the
    /// plugin has nothing to say, and reports the scale as a warning of its own.
    @Test("a PNG too large for a cairo bitmap: one warning with the scale, nothing raw; the picture is still written")
    func cairoBitmapTooLarge() throws {
        let folder = try TemporaryFolder()
        try chain(150).write(toFile: folder.path("chain.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["render", "chain.yaml", "--layout", "dot", "-o", "chain.png"], in: folder.url)
        #expect(output.status == 0)
        #expect(output.stdout == "chain.png\n")
        // The scale, once; before, libgvc printed "(null): graph is too large for cairo-renderer bitmaps…" itself.
        let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "\(output.stderr)")
        #expect(lines.last?.wholeMatch(of: /chain\.yaml: warning: Graphviz: graph is too large for cairo-renderer bitmaps \(32767 pixels a side\); scaled by 0\.\d\d to fit/) != nil,
                "\(output.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: folder.path("chain.png")))
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        // The PNG's width (bytes 16–19 of its header) is within cairo's limit.
        let width = png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 30_000 && width <= 32_767, "\(width)")
    }

    /// cgraph's parser warns through the handler relgraph installs; `import` reports that
    /// warning as its own finding, beside the findings of its own checks.
    @Test("a Graphviz warning and relgraph's own warnings in one run: each once, Graphviz's first, none raw")
    func graphvizAndOwnWarnings() throws {
        let folder = try TemporaryFolder()
        try "digraph g {\n  a -> b;\n  c -> 2d;\n}\n".write(toFile: folder.path("ambiguous.dot"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["import", "ambiguous.dot", "-o", "ambiguous.yaml"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stderr.split(separator: "\n").map(String.init)
        let graphviz = lines.indices.filter { lines[$0].contains("syntax ambiguity") }
        #expect(graphviz.count == 1, "\(output.stderr)")
        #expect(output.stderr.components(separatedBy: "syntax ambiguity").count == 2, "\(output.stderr)")
        let first = try #require(graphviz.first)
        #expect(lines[first].hasPrefix("ambiguous.dot: warning: Graphviz: syntax ambiguity - badly delimited number '2d'"), "\(output.stderr)")
        let own = lines.indices.filter { lines[$0].hasPrefix("ambiguous.dot: warning: ") && !lines[$0].contains("Graphviz") }
        #expect(!own.isEmpty && own.allSatisfy { $0 > first }, "\(output.stderr)")
        #expect(Set(own.map { lines[$0] }).count == own.count, "each once: \(output.stderr)")
    }

    @Test("a picture Graphviz draws without complaint prints nothing on stderr")
    func quiet() throws {
        let folder = try TemporaryFolder()
        try star(3).write(toFile: folder.path("star.yaml"), atomically: true, encoding: .utf8)
        for format in ["svg", "png", "pdf"] {
            let output = try CommandRunner.run(["render", "star.yaml", "-o", "star.\(format)"], in: folder.url)
            #expect(output.status == 0)
            #expect(output.stderr == "", "\(format): \(output.stderr)")
        }
    }
}

@Suite("relgraph's own messages on stderr")
struct OwnMessagesTests {
    /// stderr is relgraph's own: nothing redirects it while Graphviz runs.
    @Test("a broken model's findings reach stderr, each once, and the summary last")
    func findings() throws {
        let folder = try TemporaryFolder()
        try "relgraph: 1\ntitle: x\n".write(toFile: folder.path("bad.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["render", "bad.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr.components(separatedBy: "[missing-key]").count - 1 == 3, "\(output.stderr)")
        #expect(output.stderr.hasSuffix("bad.yaml: 3 errors; nothing was drawn\n"), "\(output.stderr)")
    }
}
