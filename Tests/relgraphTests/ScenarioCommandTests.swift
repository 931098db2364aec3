import Foundation
import Testing
import TestSupport

@Suite("relgraph scenario, as a user runs it")
struct ScenarioCommandTests {
    /// A folder whose default model is the mini Caucasus fixture.
    func folderWithDefaultModel() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("graphs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.path("caucasus-mini.yaml"), toPath: folder.path("graphs/south-caucasus.yaml"))
        return folder
    }

    @Test("--remove Russia-peacekeepers just works: the baseline moves back, with a note")
    func removePeacekeepers() throws {
        let folder = try folderWithDefaultModel()
        let output = try CommandRunner.run(["scenario", "--remove", "Russia-peacekeepers"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("note: baseline moved from 2025-10-01 (the model's as_of) to 2024-04-30"))
        #expect(output.stdout.contains("(baseline 2024-04-30)"))
        #expect(output.stdout.contains("Russia — Russia-peacekeepers"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path("out/command-line-remove-russia-peacekeepers")).sorted()
        #expect(written == [".relgraph.sha256", "actors.svg", "after.svg", "before.svg", "diff.svg", "effects.json", "report.html", "report.md"])
    }

    @Test("with an explicit --at the same shock is an error with the hint")
    func explicitAt() throws {
        let folder = try folderWithDefaultModel()
        let output = try CommandRunner.run(["scenario", "--remove", "Russia-peacekeepers", "--at", "2025-01-01"], in: folder.url)
        #expect(output.status == 2)
        #expect(output.stderr.contains("relgraph scenario: error: --remove Russia-peacekeepers: Russia-peacekeepers does not exist on 2025-01-01"))
        #expect(output.stderr.contains("the last day it exists is 2024-04-30"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test("flag shocks are parsed and checked; typos get suggestions")
    func flags() throws {
        let folder = try folderWithDefaultModel()
        let ok = try CommandRunner.run(["scenario", "--set", "Azerbaijan~Russia=-0.9", "--add", "Armenia~Turkiye cooperation 0.4", "--json"], in: folder.url)
        #expect(ok.status == 0, "\(ok.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: ok.stdoutBytes) as? [String: Any])
        #expect(((json["scenario"] as? [String: Any])?["shocks"] as? [String]) == ["set Azerbaijan~Russia to -0.9", "add Armenia~Turkiye cooperation +0.4 (hypothetical)"])
        let typo = try CommandRunner.run(["scenario", "--remove", "Rusia"], in: folder.url)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean 'Russia'?"))
        let malformed = try CommandRunner.run(["scenario", "--add", "Armenia Turkiye"], in: folder.url)
        #expect(malformed.status == 2)
        #expect(try CommandRunner.run(["scenario"], in: folder.url).status == 2)
    }

    @Test("--check fails loudly, naming the expectation that does not hold")
    func failingExpectation() throws {
        let folder = try folderWithDefaultModel()
        let text = """
        relgraph: 1
        title: Wrong expectation
        at: 2024-01-01
        shocks:
          - remove: Russia-peacekeepers
        expect:
          - {actor: Russia, metric: degree, change: increase}
          - {actor: Russia, metric: degree, change: decrease}
        """
        try text.write(toFile: folder.path("wrong.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["scenario", "wrong.yaml", "--check"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr.contains("wrong.yaml:7:5: error: expectation failed: Russia degree increase (Russia degree: 4.0000 → 3.0000) [expectation-failed]"))
        #expect(!output.stderr.contains("metric: degree, change: decrease"))
        #expect(output.stderr.contains("1 expectation failed"))
    }

    @Test("every shipped scenario runs on the default model and its expectations hold")
    func shippedScenarios() throws {
        let folder = try TemporaryFolder()
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "scenarios/" + $0 }
        #expect(scenarios.count >= 8)
        let output = try CommandRunner.run(["scenario"] + scenarios + ["--check", "--out", folder.path("out")], in: Repository.root)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("all expectations of \(scenarios.count) scenarios hold"))
        let check = try CommandRunner.run(["check", "--strict"] + scenarios, in: Repository.root)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("a scenario file with mistakes gets positioned diagnostics through relgraph check")
    func checkScenario() throws {
        let folder = try folderWithDefaultModel()
        try "relgraph: 1\ntitle: t\nshocks:\n  - remove: Armenai\n  - cut: Russia=Turkiye\n".write(toFile: folder.path("s.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["check", "s.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stdout.contains("s.yaml:5:10: error: 'Russia=Turkiye' does not name a tie; write A~B (mutual) or A->B (directed), with :kind if needed [malformed-tie]"))
        let fixed = try CommandRunner.run(["check", "s.yaml"], in: folder.url)
        #expect(fixed.status == 1)
        try "relgraph: 1\ntitle: t\nshocks:\n  - remove: Armenai\n".write(toFile: folder.path("s.yaml"), atomically: true, encoding: .utf8)
        let unknown = try CommandRunner.run(["check", "s.yaml"], in: folder.url)
        #expect(unknown.stdout.contains("s.yaml:4:13: error: no actor 'Armenai' in graphs/south-caucasus.yaml; did you mean 'Armenia'? [unknown-actor]"))
    }
}

@Suite("relgraph diff, as a user runs it")
struct DiffCommandTests {
    @Test("one model at two dates: the peacekeepers go, the Armenia–Azerbaijan war ends")
    func twoDates() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("caucasus-mini.yaml"), toPath: folder.path("m.yaml"))
        let output = try CommandRunner.run(["diff", "m.yaml", "--at", "2023-06-01", "--vs", "2025-09-01", "--json"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        let ties = try #require(json["ties"] as? [[String: Any]])
        let removed = Set(ties.filter { $0["status"] as? String == "removed" }.map { "\($0["from"]!)->\($0["to"]!)" })
        #expect(removed == ["Russia->Russia-peacekeepers", "Russia-peacekeepers->Azerbaijan", "Russia-peacekeepers->Armenia", "Armenia->Azerbaijan"])
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path("out/diff-m-2023-06-01-2025-09-01"))
        #expect(written.contains("diff.svg") && written.contains("report.html"))
        let report = try String(contentsOfFile: folder.path("out/diff-m-2023-06-01-2025-09-01/report.md"), encoding: .utf8)
        #expect(report.hasPrefix("# Changes: 2023-06-01 → 2025-09-01\n"))
        #expect(!report.contains("## Shocks"))
    }

    @Test("two files: a re-weighted tie and a new one")
    func twoFiles() throws {
        let folder = try TemporaryFolder()
        let old = try String(contentsOfFile: Fixture.path("caucasus-mini.yaml"), encoding: .utf8)
        let new = old.replacingOccurrences(of: "kind: friction, weight: -0.3", with: "kind: friction, weight: -0.8")
            + "  - {between: [Armenia, Turkiye], kind: cooperation, weight: 0.3, cite: [{source: s1, quote: \"talks\"}]}\n"
        try old.write(toFile: folder.path("old.yaml"), atomically: true, encoding: .utf8)
        try new.write(toFile: folder.path("new.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["diff", "old.yaml", "new.yaml"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Azerbaijan — Russia"))
        #expect(output.stdout.contains("Armenia — Türkiye"))
        #expect(try CommandRunner.run(["diff", "old.yaml"], in: folder.url).status == 2)
    }
}
