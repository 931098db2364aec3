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
        #expect(output.stdout.contains("1000 draws, seed 1"))
        let effects = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path("out/command-line-remove-russia-peacekeepers/effects.json")))) as? [String: Any]
        let pairs = try #require(effects?["pairs"] as? [[String: Any]])
        let removed = try #require(pairs.first { $0["pair"] as? String == "Russia~Russia-peacekeepers" })
        // The mini model's sources are ungraded (C3): the removed tie is there in about 56 % of draws.
        #expect(removed["verdict"] as? String == "uncertain")
        #expect(abs((removed["p_direction"] as? Double ?? 0) - 0.5625) < 0.05)
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
        let steps = try CommandRunner.run(["scenario", "--remove", "Russia-peacekeepers", "--steps", "3"], in: folder.url)
        #expect(steps.status == 2 && steps.stderr.contains("--steps is gone"))
        #expect(try CommandRunner.run(["scenario", "--remove", "Russia-peacekeepers", "--coupling", "0.5"], in: folder.url).status == 2)
        #expect(try CommandRunner.run(["scenario", "--remove", "Russia-peacekeepers", "--draws", "0"], in: folder.url).status == 2)
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
          - {actor: Russia, metric: degree, change: decrease, probability: 0.5}
        """
        try text.write(toFile: folder.path("wrong.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["scenario", "wrong.yaml", "--check"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr.contains("wrong.yaml:7:5: error: expectation failed: Russia degree increase (Russia degree: 4 → 3, median change -1, in 0 % of draws) [expectation-failed]"), "\(output.stderr)")
        // The mini model's sources are ungraded: the force's tie to Russia is there in about 56 % of draws.
        #expect(!output.stderr.contains("Russia degree decrease"))
        #expect(output.stderr.contains("1 expectation failed"))
    }

    // Every shipped scenario runs with --check, and what its expectations come to is what
    // docs/scenarios.md publishes ("Outcomes on this engine"), row for row: a change to the
    // engine or the model that moves an outcome fails here until the table is rewritten.
    @Test("every shipped scenario runs with --check, and its outcomes are the published table")
    func shippedScenarioOutcomes() throws {
        let folder = try TemporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count == 9)
        let output = try CommandRunner.run(["scenario"] + names.map { "scenarios/" + $0 } + ["--check", "--out", folder.path("out")], in: Repository.root)
        #expect(output.stdout.components(separatedBy: "expectations: ").count - 1 == names.count)
        var measured: [String] = []
        for name in names {
            let scenario = String(name.dropLast(".yaml".count))
            let data = try Data(contentsOf: URL(fileURLWithPath: folder.path("out/\(scenario)/effects.json")))
            let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for expectation in try #require(document["expectations"] as? [[String: Any]]) {
                let detail = try #require(expectation["detail"] as? String)
                var median = "—"
                if let range = detail.range(of: "median change ") {
                    median = String(detail[range.upperBound...].prefix { $0 != " " && $0 != "," })
                }
                let share = (expectation["probability"] as? Double).map { String(format: "%.1f %%", $0 * 100) } ?? "—"
                measured.append([scenario, try #require(expectation["expectation"] as? String),
                                 (expectation["direct"] as? Bool) == true ? "direct" : "second-order",
                                 (expectation["holds"] as? Bool) == true ? "holds" : "fails", share, median].joined(separator: " | "))
            }
        }
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/scenarios.md"), encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "### Outcomes on this engine").dropFirst().first)
        let published = section.components(separatedBy: "\n")
            .filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Scenario ") }
            .map { String($0.dropFirst(2).dropLast(2)) }
        #expect(measured == published, "docs/scenarios.md's table is not what the run gives; measured:\n\(measured.joined(separator: "\n"))")
        let holding = measured.filter { $0.contains(" | holds | ") }.count
        #expect(output.status == (holding == measured.count ? 0 : 1), "\(output.stderr)")
        #expect(output.stderr.contains("\(measured.count - holding) expectations failed") || holding == measured.count)
        let check = try CommandRunner.run(["check"] + names.map { "scenarios/" + $0 }, in: Repository.root)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("--no-assumptions: the scenario runs without the assumption ties, and the finding they carried goes")
    func withoutAssumptions() throws {
        let folder = try TemporaryFolder()
        try ScenarioText.assumedTriangle.write(toFile: folder.path("m.yaml"), atomically: true, encoding: .utf8)
        let shock = ["scenario", "--graph", "m.yaml", "--set", "B~C=-0.6", "--draws", "200", "--json"]
        let with = try CommandRunner.run(shock + ["--out", folder.path("with")], in: folder.url)
        #expect(with.status == 0, "\(with.stderr)")
        let without = try CommandRunner.run(shock + ["--no-assumptions", "--out", folder.path("without")], in: folder.url)
        #expect(without.status == 0, "\(without.stderr)")
        #expect(without.stderr.contains("m.yaml: note: 1 assumption tie left out (--no-assumptions)"))
        let pairs = { (output: CommandRunner.Output) throws -> [String] in
            let json = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
            return try #require(json["pairs"] as? [[String: Any]]).map { "\($0["pair"]!) \($0["verdict"] ?? "-")" }
        }
        #expect(try pairs(with).contains { $0.hasPrefix("A~B ") && ($0.hasSuffix("robust") || $0.hasSuffix("likely")) })
        #expect(try !pairs(without).contains { $0.hasPrefix("A~B ") })
        let terminal = try CommandRunner.run(["scenario", "--graph", "m.yaml", "--set", "B~C=-0.6", "--draws", "200", "--out", folder.path("terminal")], in: folder.url)
        #expect(terminal.stdout.contains("findings traced through assumptions (no source): A~C:cooperation; 1 lost without one"), "\(terminal.stdout)")
        let report = try String(contentsOfFile: folder.path("terminal/command-line-set-b-c-to-0-6/report.md"), encoding: .utf8)
        #expect(report.contains("### Assumptions the findings rest on"))
        #expect(report.contains("- `A~C:cooperation`: a matter of record — findings: A — B (lost without it)"))
        #expect(report.contains("A\\~C:cooperation (assumption; "))
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
