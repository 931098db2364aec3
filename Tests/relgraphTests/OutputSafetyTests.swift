import Foundation
import Testing
import RelGraph
import TestSupport

/// Outputs are written whole or not at all, through the command line: every failure is one
/// line on stderr and exit 1, and leaves neither a partial file nor a temporary one behind.
@Suite("Writing files safely, as a user runs relgraph")
struct OutputSafetyTests {
    func folderWithModel() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("minimal.yaml"), toPath: folder.path("m.yaml"))
        return folder
    }

    /// Everything in the folder, hidden files included, recursively.
    func contents(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted()
    }

    func expectOneLineFailure(_ output: CommandRunner.Output, prefix: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(output.status == 1, "\(output.stderr)", sourceLocation: sourceLocation)
        #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)", sourceLocation: sourceLocation)
        #expect(output.stderr.hasPrefix(prefix), "\(output.stderr)", sourceLocation: sourceLocation)
        #expect(!output.stderr.contains("Fatal error") && !output.stderr.contains("Backtrac"), sourceLocation: sourceLocation)
    }

    @Test("an output that is the input, by another name or through a link, is refused and the input kept")
    func inputAsOutput() throws {
        let folder = try folderWithModel()
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.yaml"), withDestinationPath: folder.path("m.yaml"))
        try FileManager.default.linkItem(atPath: folder.path("m.yaml"), toPath: folder.path("hard.yaml"))
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path("m.yaml")))
        for target in ["m.yaml", "./sub/../m.yaml", folder.path("m.yaml"), "link.yaml", "hard.yaml"] {
            let output = try CommandRunner.run(["render", "m.yaml", "-o", target, "--format", "svg"], in: folder.url)
            expectOneLineFailure(output, prefix: "\(target): error: is an input of this command; refusing to overwrite it")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("m.yaml"))) == before)
        #expect(try contents(folder) == ["hard.yaml", "link.yaml", "m.yaml"])
    }

    @Test("missing output folders are created, and only the output appears")
    func createsFolders() throws {
        let folder = try folderWithModel()
        let output = try CommandRunner.run(["render", "m.yaml", "-o", "a/b/c/m.svg"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "a/b/c/m.svg\n")
        #expect(try contents(folder) == ["a", "a/b", "a/b/c", "a/b/c/.relgraph.sha256", "a/b/c/m.svg", "m.yaml"])
    }

    @Test("a destination that cannot be written: one line, exit 1, nothing left")
    func unwritable() throws {
        let folder = try folderWithModel()
        // A regular file standing where a folder must be: fails for root as well.
        let underFile = try CommandRunner.run(["render", "m.yaml", "-o", "m.yaml/x.svg"], in: folder.url)
        expectOneLineFailure(underFile, prefix: "m.yaml/x.svg: error: cannot create folder ")
        // /proc takes no new files, not even from root.
        let proc = try CommandRunner.run(["render", "m.yaml", "-o", "/proc/relgraph-test.svg"], in: folder.url)
        expectOneLineFailure(proc, prefix: "/proc/relgraph-test.svg: error: cannot write in /proc: ")
        let existingFolder = try CommandRunner.run(["render", "m.yaml", "-o", "."], in: folder.url)
        expectOneLineFailure(existingFolder, prefix: ".: error: is a folder; name a file to write")
        #expect(try contents(folder) == ["m.yaml"])
    }

    @Test("a read-only folder", .enabled(if: geteuid() != 0, "root may write into a read-only folder"))
    func readOnlyFolder() throws {
        let folder = try folderWithModel()
        try FileManager.default.createDirectory(atPath: folder.path("locked"), withIntermediateDirectories: false, attributes: [.posixPermissions: 0o555])
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path("locked")) }
        let output = try CommandRunner.run(["render", "m.yaml", "-o", "locked/m.svg"], in: folder.url)
        expectOneLineFailure(output, prefix: "locked/m.svg: error: cannot write in ")
        #expect(try contents(folder) == ["locked", "m.yaml"])
    }

    @Test("a missing or unreadable input: one line, exit 1, no output")
    func missingInput() throws {
        let folder = try folderWithModel()
        for command in ["render", "metrics", "sources", "scenario"] {
            let output = try CommandRunner.run([command, "nothing.yaml"], in: folder.url)
            expectOneLineFailure(output, prefix: "nothing.yaml: error: no such file")
        }
        // check reports its findings, this one included, on standard output.
        let check = try CommandRunner.run(["check", "nothing.yaml"], in: folder.url)
        #expect(check.status == 1 && check.stdout == "nothing.yaml: error: no such file\n" && check.stderr.isEmpty)
        let folderInput = try CommandRunner.run(["render", "."], in: folder.url)
        expectOneLineFailure(folderInput, prefix: ".: error: is a folder, not a file")
        #expect(try contents(folder) == ["m.yaml"])
    }

    /// A character device to write to. As root, a private node made with mknod in `folder`:
    /// were relgraph ever to rename over its output again, it would replace that node and not
    /// the machine's /dev/null. Other users cannot replace anything in /dev, so they get /dev's.
    func device(_ name: String, minor: UInt64, in folder: TemporaryFolder) -> String? {
        guard geteuid() == 0 else { return FileManager.default.fileExists(atPath: "/dev/" + name) ? "/dev/" + name : nil }
        let path = folder.path(name)
        // makedev(1, minor): the memory devices (null 3, full 7).
        return mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | minor)) == 0 ? path : nil
    }

    func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR
    }

    /// Whether `device` can give one here (mknod may be refused to root in a container).
    static let devicesAvailable: Bool = {
        guard let folder = try? TemporaryFolder() else { return false }
        return OutputSafetyTests().device("full", minor: 7, in: folder) != nil
    }()

    @Test("a full disk (a full device): one line naming the reason, exit 1, the device left a device",
          .enabled(if: devicesAvailable, "no device to write to: mknod is refused and there is no /dev/full"))
    func fullDevice() throws {
        let folder = try folderWithModel()
        let full = try #require(device("full", minor: 7, in: folder))
        let output = try CommandRunner.run(["render", "m.yaml", "-o", full, "--format", "svg"], in: folder.url)
        expectOneLineFailure(output, prefix: "\(full): error: cannot write: No space left on device")
        // A device is written in place, never renamed over.
        #expect(isCharacterDevice(full))
        let folderOfDevice = URL(fileURLWithPath: full).deletingLastPathComponent().path
        #expect(!((try? FileManager.default.contentsOfDirectory(atPath: folderOfDevice)) ?? []).contains { $0.hasPrefix(".full.") })
        // Standard output on a full disk: the same, not a crash in Foundation.
        let stdout = try CommandRunner.run(["-c", "exec \"$0\" render m.yaml -o - > \"$1\"", CommandRunner.executable.path, full], in: folder.url, shell: true)
        expectOneLineFailure(stdout, prefix: "relgraph: error: cannot write to standard output: No space left on device")
        let check = try CommandRunner.run(["-c", "exec \"$0\" check m.yaml > \"$1\"", CommandRunner.executable.path, full], in: folder.url, shell: true)
        expectOneLineFailure(check, prefix: "relgraph: error: cannot write to standard output: No space left on device")
    }

    @Test("a null device takes output without being replaced",
          .enabled(if: devicesAvailable, "no device to write to: mknod is refused and there is no /dev/null"))
    func nullDevice() throws {
        let folder = try folderWithModel()
        let null = try #require(device("null", minor: 3, in: folder))
        let output = try CommandRunner.run(["render", "m.yaml", "-o", null, "--format", "svg"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(isCharacterDevice(null))
    }

    @Test("a file-size limit hit mid-write (ulimit -f): one line, exit 1, no partial or temporary file")
    func fileSizeLimit() throws {
        let folder = try folderWithModel()
        // An old picture (relgraph's) stays as it was when the new one cannot be written whole.
        try OutputFile.write("old", to: folder.path("m.svg"))
        // 4 blocks: less than the picture, so the write fails part-way. The signal that then
        // kills a process (SIGXFSZ) is set back to its default, as in a login shell: test
        // runners may start their children with it ignored, which would hide the bug.
        let output = try CommandRunner.run(["-c", "ulimit -f 4 && exec env --default-signal=XFSZ \"$0\" render m.yaml -o m.svg",
                                            CommandRunner.executable.path], in: folder.url, shell: true)
        expectOneLineFailure(output, prefix: "m.svg: error: cannot write: File too large")
        #expect(try contents(folder) == [".relgraph.sha256", "m.svg", "m.yaml"])
        #expect(try String(contentsOfFile: folder.path("m.svg"), encoding: .utf8) == "old")
    }

    /// A command that writes a set of files into one folder, and the file of it to block.
    struct FileSet: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var folder: String
        var names: [String]
        var blocked: String
        var testDescription: String { arguments[0] }
    }

    static let fileSets = [
        FileSet(arguments: ["scenario", "--graph", "m.yaml", "--cut", "A~B"], folder: "out/command-line-cut-a-b",
                names: ["before.svg", "after.svg", "diff.svg", "actors.svg", "report.md", "report.html", "effects.json"], blocked: "report.html"),
        FileSet(arguments: ["diff", "m.yaml", "--at", "2023", "--vs", "2024"], folder: "out/diff-m-2023-01-01-2024-01-01",
                names: ["before.svg", "after.svg", "diff.svg", "actors.svg", "report.md", "report.html", "effects.json"], blocked: "diff.svg"),
        FileSet(arguments: ["timeline", "m.yaml", "--from", "2023", "--to", "2024", "--every", "1y", "--out", "tl"], folder: "tl",
                names: ["frame-2023-01-01.svg", "frame-2024-01-01.svg", "timeline.html"], blocked: "timeline.html"),
        FileSet(arguments: ["export", "m.yaml", "--format", "csv", "-o", "sheets"], folder: "sheets",
                names: ["model.csv", "sources.csv", "groups.csv", "actors.csv", "ties.csv"], blocked: "ties.csv"),
    ]

    /// An earlier run's files, each holding `old <name>`, so that any replaced one shows;
    /// written by relgraph, so listed as its own.
    func writeOldRun(_ names: [String], into subfolder: String, of folder: TemporaryFolder) throws {
        try OutputFile.write(names.map { OutputFile.Entry(path: folder.path(subfolder + "/" + $0), bytes: Array("old \($0)".utf8)) })
    }

    func expectOldRunKept(_ names: [String], in subfolder: String, of folder: TemporaryFolder, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for name in names {
            let text = try String(contentsOfFile: folder.path(subfolder + "/" + name), encoding: .utf8)
            #expect(text == "old \(name)", "\(name)", sourceLocation: sourceLocation)
        }
    }

    @Test("a set of files with one that cannot be written: one line, exit 1, an earlier run's files all kept",
          arguments: fileSets)
    func setWithFolderAsTarget(_ set: FileSet) throws {
        let folder = try folderWithModel()
        let others = set.names.filter { $0 != set.blocked }
        try writeOldRun(others, into: set.folder, of: folder)
        try FileManager.default.createDirectory(atPath: folder.path(set.folder + "/" + set.blocked), withIntermediateDirectories: false)
        let before = try contents(folder)
        let output = try CommandRunner.run(set.arguments, in: folder.url)
        expectOneLineFailure(output, prefix: "\(set.folder)/\(set.blocked): error: is a folder; name a file to write")
        try expectOldRunKept(others, in: set.folder, of: folder)
        #expect(try contents(folder) == before)

        // Unblocked, the same command replaces every file of the set.
        try FileManager.default.removeItem(atPath: folder.path(set.folder + "/" + set.blocked))
        let again = try CommandRunner.run(set.arguments, in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
        for name in set.names {
            let text = try String(contentsOfFile: folder.path(set.folder + "/" + name), encoding: .utf8)
            #expect(!text.isEmpty && text != "old \(name)", "\(name)")
        }
        #expect(try contents(folder) == before)
    }

    @Test("a file-size limit hit by one file of a scenario's set: one line, exit 1, an earlier run's files all kept")
    func fileSizeLimitInSet() throws {
        let folder = try folderWithModel()
        let set = Self.fileSets[0]
        try writeOldRun(set.names, into: set.folder, of: folder)
        let before = try contents(folder)
        // 16 blocks (8 or 16 KB): more than each picture of this model, less than report.html,
        // which inlines them, so the set fails after its pictures are staged.
        let output = try CommandRunner.run(["-c", "ulimit -f 16 && exec env --default-signal=XFSZ \"$0\" \"$@\"",
                                            CommandRunner.executable.path] + set.arguments, in: folder.url, shell: true)
        expectOneLineFailure(output, prefix: "\(set.folder)/report.html: error: cannot write: File too large")
        try expectOldRunKept(set.names, in: set.folder, of: folder)
        #expect(try contents(folder) == before)
    }
}
