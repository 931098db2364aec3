import Foundation
import Testing
import TestSupport

@Suite("relgraph export and relgraph import")
struct InterchangeCommandTests {
    @Test("export writes each format to out/<model>.<ext> by default, every date, and prints the path")
    func exportDefaults() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("graphs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.path("interchange-full.yaml"), toPath: folder.path("graphs/south-caucasus.yaml"))
        for (format, file) in [("graphml", "south-caucasus.graphml"), ("gexf", "south-caucasus.gexf"), ("json", "south-caucasus.json"),
                               ("dot", "south-caucasus.dot"), ("mermaid", "south-caucasus.mmd")] {
            let output = try CommandRunner.run(["export", "--format", format], in: folder.url)
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout == "out/\(file)\n")
        }
        let csv = try CommandRunner.run(["export", "--format", "csv"], in: folder.url)
        #expect(csv.stdout == "out/south-caucasus-csv/\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out/south-caucasus-csv")).sorted()
                == [".relgraph.sha256", "actors.csv", "groups.csv", "model.csv", "sources.csv", "ties.csv"])
        let ties = try String(contentsOfFile: folder.path("out/south-caucasus-csv/ties.csv"), encoding: .utf8)
        #expect(ties.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 7, "one row per citation")
        let dot = try String(contentsOfFile: folder.path("out/south-caucasus.dot"), encoding: .utf8)
        #expect(dot.contains("every date (as_of 2025-06)"))
        #expect(dot.components(separatedBy: " -> ").count - 1 == 5)
    }

    @Test("--at exports the snapshot; the format can come from the extension; - writes to standard output")
    func exportOptions() throws {
        let model = Fixture.path("interchange-full.yaml")
        let all = try CommandRunner.run(["export", model, "-o", "-", "--format", "mermaid"])
        let snapshot = try CommandRunner.run(["export", model, "--at", "2025", "-o", "-", "--format", "mermaid"])
        #expect(all.stdout.components(separatedBy: "linkStyle").count - 1 == 4, "four styles: strong and weak conflict, cooperation, zero")
        #expect(all.stdout.contains("a1 ---|\"alliance +0.9, since 2010\"| a2"))
        #expect(snapshot.stdout.contains("as of 2025-01-01"))
        #expect(!snapshot.stdout.contains("deployment"))
        let folder = try TemporaryFolder()
        let json = try CommandRunner.run(["export", model, "-o", folder.path("m.json")])
        #expect(json.status == 0)
        #expect(try String(contentsOfFile: folder.path("m.json"), encoding: .utf8).hasPrefix("{\n  \"directed\" : true,\n  \"edges\" : ["))
    }

    @Test("usage errors exit 2 with one line", arguments: [
        (["export", "--at", "2024", "--all-dates", "--format", "json"], "Error: --at writes one date, --all-dates every date: give one of them"),
        (["export", "-o", "model.txt"], "Error: name a format: --format graphml, gexf, json, csv, dot or mermaid"),
        (["export", "--format", "csv", "-o", "-"], "Error: csv is a folder of files; name a folder with -o, not -"),
    ])
    func usage(arguments: [String], message: String) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix(message))
    }

    @Test("export → import (CSV) → export gives the same sheets; the import checks clean")
    func csvRoundTrip() throws {
        let folder = try TemporaryFolder()
        let model = Fixture.path("interchange-full.yaml")
        #expect(try CommandRunner.run(["export", model, "--format", "csv", "-o", folder.path("sheets")]).status == 0)
        let imported = try CommandRunner.run(["import", folder.path("sheets"), "-o", folder.path("back.yaml")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "\(folder.path("back.yaml")): 5 actors, 5 ties, 3 sources\n")
        #expect(imported.stderr == "relgraph check will also report:\n\(folder.path("back.yaml")):18:5: warning: source 'unused-1' is not cited by any tie [unused-source]\n"
                 + "\(folder.path("back.yaml")):61:13: warning: weight 0 is within 0.005 of zero: a tie of no strength, whose sign no picture or measure can show; remove the tie, or give it a weight of at least 0.01 (docs/weights.md) [weight-near-zero]\n")
        let check = try CommandRunner.run(["check", folder.path("back.yaml")])
        #expect(check.status == 0)
        #expect(check.stdout.contains("[unused-source]"))
        #expect(try CommandRunner.run(["export", folder.path("back.yaml"), "--format", "csv", "-o", folder.path("again")]).status == 0)
        for name in ["actors.csv", "ties.csv", "sources.csv", "groups.csv", "model.csv"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("sheets/" + name))) == Data(contentsOf: URL(fileURLWithPath: folder.path("again/" + name))), "\(name)")
        }
        // Imported again: the model relgraph wrote is replaced; once edited, it is refused.
        let again = try CommandRunner.run(["import", folder.path("sheets"), "-o", folder.path("back.yaml")])
        #expect(again.status == 0, "\(again.stderr)")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path("back.yaml")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("# edited\n".utf8))
        try handle.close()
        let edited = try CommandRunner.run(["import", folder.path("sheets"), "-o", folder.path("back.yaml")])
        #expect(edited.status == 1)
        #expect(edited.stderr == "\(folder.path("back.yaml")): error: exists, and relgraph did not write it (or it was changed since); name another file, or add --force to replace it\n")
    }

    @Test("a DOT import lists what it could not carry over, writes placeholders, and check flags each")
    func dotImport() throws {
        let folder = try TemporaryFolder()
        try "digraph { A [kind=state]; B [kind=bloc, color=red]; A -> B [kind=support, weight=0.4]; B -> A [weight=7]; A -> A }"
            .write(toFile: folder.path("net.dot"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["import", "net.dot"], in: folder.url)
        #expect(output.status == 0)
        #expect(output.stdout == "net.yaml: 2 actors, 2 ties, 0 sources; 2 ties need a citation (source TODO, empty quote)\n")
        #expect(output.stderr.contains("net.dot: warning: edge B -> A: weight '7' is not a number within −1 … +1 (Graphviz's layout weight?); not used [weight-out-of-range]\n"))
        #expect(output.stderr.contains("net.dot: warning: edge A -> A is a self-loop; relgraph has no self-loops, so it is left out [self-tie]\n"))
        #expect(output.stderr.contains("net.dot: warning: node attribute 'color' (on 1 node) has no place in the model; not imported [not-imported]\n"))
        #expect(output.stderr.contains("needs a citation: A->B:support\nneeds a citation: B->A:other\n"))
        let yaml = try String(contentsOfFile: folder.path("net.yaml"), encoding: .utf8)
        #expect(yaml.hasPrefix("# Imported by `relgraph import` from net.dot (dot).\n"))
        #expect(yaml.contains("#   net.dot: warning: edge A -> A is a self-loop"))
        let check = try CommandRunner.run(["check", "net.yaml"], in: folder.url)
        #expect(check.status == 1)
        #expect(check.stdout.components(separatedBy: "[empty-quote]").count - 1 == 2)
    }

    @Test("bad input: malformed CSV at its position, unparseable DOT with Graphviz's words; nothing written")
    func badInput() throws {
        let folder = try TemporaryFolder()
        try "From,To,Type\nA,\"B,trade\n".write(toFile: folder.path("ties.csv"), atomically: true, encoding: .utf8)
        let csv = try CommandRunner.run(["import", "ties.csv"], in: folder.url)
        #expect(csv.status == 1)
        #expect(csv.stderr == "ties.csv:2:3: error: a quoted field is not closed; a '\"' is missing [csv-syntax]\nties.csv: 1 error; nothing was written\n")
        try "digraph { a -> ".write(toFile: folder.path("bad.dot"), atomically: true, encoding: .utf8)
        let dot = try CommandRunner.run(["import", "bad.dot"], in: folder.url)
        #expect(dot.status == 1)
        #expect(dot.stderr.hasPrefix("bad.dot: error: Graphviz reading DOT failed: syntax error in line 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")).sorted() == ["bad.dot", "ties.csv"])
    }

    @Test("the import template in docs/ imports with nothing to report and checks clean")
    func template() throws {
        let template = Repository.path("docs/import-template")
        let folder = try TemporaryFolder()
        let imported = try CommandRunner.run(["import", template, "-o", folder.path("m.yaml")])
        #expect(imported.status == 0)
        #expect(imported.stderr == "")
        #expect(imported.stdout == "\(folder.path("m.yaml")): 2 actors, 1 tie, 1 source\n")
        let check = try CommandRunner.run(["check", folder.path("m.yaml")])
        #expect(check.stdout == "\(folder.path("m.yaml")): ok (2 actors, 1 ties, 1 sources)\n")
    }
}
