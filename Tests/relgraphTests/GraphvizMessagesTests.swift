import Foundation
import Testing
import TestSupport

/// What Graphviz says while relgraph renders is reported in relgraph's own format, never
/// printed raw by the library.
@Suite("Graphviz's messages, in relgraph's words")
struct GraphvizMessagesTests {
    /// A star of `count` actors: laid out by dot, its one rank is far taller than the
    /// 32767 pixels cairo draws a bitmap at.
    func star(_ count: Int) -> String {
        var text = "relgraph: 1\ntitle: Star\nas_of: 2024\nsources:\n  - {id: s, title: S, date: 2024}\nactors:\n  - {id: Hub, kind: state}\n"
        for index in 0..<count { text += "  - {id: N\(index), kind: state}\n" }
        text += "ties:\n"
        for index in 0..<count { text += "  - {between: [Hub, N\(index)], kind: trade, weight: 0.3, cite: [{source: s, quote: q}]}\n" }
        return text
    }

    @Test("the cairo plugin's own stderr line becomes one relgraph warning; the picture is still written")
    func cairoBitmapTooLarge() throws {
        let folder = try TemporaryFolder()
        try star(1500).write(toFile: folder.path("star.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["render", "star.yaml", "--layout", "dot", "-o", "star.png"], in: folder.url)
        #expect(output.status == 0)
        #expect(output.stdout == "star.png\n")
        // Before, libgvc printed "(null): graph is too large for cairo-renderer bitmaps…" itself.
        // A picture this large also gets the size policy's one note line.
        let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let warnings = lines.filter { !$0.hasPrefix("star.yaml: note: ") }
        #expect(lines.count == 2 && warnings.count == 1, "\(output.stderr)")
        #expect(warnings.first?.wholeMatch(of: /star\.yaml: warning: Graphviz: graph is too large for cairo-renderer bitmaps\. Scaling by 0\.\d+ to fit/) != nil,
                "\(output.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: folder.path("star.png")))
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
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

@Suite("relgraph's own messages while Graphviz runs")
struct OwnMessagesTests {
    /// A command that draws may have Graphviz running while it prints a model's findings;
    /// they must reach stderr whole. One run: a test repeated to catch a race proves nothing
    /// when it passes.
    @Test("a broken model's findings reach stderr from a command that draws")
    func findingsFromADrawingCommand() throws {
        let folder = try TemporaryFolder()
        try "relgraph: 1\ntitle: x\n".write(toFile: folder.path("bad.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["render", "bad.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr.components(separatedBy: "[missing-key]").count - 1 == 3, "\(output.stderr)")
        #expect(output.stderr.hasSuffix("bad.yaml: 3 errors; nothing was drawn\n"), "\(output.stderr)")
    }
}
