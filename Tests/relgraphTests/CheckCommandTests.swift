import Foundation
import Testing
import TestSupport

@Suite("relgraph check, as a user runs it")
struct CheckCommandTests {
    @Test("findings are one line each in the documented format, exit 1 on errors")
    func findings() throws {
        let folder = try TemporaryFolder()
        let seeded = try String(contentsOfFile: Fixture.path("seeded-errors.yaml"), encoding: .utf8)
            .replacingOccurrences(of: #"⟪[a-z-]+⟫"#, with: "", options: .regularExpression)
        try seeded.write(toFile: folder.path("seeded.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["check", "--quiet", "seeded.yaml"], in: folder.url)
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count >= 20)
        let pattern = /^seeded\.yaml:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$/
        for line in lines { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
        #expect(lines.contains("seeded.yaml:42:22: error: unknown actor 'Alfa'; did you mean 'Alpha'? [unknown-actor]"))
        #expect(!output.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test("a clean model passes with exit 0 and a summary")
    func clean() throws {
        let output = try CommandRunner.run(["check", Fixture.path("minimal.yaml")])
        #expect(output.status == 0)
        #expect(output.stdout.hasSuffix(": ok (2 actors, 1 ties, 1 sources)\n"))
    }

    @Test("warnings pass unless --strict")
    func strict() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: Fixture.path("minimal.yaml"), encoding: .utf8) + "  - {between: [A, B], kind: sanction, weight: 0.2, cite: [{source: s, quote: q}]}\n"
        try text.write(toFile: folder.path("w.yaml"), atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["check", "w.yaml"], in: folder.url).status == 0)
        #expect(try CommandRunner.run(["check", "--strict", "w.yaml"], in: folder.url).status == 1)
    }

    @Test("usage errors exit 2")
    func usage() throws {
        #expect(try CommandRunner.run(["check", "--no-such-flag"]).status == 2)
        #expect(try CommandRunner.run(["render", "--at", "2024-13"]).status == 2)
        #expect(try CommandRunner.run(["frobnicate"]).status == 2)
    }

    @Test("a missing file is one clear line and exit 1, never a stack trace")
    func missingFile() throws {
        let output = try CommandRunner.run(["check", "/nonexistent/model.yaml"])
        #expect(output.status == 1)
        #expect(output.stdout == "/nonexistent/model.yaml: error: no such file\n")
    }

    @Test("with no file, the default model is found from the current folder upwards, within the repository, and named on stderr")
    func defaultModel() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("graphs"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("sub/deeper"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.path("minimal.yaml"), toPath: folder.path("graphs/south-caucasus.yaml"))
        let output = try CommandRunner.run(["check"], in: folder.url.appendingPathComponent("sub/deeper"))
        #expect(output.status == 0)
        #expect(output.stdout.contains("south-caucasus.yaml: ok"))
        let found = folder.url.resolvingSymlinksInPath().path + "/graphs/south-caucasus.yaml"
        #expect(output.stderr == "\(found): note: using this default model, found above the current folder\n")
        // Outside a repository (and the home folder), a model in a folder above is not used.
        try FileManager.default.removeItem(atPath: folder.path(".git"))
        let planted = try CommandRunner.run(["check"], in: folder.url.appendingPathComponent("sub/deeper"))
        #expect(planted.status == 2)
        #expect(planted.stderr.hasPrefix("Error: no file named, and no graphs/south-caucasus.yaml here or above"))
    }

    @Test("help names every subcommand")
    func help() throws {
        let output = try CommandRunner.run(["--help"])
        #expect(output.status == 0)
        for command in ["check", "render"] { #expect(output.stdout.contains("  \(command) ")) }
    }
}
