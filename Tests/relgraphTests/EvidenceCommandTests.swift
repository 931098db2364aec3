import Foundation
import Testing

@Suite("relgraph check --evidence and relgraph sources, as a user runs them")
struct EvidenceCommandTests {
    var fixtures: URL { URL(fileURLWithPath: Fixture.path("evidence-model.yaml")).deletingLastPathComponent() }

    @Test("exact, typographic and elided quotes pass; a misquote fails at its line and column with a hint")
    func evidence() throws {
        let output = try CommandRunner.run(["check", "--evidence", "evidence", "evidence-model.yaml"], in: fixtures)
        #expect(output.status == 1)
        #expect(output.stdout == """
            evidence-model.yaml:7:5: warning: no document for source 'ghost-2023' in evidence; its 1 quote is not checked; save it as ghost-2023.txt or ghost-2023.md [no-evidence]
            evidence-model.yaml:26:37: error: quote not found in brief-2024; closest passage (4 edits): “trade has fallen by a third” [misquote]
            evidence-model.yaml: 1 error, 1 warning (4 actors, 3 ties, 3 sources; 4 of 5 quotes found in evidence)

            """)
    }

    @Test("without --evidence nothing is looked up; a folder that is not there is a usage error")
    func optional() throws {
        let plain = try CommandRunner.run(["check", "evidence-model.yaml"], in: fixtures)
        #expect(plain.status == 0)
        #expect(plain.stdout == "evidence-model.yaml: ok (4 actors, 3 ties, 3 sources)\n")
        let missing = try CommandRunner.run(["check", "--evidence", "no-such-folder", "evidence-model.yaml"], in: fixtures)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--evidence 'no-such-folder' is not a folder"))
    }

    @Test("sources: the format follows -o's extension, standard output by default")
    func sources() throws {
        let folder = try TemporaryFolder()
        let written = try CommandRunner.run(["sources", Fixture.path("caucasus-mini.yaml"), "-o", folder.path("refs.bib")])
        #expect(written.status == 0)
        let bib = try String(contentsOfFile: folder.path("refs.bib"), encoding: .utf8)
        #expect(bib.hasPrefix("@online{s1,\n  title = {First source},\n"))
        #expect(bib.contains("\n@article{s2,\n"))
        let markdown = try CommandRunner.run(["sources", Fixture.path("caucasus-mini.yaml")])
        #expect(markdown.stdout.hasPrefix("# Sources of “Mini Caucasus”\n\n2 sources behind its 8 ties.\n"))
        let json = try CommandRunner.run(["sources", "--graph", Fixture.path("caucasus-mini.yaml"), "--format", "csl-json"])
        let items = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["s1", "s2"])
        #expect(try CommandRunner.run(["sources", "--format", "ris"]).status == 2)
    }
}
