import Foundation
import Testing
import TestSupport
import RelGraph

@Suite("relgraph timeline, as a user runs it")
struct TimelineCommandTests {
    @Test("one SVG per date, --to as the last frame, and timeline.html")
    func frames() throws {
        let folder = try TemporaryFolder()
        let output = try CommandRunner.run(["timeline", Fixture.path("caucasus-mini.yaml"), "--from", "2020", "--to", "2025-10",
                                            "--every", "1y", "--out", folder.path("tl")])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "wrote \(folder.path("tl"))/ (7 frames, timeline.html)\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("tl")).sorted()
        #expect(names == [".relgraph.sha256", "frame-2020-01-01.svg", "frame-2021-01-01.svg", "frame-2022-01-01.svg", "frame-2023-01-01.svg",
                          "frame-2024-01-01.svg", "frame-2025-01-01.svg", "frame-2025-10-01.svg", "timeline.html"])
        let html = try String(contentsOfFile: folder.path("tl/timeline.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count - 1 == 7)
        #expect(!output.stderr.contains("\u{1B}["), "no progress line when stderr is not a terminal")
    }

    @Test("frames streamed to disk follow the output rules: every file listed with its sum, a rerun replaces them, --width sizes and warns")
    func streamedUnderTheRules() throws {
        let folder = try TemporaryFolder()
        let arguments = ["timeline", Fixture.path("caucasus-mini.yaml"), "--from", "2023", "--to", "2025", "--every", "1y", "--out", folder.path("tl")]
        #expect(try CommandRunner.run(arguments).status == 0)
        let list = try String(contentsOfFile: folder.path("tl/.relgraph.sha256"), encoding: .utf8)
        for name in ["frame-2023-01-01.svg", "frame-2024-01-01.svg", "frame-2025-01-01.svg", "timeline.html"] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder.path("tl/\(name)"))))
            #expect(list.contains("\(SHA256.hex(bytes))  \(name)\n"), "\(name)")
        }
        // relgraph wrote them all: replaced without --force, made for a narrow column this time.
        let narrow = try CommandRunner.run(arguments + ["--width", "3cm"])
        #expect(narrow.status == 0, "\(narrow.stderr)")
        #expect(narrow.stderr.contains("warning: the frames are too dense to print legibly 3cm wide"), "\(narrow.stderr)")
        #expect(narrow.stderr.contains("relgraph render --focus <actor> --depth 1, or give a wider --width"))
        let frame = try String(contentsOfFile: folder.path("tl/frame-2024-01-01.svg"), encoding: .utf8)
        #expect(frame.contains("<svg width=\"85.04pt\""))
        #expect(OutputManifest.check(folder: folder.path("tl")).isEmpty)
    }

    @Test("bad dates, intervals and spans are usage errors")
    func usage() throws {
        let model = Fixture.path("caucasus-mini.yaml")
        let cases: [([String], String)] = [
            (["--from", "2025", "--to", "2020", "--every", "1y"], "--to 2020 is before --from 2025"),
            (["--from", "2020", "--to", "2025", "--every", "1w"], "--every '1w' is not an interval"),
            (["--from", "2020-13", "--to", "2025", "--every", "1y"], "--from '2020-13' is not a date"),
            (["--from", "1900", "--to", "2025", "--every", "1m"], "gives 1501 frames; at most 200"),
            (["--from", "2020", "--to", "2025", "--every", "1y", "--at", "2023"], "Unknown option '--at'"),
        ]
        for (arguments, message) in cases {
            let output = try CommandRunner.run(["timeline", model] + arguments)
            #expect(output.status == 2, "\(arguments)")
            #expect(output.stderr.contains(message), "\(output.stderr)")
        }
    }
}
