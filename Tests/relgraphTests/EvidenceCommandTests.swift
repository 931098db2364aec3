import Foundation
import Testing
import TestSupport

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

    @Test("a document that is not UTF-8 text is an error about that file; its quotes are not checked")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("docs"), withIntermediateDirectories: true)
        for name in ["brief-2024.txt", "notes-2025.md"] {
            try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("evidence/" + name).path, toPath: folder.path("docs/" + name))
        }
        try Data([0x4C, 0x61, 0x74, 0x69, 0x6E, 0x2D, 0x31, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: folder.path("docs/ghost-2023.txt")))
        try FileManager.default.copyItem(atPath: Fixture.path("evidence-model.yaml"), toPath: folder.path("model.yaml"))
        let output = try CommandRunner.run(["check", "--quiet", "--evidence", "docs", "model.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("docs/ghost-2023.txt: error: is not UTF-8 text; save the document as UTF-8 plain text [evidence-unreadable]\n"))
        #expect(!output.stdout.contains("[no-evidence]"))
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
