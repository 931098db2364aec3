import Foundation
import Testing
import TestSupport

/// Assumption ties on the command line: `check` lists them, `--strict` fails on them unless
/// `--allow-assumptions`, other commands leave them unsaid, and `--no-assumptions` leaves
/// them out with a note.
@Suite("Assumptions, as a user meets them")
struct AssumptionCommandTests {
    func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("assumptions.yaml"), toPath: folder.path("a.yaml"))
        return folder
    }

    static let listed = "a.yaml:15:12: warning: tie US~NATO:membership rests on an assumption, not a source: "
        + "\u{201C}The United States is a founding member of NATO (1949); the articles take it as …\u{201D} [assumption]\n"

    @Test("check lists each assumption with its own code; only --strict fails on it, and not with --allow-assumptions")
    func check() throws {
        let folder = try folder()
        let plain = try CommandRunner.run(["check", "a.yaml"], in: folder.url)
        #expect(plain.status == 0)
        #expect(plain.stdout == Self.listed + "a.yaml: 0 errors, 1 warning (3 actors, 2 ties, 2 sources)\n")
        let strict = try CommandRunner.run(["check", "--strict", "--quiet", "a.yaml"], in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.stdout == Self.listed)
        let allowed = try CommandRunner.run(["check", "--strict", "--allow-assumptions", "--quiet", "a.yaml"], in: folder.url)
        #expect(allowed.status == 0)
        #expect(allowed.stdout == Self.listed, "still listed")
        // Another warning still fails --strict --allow-assumptions.
        let text = try String(contentsOfFile: folder.path("a.yaml"), encoding: .utf8) + "  - {between: [US, Armenia], kind: sanction, weight: 0.2, cite: [{source: s1, quote: q}]}\n"
        try text.write(toFile: folder.path("b.yaml"), atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["check", "--strict", "--allow-assumptions", "b.yaml"], in: folder.url).status == 1)
    }

    @Test("check --no-assumptions checks the model as if they were not written, and says how many it left out")
    func checkWithout() throws {
        let folder = try folder()
        let output = try CommandRunner.run(["check", "--no-assumptions", "a.yaml"], in: folder.url)
        #expect(output.status == 0)
        #expect(output.stdout == "a.yaml:9:5: warning: actor 'NATO' has no ties [isolated-actor]\na.yaml: 0 errors, 1 warning (3 actors, 1 ties, 2 sources)\n")
        #expect(output.stderr == "a.yaml: note: 1 assumption tie left out (--no-assumptions)\n")
    }

    @Test("other commands do not list assumptions; with --no-assumptions they leave them out, with a note")
    func otherCommands() throws {
        let folder = try folder()
        let with = try CommandRunner.run(["metrics", "a.yaml", "--format", "csv"], in: folder.url)
        #expect(with.status == 0)
        #expect(with.stderr == "")
        let without = try CommandRunner.run(["metrics", "a.yaml", "--format", "csv", "--no-assumptions"], in: folder.url)
        #expect(without.status == 0)
        #expect(without.stderr == "a.yaml:9:5: warning: actor 'NATO' has no ties [isolated-actor]\n"
                + "a.yaml: note: 1 assumption tie left out (--no-assumptions)\n")
        #expect(with.stdout != without.stdout, "the US~NATO tie counts in one and not the other")
        for command in ["render", "path", "diff", "export", "sources", "scenario", "timeline"] {
            let help = try CommandRunner.run([command, "--help"])
            #expect(help.stdout.contains("--no-assumptions"), "\(command)")
        }
    }
}
