import Foundation
import Testing
import TestSupport

@Suite("relgraph at scale: generate, large pictures, scenario batches")
struct ScaleCommandTests {
    @Test("generate writes a model that checks clean; the same seed gives the same bytes in another process")
    func generate() throws {
        let folder = try TemporaryFolder()
        let first = try CommandRunner.run(["generate", "--actors", "300", "--ties", "2000", "--seed", "5", "-o", folder.path("a.yaml")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == folder.path("a.yaml") + "\n")
        let again = try CommandRunner.run(["generate", "--actors", "300", "--ties", "2000", "--seed", "5", "-o", "-"])
        #expect(again.stdoutBytes == (try Data(contentsOf: URL(fileURLWithPath: folder.path("a.yaml")))))
        let other = try CommandRunner.run(["generate", "--actors", "300", "--ties", "2000", "--seed", "6", "-o", "-"])
        #expect(other.stdoutBytes != again.stdoutBytes)
        let check = try CommandRunner.run(["check", "--strict", folder.path("a.yaml")])
        #expect(check.status == 0)
        #expect(check.stdout == "\(folder.path("a.yaml")): ok (300 actors, 2000 ties, 50 sources)\n")
        let defaults = try CommandRunner.run(["generate"], in: folder.url)
        #expect(defaults.stdout == "out/synthetic-100-300-1.yaml\n")
    }

    @Test("impossible counts are usage errors (exit 2) that say why, and nothing is written")
    func generateErrors() throws {
        let folder = try TemporaryFolder()
        let tooMany = try CommandRunner.run(["generate", "--actors", "10", "--ties", "46", "-o", folder.path("x.yaml")])
        #expect(tooMany.status == 2)
        #expect(tooMany.stderr.contains("--ties 46 is more than the 45 pairs 10 actors can form (one tie per pair)"))
        let tooFew = try CommandRunner.run(["generate", "--actors", "10", "--ties", "5"])
        #expect(tooFew.status == 2)
        #expect(tooFew.stderr.contains("every actor needs a tie"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.yaml")))
    }

    @Test("a picture of 600 actors is laid out with sfdp, names for the largest, and says so in one note")
    func largePicture() throws {
        let folder = try TemporaryFolder()
        _ = try CommandRunner.run(["generate", "--actors", "600", "--ties", "1500", "-o", folder.path("big.yaml")])
        let output = try CommandRunner.run(["render", folder.path("big.yaml"), "--format", "dot", "-o", folder.path("big.dot")])
        #expect(output.status == 0, "\(output.stderr)")
        let notes = output.stderr.split(separator: "\n").filter { $0.contains("note:") }
        #expect(notes.count == 1)
        #expect(notes.first?.contains("sfdp layout instead of neato") == true)
        #expect(notes.first?.contains("names shown for the 50 actors with the most ties") == true)
        let dot = try String(contentsOfFile: folder.path("big.dot"), encoding: .utf8)
        #expect(dot.contains("Positions come from a sfdp layout"))
        let small = try CommandRunner.run(["render", Fixture.path("caucasus-mini.yaml"), "-o", folder.path("small.svg")])
        #expect(!small.stderr.contains("note:"))
    }

    @Test("the nine shipped scenarios in one process write byte-identical files to each run alone")
    func batchMatchesSingleRuns() throws {
        let folder = try TemporaryFolder()
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "scenarios/" + $0 }
        #expect(scenarios.count == 9)
        let batch = try CommandRunner.run(["scenario"] + scenarios + ["--out", folder.path("batch")], in: Repository.root)
        #expect(batch.status == 0, "\(batch.stderr)")
        var alone = ""
        for scenario in scenarios {
            let single = try CommandRunner.run(["scenario", scenario, "--out", folder.path("alone")], in: Repository.root)
            #expect(single.status == 0)
            alone += single.stdout
        }
        #expect(batch.stdout == alone.replacingOccurrences(of: folder.path("alone"), with: folder.path("batch")), "summaries in input order")
        let files = FileManager.default.enumerator(atPath: folder.path("alone"))!.compactMap { $0 as? String }.sorted()
        #expect(files.count == scenarios.count * 9, "seven files, the list of their sums (.relgraph.sha256) and a folder per scenario")
        #expect(FileManager.default.enumerator(atPath: folder.path("batch"))!.compactMap { $0 as? String }.sorted() == files)
        for file in files {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.path("alone/" + file), isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            let a = try Data(contentsOf: URL(fileURLWithPath: folder.path("batch/" + file)))
            let b = try Data(contentsOf: URL(fileURLWithPath: folder.path("alone/" + file)))
            #expect(a == b, "\(file)")
        }
    }
}
