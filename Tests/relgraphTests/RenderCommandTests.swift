import Foundation
import Testing
import TestSupport

@Suite("relgraph render, as a user runs it")
struct RenderCommandTests {
    @Test("with no arguments it renders the default model to out/south-caucasus.svg and prints the path")
    func defaults() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("graphs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.path("minimal.yaml"), toPath: folder.path("graphs/south-caucasus.yaml"))
        let output = try CommandRunner.run(["render"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "out/south-caucasus.svg\n")
        let svg = try String(contentsOfFile: folder.path("out/south-caucasus.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted() == [".relgraph.sha256", "south-caucasus.svg"], "no temporary files left")
    }

    @Test("- writes to standard output; the format follows the extension")
    func formats() throws {
        let folder = try TemporaryFolder()
        let svg = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "-o", "-"])
        #expect(svg.stdout.hasPrefix("<?xml"))
        let png = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "-o", "picture.png"], in: folder.url)
        #expect(png.status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path("picture.png")))
        #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let dot = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "--format", "dot", "-o", "-"])
        #expect(dot.stdout.contains("digraph \"Two states\""))
        #expect(dot.stdout.contains("pos=\""))
    }

    @Test("an output path that is the input is refused and the input left alone")
    func refusesInput() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("minimal.yaml"), toPath: folder.path("m.yaml"))
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path("m.yaml")))
        let output = try CommandRunner.run(["render", "m.yaml", "-o", "./m.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr.contains("refusing to overwrite"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("m.yaml"))) == before)
    }

    @Test("an unwritable destination is one line and exit 1")
    func unwritable() throws {
        let output = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "-o", "/dev/null/x/picture.svg"])
        #expect(output.status == 1)
        #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("/dev/null/x/picture.svg: error:"))
    }

    @Test("a model with errors is not rendered: its findings are printed instead")
    func brokenModel() throws {
        let folder = try TemporaryFolder()
        let broken = try String(contentsOfFile: Fixture.path("minimal.yaml"), encoding: .utf8).replacingOccurrences(of: "[A, B]", with: "[A, C]")
        try broken.write(toFile: folder.path("broken.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["render", "broken.yaml", "-o", "x.svg"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr.contains("broken.yaml:10:18: error: unknown actor 'C'"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.svg")))
    }

    @Test("--focus takes names and aliases, case-insensitively, and suggests on a typo")
    func focus() throws {
        let ok = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "--focus", "a", "-o", "-"])
        #expect(ok.status == 0)
        let typo = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "--focus", "Q"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no actor 'Q'"))
    }

    @Test("the same model renders to the same bytes twice")
    func deterministic() throws {
        let first = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "-o", "-"])
        let second = try CommandRunner.run(["render", Fixture.path("minimal.yaml"), "-o", "-"])
        #expect(first.stdoutBytes == second.stdoutBytes)
    }
}
