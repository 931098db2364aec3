import Foundation
import Testing
import TestSupport

@Suite("--width: pictures made for a report's column")
struct WidthOptionTests {
    @Test("render --width 16cm: a picture 16 cm wide; a model too dense for 3 cm gets a warning naming --focus")
    func render() throws {
        let folder = try TemporaryFolder()
        let output = try CommandRunner.run(["render", Fixture.path("caucasus-mini.yaml"), "--width", "16cm", "-o", "p.svg"], in: folder.url)
        #expect(output.status == 0 && output.stderr.isEmpty, "\(output.stderr)")
        let svg = try String(contentsOfFile: folder.path("p.svg"), encoding: .utf8)
        #expect(svg.contains("<svg width=\"453.54pt\""))
        let narrow = try CommandRunner.run(["render", Fixture.path("caucasus-mini.yaml"), "--width", "3cm", "-o", "n.svg"], in: folder.url)
        #expect(narrow.status == 0)
        #expect(narrow.stderr.contains("warning: 4 actors are too dense to print legibly 3cm wide: the smallest actor name prints at "))
        #expect(narrow.stderr.contains("--focus <actor> --depth 1, or give a wider --width"))
    }

    @Test("a width that is not one is a usage error that says what to write")
    func wrongWidth() throws {
        let output = try CommandRunner.run(["render", Fixture.path("caucasus-mini.yaml"), "--width", "16", "-o", "-"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("The value '16' is invalid for '--width <width>': write a number and a unit"), "\(output.stderr)")
    }

    @Test("scenario, diff and timeline take the same option and make their pictures that wide")
    func otherCommands() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("graphs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.path("caucasus-mini.yaml"), toPath: folder.path("graphs/south-caucasus.yaml"))
        let scenario = try CommandRunner.run(["scenario", "--remove", "Russia-peacekeepers", "--width", "12cm", "--out", "s"], in: folder.url)
        #expect(scenario.status == 0, "\(scenario.stderr)")
        let diff = try CommandRunner.run(["diff", "--at", "2023-06-01", "--vs", "2025-09-01", "--width", "12cm", "--out", "d"], in: folder.url)
        #expect(diff.status == 0, "\(diff.stderr)")
        let timeline = try CommandRunner.run(["timeline", "--from", "2023", "--to", "2025", "--every", "1y", "--width", "12cm", "--out", "t"], in: folder.url)
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let pictures = ["s", "d", "t"].flatMap { root in
            (FileManager.default.enumerator(atPath: folder.path(root))?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".svg") && !$0.hasSuffix("actors.svg") }.map { folder.path(root + "/" + $0) }
        }
        #expect(pictures.count == 3 + 3 + 3, "\(pictures)")
        for picture in pictures {
            let svg = try String(contentsOfFile: picture, encoding: .utf8)
            #expect(svg.contains("<svg width=\"340.16pt\""), "\(picture)")
        }
    }
}
