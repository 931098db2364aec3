import Foundation
import Testing
import TestSupport

/// What a command may write over, as a careless or hostile user finds out: never one of its
/// inputs, never a file relgraph did not write unless --force, never "" for a path, never two
/// scenarios of one batch into one folder (issue 17, items 1 to 4).
@Suite("What a command may write over")
struct OutputRulesTests {
    func folderWithModel() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("minimal.yaml"), toPath: folder.path("m.yaml"))
        return folder
    }

    func contents(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted()
    }

    func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws {
        try FileManager.default.createDirectory(atPath: (folder.path(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.path(name)))
    }

    func text(_ name: String, in folder: TemporaryFolder) throws -> String {
        try String(contentsOfFile: folder.path(name), encoding: .utf8)
    }

    /// A scenario that cuts A~B of `model`, titled `title`.
    func scenario(_ title: String, model: String) -> String {
        "relgraph: 1\ntitle: \"\(title)\"\ngraph: \(model)\nshocks:\n  - cut: A~B\n"
    }

    // MARK: - Item 1: inputs

    @Test("a scenario file inside the folder its output goes to, named like an output, is refused and kept")
    func scenarioOverItself() throws {
        let folder = try folderWithModel()
        let source = scenario("Report", model: "../m.yaml")
        try write(source, "report/report.md", in: folder)
        // The model lies beside the scenario's folder, outside its project: --allow-outside.
        let output = try CommandRunner.run(["scenario", "report/report.md", "--out", ".", "--allow-outside"], in: folder.url)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr == "./report/report.md: error: is an input of this command; refusing to overwrite it\n")
        #expect(try text("report/report.md", in: folder) == source)
        #expect(try contents(folder) == ["m.yaml", "report", "report/report.md"])
    }

    @Test("every kind of input is protected, with --force too: a model, a ties table, a DOT file, through a link")
    func everyInput() throws {
        let folder = try folderWithModel()
        try write("From,To,Type,Weight\nA,B,cooperation,0.5\n", "sheets/ties.csv", in: folder)
        try write("graph { A -- B }\n", "net.dot", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.csv"), withDestinationPath: "sheets/ties.csv")
        let before = try contents(folder)
        let cases: [[String]] = [
            ["import", "sheets", "-o", "sheets/ties.csv"], ["import", "sheets", "-o", "link.csv"],
            ["import", "net.dot", "-o", "net.dot"], ["render", "m.yaml", "-o", "m.yaml"],
            ["export", "m.yaml", "--format", "json", "-o", "./m.yaml"], ["metrics", "m.yaml", "--format", "csv", "-o", "m.yaml"],
        ]
        for arguments in cases {
            let output = try CommandRunner.run(arguments + ["--force"], in: folder.url)
            #expect(output.status == 1, "\(arguments)")
            #expect(output.stderr.hasSuffix("error: is an input of this command; refusing to overwrite it\n"), "\(arguments): \(output.stderr)")
        }
        #expect(try contents(folder) == before)
    }

    // MARK: - Item 2: empty paths

    static let emptyPaths: [[String]] = [
        ["scenario", "--graph", "m.yaml", "--cut", "A~B", "--out", ""], ["diff", "m.yaml", "m.yaml", "--out", ""],
        ["timeline", "m.yaml", "--from", "2023", "--to", "2024", "--every", "1y", "--out", ""],
        ["export", "m.yaml", "--format", "csv", "-o", ""], ["export", "m.yaml", "--format", "json", "--output", ""],
        ["render", "m.yaml", "-o", ""], ["metrics", "m.yaml", "-o", ""], ["sources", "m.yaml", "-o", ""],
        ["generate", "-o", ""], ["import", "m.yaml", "-o", ""],
        ["bench-internal", "m.yaml", "--stages", "load", "--edge-list", ""],
        // Inputs too: a model, a scenario, an evidence folder, each named by an empty string.
        ["render", ""], ["render", "--graph", ""], ["check", ""], ["check", "--evidence", "", "m.yaml"], ["scenario", ""],
        ["timeline", "--graph", "", "--from", "2023", "--to", "2024", "--every", "1y"],
    ]

    @Test("an empty path is a usage error for every command, and nothing is written", arguments: emptyPaths)
    func emptyPath(_ arguments: [String]) throws {
        let folder = try folderWithModel()
        let output = try CommandRunner.run(arguments, in: folder.url)
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("Error: The value '' is invalid for '"), "\(output.stderr)")
        #expect(output.stderr.contains("': an empty path names no file or folder\n"), "\(output.stderr)")
        #expect(try contents(folder) == ["m.yaml"])
    }

    // MARK: - Item 3: one folder per scenario

    @Test("two scenarios of a batch that would share a folder are refused before anything runs",
          arguments: [(["a/same.yaml", "b/same.yaml"], "a/same.yaml and b/same.yaml would both write out/same/; "),
                      (["a/same.yaml", "b/SAME.yaml"], "a/same.yaml and b/SAME.yaml would both write out/SAME/ on a disk that ignores case (out/same/ and out/SAME/); "),
                      (["a/same.yaml", "a/same.yaml"], "a/same.yaml is named twice; each scenario writes out/same/ once")])
    func sharedFolder(files: [String], message: String) throws {
        let folder = try folderWithModel()
        try write(scenario("first", model: "../m.yaml"), "a/same.yaml", in: folder)
        try write(scenario("second", model: "../m.yaml"), "b/same.yaml", in: folder)
        try write(scenario("third", model: "../m.yaml"), "b/SAME.yaml", in: folder)
        let before = try contents(folder)
        // The model lies beside the scenarios' folders, outside their project: --allow-outside.
        let output = try CommandRunner.run(["scenario"] + files + ["--allow-outside"], in: folder.url)
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("Error: " + message), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(try contents(folder) == before)
    }

    @Test("a scenario file whose name gives no folder (.yaml) is refused")
    func noFolderName() throws {
        let folder = try folderWithModel()
        try write(scenario("hidden", model: "m.yaml"), ".yaml", in: folder)
        let output = try CommandRunner.run(["scenario", ".yaml"], in: folder.url)
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("Error: .yaml: cannot name a folder after this file; rename it"), "\(output.stderr)")
        #expect(try contents(folder) == [".yaml", "m.yaml"])
    }

    // MARK: - Item 4: files relgraph did not write

    static let namedFiles: [[String]] = [
        ["generate", "--actors", "3", "--ties", "2", "-o", "target"], ["render", "m.yaml", "--format", "dot", "-o", "target"],
        ["export", "m.yaml", "--format", "json", "-o", "target"], ["metrics", "m.yaml", "--format", "csv", "-o", "target"],
        ["sources", "m.yaml", "-o", "target"], ["import", "net.dot", "-o", "target"],
    ]

    @Test("a named file that exists and that relgraph did not write is refused; --force replaces it; a rerun replaces relgraph's own",
          arguments: namedFiles)
    func existingNamedFile(_ arguments: [String]) throws {
        let folder = try folderWithModel()
        try write("digraph { A -> B }\n", "net.dot", in: folder)
        try write("my own notes\n", "target", in: folder)
        let refused = try CommandRunner.run(arguments, in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasSuffix("target: error: exists, and relgraph did not write it (or it was changed since); name another file, or add --force to replace it\n"), "\(refused.stderr)")
        #expect(try text("target", in: folder) == "my own notes\n")
        #expect(try contents(folder) == ["m.yaml", "net.dot", "target"])

        let forced = try CommandRunner.run(arguments + ["--force"], in: folder.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        let written = try text("target", in: folder)
        #expect(written != "my own notes\n")
        let again = try CommandRunner.run(arguments, in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try text("target", in: folder) == written)
        #expect(try contents(folder) == [".relgraph.sha256", "m.yaml", "net.dot", "target"])
    }

    @Test("every command that writes files takes --force")
    func forceEverywhere() throws {
        for command in ["render", "export", "metrics", "sources", "generate", "import", "scenario", "diff", "timeline", "bench-internal"] {
            let help = try CommandRunner.run([command, "--help"])
            #expect(help.stdout.contains("--force"), "\(command)")
        }
    }

    @Test("generate -o over a hand-written model: refused, the model kept")
    func generateOverModel() throws {
        let folder = try folderWithModel()
        let model = try text("m.yaml", in: folder)
        let output = try CommandRunner.run(["generate", "-o", "m.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr == "m.yaml: error: exists, and relgraph did not write it (or it was changed since); name another file, or add --force to replace it\n")
        #expect(try text("m.yaml", in: folder) == model)
    }

    @Test("a set whose folder holds a file of the same name that relgraph did not write: refused whole, --force replaces")
    func foreignFileInSet() throws {
        let folder = try folderWithModel()
        try write("my report\n", "out/command-line-cut-a-b/report.md", in: folder)
        let arguments = ["scenario", "--graph", "m.yaml", "--cut", "A~B"]
        let refused = try CommandRunner.run(arguments, in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr == "out/command-line-cut-a-b/report.md: error: exists, and relgraph did not write it (or it was changed since); name another file, or add --force to replace it\n")
        #expect(try contents(folder) == ["m.yaml", "out", "out/command-line-cut-a-b", "out/command-line-cut-a-b/report.md"])
        let forced = try CommandRunner.run(arguments + ["--force"], in: folder.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try text("out/command-line-cut-a-b/report.md", in: folder).hasPrefix("# Scenario: "))
        #expect(try CommandRunner.run(arguments, in: folder.url).status == 0)
    }
}
