import Foundation
import RelGraph
import Testing
import TestSupport

/// A command stopped while it writes a set of files (issue 17, item 5). The writer pauses where
/// a test asks (RELGRAPH_TEST_PAUSE) and says so on stderr; the test then signals it. No timing:
/// the test waits for the words, not for a clock.
@Suite("A command stopped while it writes")
struct InterruptedWritingTests {
    /// A folder with a model and a scenario `s.yaml` titled `title`, whose set goes to out/s/.
    func folder(title: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("minimal.yaml"), toPath: folder.path("m.yaml"))
        try retitle(folder, title)
        return folder
    }

    func retitle(_ folder: TemporaryFolder, _ title: String) throws {
        try Data("relgraph: 1\ntitle: \"\(title)\"\ngraph: m.yaml\nshocks:\n  - cut: A~B\n".utf8).write(to: URL(fileURLWithPath: folder.path("s.yaml")))
    }

    var set: String { "out/s" }

    func files(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path(set)).sorted()
    }

    func temporaries(_ folder: TemporaryFolder) throws -> [String] {
        try files(folder).filter { $0.hasSuffix(".tmp") }
    }

    func bytes(_ folder: TemporaryFolder) throws -> [String: Data] {
        var bytes: [String: Data] = [:]
        for name in try files(folder) { bytes[name] = try Data(contentsOf: URL(fileURLWithPath: folder.path(set + "/" + name))) }
        return bytes
    }

    func title(_ folder: TemporaryFolder) throws -> Substring? {
        try String(contentsOfFile: folder.path(set + "/report.md"), encoding: .utf8).split(separator: "\n").first
    }

    func run(_ folder: TemporaryFolder) throws {
        let output = try CommandRunner.run(["scenario", "s.yaml"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
    }

    /// Runs `scenario s.yaml` until it says that it paused at `point`, sends `signal`, and
    /// gives how it ended: the signal that ended it, or nil when it exited.
    func interrupt(_ folder: TemporaryFolder, at point: String, with signal: Int32) throws -> Int32? {
        let process = Process()
        // Signals at their default action, whatever the test runner's are.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=INT,TERM,HUP,PIPE", CommandRunner.executable.path, "scenario", "s.yaml"]
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["RELGRAPH_TEST_PAUSE"] = point
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("relgraph: paused: \(point)\n") {
            let more = err.fileHandleForReading.availableData
            if more.isEmpty { break }
            said += more
        }
        #expect(String(decoding: said, as: UTF8.self).hasSuffix("relgraph: paused: \(point)\n"), "\(String(decoding: said, as: UTF8.self))")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
    }

    @Test("a signal before the renames: the temporaries removed, the earlier set kept whole, the process ended by the signal",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func beforeRenames(_ signal: Int32) throws {
        let folder = try folder(title: "first")
        try run(folder)
        let before = try bytes(folder)
        try retitle(folder, "second")
        #expect(try interrupt(folder, at: "staged", with: signal) == signal)
        #expect(try temporaries(folder) == [])
        #expect(try bytes(folder) == before)
        #expect(OutputManifest.check(folder: folder.path(set)) == [])
    }

    @Test("a signal between the renames: the renames finished, the new set whole, the process ended by the signal",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func betweenRenames(_ signal: Int32) throws {
        let folder = try folder(title: "first")
        try run(folder)
        try retitle(folder, "second")
        #expect(try interrupt(folder, at: "renamed", with: signal) == signal)
        #expect(try temporaries(folder) == [])
        #expect(try title(folder) == "# Scenario: second")
        #expect(OutputManifest.check(folder: folder.path(set)) == [])
    }

    @Test("SIGKILL between the renames: a mixed set that its list says is not whole; the next run removes the temporaries and makes it whole")
    func killedBetweenRenames() throws {
        let folder = try folder(title: "first")
        try run(folder)
        try retitle(folder, "second")
        #expect(try interrupt(folder, at: "renamed", with: SIGKILL) == SIGKILL)
        let left = try temporaries(folder)
        #expect(!left.isEmpty && left.allSatisfy { $0.hasPrefix(".") && $0.contains(".relgraph-") })
        // One file renamed, the others not: each of them contradicts the list.
        #expect(try title(folder) == "# Scenario: first")
        let problems = OutputManifest.check(folder: folder.path(set))
        #expect(problems.count >= 2 && problems.allSatisfy { $0.hasSuffix(": FAILED") }, "\(problems)")

        // No --force needed: each file is one of the two that the list names.
        try run(folder)
        #expect(try temporaries(folder) == [])
        #expect(try title(folder) == "# Scenario: second")
        #expect(OutputManifest.check(folder: folder.path(set)) == [])
    }
}
