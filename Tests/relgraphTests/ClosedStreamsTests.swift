import Foundation
import Testing
import TestSupport

/// relgraph run with standard output or standard error closed (`>&-`, `2>&-`; issue 17, item
/// 20): a note that cannot be printed never fails the command, its files are written, and no
/// text goes into a file that took the closed stream's number.
@Suite("Closed standard streams")
struct ClosedStreamsTests {
    func folderWithModel() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("minimal.yaml"), toPath: folder.path("m.yaml"))
        return folder
    }

    /// relgraph with `arguments`, through the shell, with `redirection` (`2>&-`, `>&-`).
    func run(_ arguments: [String], _ redirection: String, in folder: TemporaryFolder) throws -> CommandRunner.Output {
        try CommandRunner.run(["-c", "exec \"$0\" \"$@\" \(redirection)", CommandRunner.executable.path] + arguments, in: folder.url, shell: true)
    }

    func text(_ name: String, in folder: TemporaryFolder) throws -> String {
        try String(contentsOfFile: folder.path(name), encoding: .utf8)
    }

    @Test("stderr closed: a command with a note exits 0 and writes its file",
          arguments: [["render", "m.yaml", "--no-assumptions", "-o", "m.svg"],
                      ["scenario", "--graph", "m.yaml", "--cut", "A~B", "--no-assumptions", "--out", "o"]])
    func noteWithStderrClosed(_ arguments: [String]) throws {
        let folder = try folderWithModel()
        let model = try text("m.yaml", in: folder)
        let output = try run(arguments, "2>&-", in: folder)
        #expect(output.status == 0, "\(output.stdout)")
        #expect(!output.stdout.isEmpty)
        let written = arguments[0] == "render" ? "m.svg" : "o/command-line-cut-a-b/report.md"
        #expect(FileManager.default.fileExists(atPath: folder.path(written)))
        #expect(try text("m.yaml", in: folder) == model)
    }

    @Test("stderr closed: an error still gives its exit status")
    func errorWithStderrClosed() throws {
        let folder = try folderWithModel()
        #expect(try run(["render", "nothing.yaml"], "2>&-", in: folder).status == 1)
    }

    @Test("stdout closed: the files are written, exit 0, and the path printed goes nowhere: not to stderr, not into a file")
    func noteWithStdoutClosed() throws {
        let folder = try folderWithModel()
        let model = try text("m.yaml", in: folder)
        let output = try run(["render", "m.yaml", "-o", "m.svg"], ">&-", in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        let svg = try text("m.svg", in: folder)
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        #expect(try text("m.yaml", in: folder) == model)
        let scenario = try run(["scenario", "--graph", "m.yaml", "--cut", "A~B", "--out", "o"], ">&-", in: folder)
        #expect(scenario.status == 0 && scenario.stderr.isEmpty, "\(scenario.stderr)")
        #expect(try text("o/command-line-cut-a-b/report.md", in: folder).hasPrefix("# Scenario: "))
    }

    @Test("stdout closed: a command whose result is its output says that it cannot write it, exit 1",
          arguments: [["metrics", "m.yaml"], ["render", "m.yaml", "-o", "-"], ["check", "m.yaml"]])
    func resultWithStdoutClosed(_ arguments: [String]) throws {
        let folder = try folderWithModel()
        let output = try run(arguments, ">&-", in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "relgraph: error: cannot write to standard output: it was closed when relgraph started\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["m.yaml"])
    }
}
