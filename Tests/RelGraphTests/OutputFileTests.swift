import Foundation
import Testing
@testable import RelGraph

/// A set of files is written all or nothing: when one cannot be written, the files of an
/// earlier run stay byte for byte as they were and no temporary is left beside them.
@Suite("Writing a set of files all or nothing")
final class OutputFileSetTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-output-set-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func entry(_ name: String, _ text: String) -> OutputFile.Entry {
        OutputFile.Entry(path: path(name), bytes: Array(text.utf8))
    }

    /// Everything in the folder, hidden files (temporaries, lists of sums) included, recursively.
    func contents() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
    }

    static let list = OutputManifest.fileName

    func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// An earlier run's files, each holding `old <name>`, written by relgraph (so listed).
    func writeOldRun(_ names: [String]) throws {
        try OutputFile.write(names.map { entry($0, "old \($0)") })
    }

    func expectOldRunKept(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for name in names { #expect(try text(name) == "old \(name)", sourceLocation: sourceLocation) }
    }

    @Test("every file of a set is written, missing folders are made, no temporary is left")
    func writesEveryFile() throws {
        try writeOldRun(["a.svg"])
        try OutputFile.write([entry("a.svg", "new a"), entry("sub/b.md", "new b"), entry("sub/deeper/c.json", "new c")])
        #expect(try text("a.svg") == "new a")
        #expect(try text("sub/b.md") == "new b")
        #expect(try text("sub/deeper/c.json") == "new c")
        #expect(try contents() == [Self.list, "a.svg", "sub", "sub/\(Self.list)", "sub/b.md", "sub/deeper", "sub/deeper/\(Self.list)", "sub/deeper/c.json"])
        #expect(OutputManifest.check(folder: folder.path).isEmpty && OutputManifest.check(folder: path("sub/deeper")).isEmpty)
    }

    @Test("a folder where a file of the set should go: refused before anything is written")
    func folderAsTarget() throws {
        try writeOldRun(["a.svg", "b.md"])
        try FileManager.default.createDirectory(atPath: path("c.html"), withIntermediateDirectories: false)
        let error = #expect(throws: OutputFile.WriteError.self) {
            try OutputFile.write([self.entry("a.svg", "new a"), self.entry("b.md", "new b"), self.entry("c.html", "new c")])
        }
        #expect(error?.description == "\(path("c.html")): error: is a folder; name a file to write")
        try expectOldRunKept(["a.svg", "b.md"])
        #expect(try contents() == [Self.list, "a.svg", "b.md", "c.html"])
    }

    @Test("an input of the command among the set, even one relgraph wrote and with force: refused, nothing written")
    func inputInSet() throws {
        try writeOldRun(["a.svg", "model.yaml"])
        _ = try FileInput.read(path("model.yaml"))
        for force in [false, true] {
            let error = #expect(throws: OutputFile.WriteError.self) {
                try OutputFile.write([self.entry("a.svg", "new a"), self.entry("model.yaml", "new model")], force: force)
            }
            #expect(error?.description == "\(path("model.yaml")): error: is an input of this command; refusing to overwrite it")
        }
        try expectOldRunKept(["a.svg", "model.yaml"])
        #expect(try contents() == [Self.list, "a.svg", "model.yaml"])
    }

    /// Both fail only after the files before them are complete in their temporaries.
    @Test("a file that cannot be written after others were staged: none replaced, no temporary left",
          arguments: [("blocker/c.json", "cannot create folder "), ("/proc/relgraph-test.json", "cannot write in /proc: ")])
    func failureWhileStaging(target: String, message: String) throws {
        try writeOldRun(["a.svg", "b.md", "blocker"])
        let failing = target.hasPrefix("/") ? target : path(target)
        let error = #expect(throws: OutputFile.WriteError.self) {
            try OutputFile.write([self.entry("a.svg", "new a"), self.entry("b.md", "new b"),
                                  OutputFile.Entry(path: failing, bytes: Array("new c".utf8))])
        }
        #expect(error?.path == failing)
        #expect(error?.message.hasPrefix(message) == true, "\(String(describing: error))")
        if !target.hasPrefix("/") {
            // In the C library's words, not Foundation's "The operation could not be completed".
            #expect(error?.message == "cannot create folder \(path("blocker")): File exists")
        }
        try expectOldRunKept(["a.svg", "b.md", "blocker"])
        #expect(try contents() == [Self.list, "a.svg", "b.md", "blocker"])
    }

    @Test("a full device in a set: the regular files are not replaced, the device stays a device",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full"))
    func fullDeviceInSet() throws {
        try writeOldRun(["a.svg"])
        // Through a link: were a device ever renamed over, the link would go, not /dev/full.
        try FileManager.default.createSymbolicLink(atPath: path("full"), withDestinationPath: "/dev/full")
        let error = #expect(throws: OutputFile.WriteError.self) {
            try OutputFile.write([self.entry("a.svg", "new a"), self.entry("full", "new full")])
        }
        #expect(error?.description == "\(path("full")): error: cannot write: No space left on device")
        try expectOldRunKept(["a.svg"])
        #expect(try contents() == [Self.list, "a.svg", "full"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("full")) == "/dev/full")
    }

    @Test("a null device in a set takes its bytes and the regular files are written",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/null"), "no /dev/null"))
    func nullDeviceInSet() throws {
        try writeOldRun(["a.svg"])
        try FileManager.default.createSymbolicLink(atPath: path("null"), withDestinationPath: "/dev/null")
        try OutputFile.write([entry("null", "new null"), entry("a.svg", "new a")])
        #expect(try text("a.svg") == "new a")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("null")) == "/dev/null")
        #expect(try contents() == [Self.list, "a.svg", "null"])
    }

    @Test("one target named twice: the later bytes win, as written one after the other")
    func sameTargetTwice() throws {
        try OutputFile.write([entry("a.svg", "first"), entry("./a.svg", "second")])
        #expect(try text("a.svg") == "second")
        #expect(try contents() == [Self.list, "a.svg"])
        #expect(OutputManifest.check(folder: folder.path).isEmpty)
    }

    /// The one failure left after staging: a folder changed between staging and renaming.
    /// Here the set itself does it, making `x` a folder for `x/y` after `x` was planned as a file.
    @Test("a rename that fails says which files were already replaced, and leaves no temporary")
    func renameFailure() throws {
        let error = #expect(throws: OutputFile.WriteError.self) {
            try OutputFile.write([self.entry("x/y", "y"), self.entry("x", "x")])
        }
        #expect(error?.path == path("x"))
        #expect(error?.message.hasPrefix("cannot replace the file: ") == true, "\(String(describing: error))")
        #expect(error?.message.hasSuffix("; the file before it was already replaced") == true, "\(String(describing: error))")
        // The list says that x is being replaced, and x is not what it lists: not whole.
        #expect(try contents() == [Self.list, "x", "x/\(Self.list)", "x/y"])
        #expect(OutputManifest.check(folder: folder.path) == ["x: missing"])
    }

    @Test("one file is the set of one: same checks, same messages")
    func singleFile() throws {
        try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: false)
        #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: self.path("folder")) }
        try OutputFile.write("one", to: path("one.txt"))
        #expect(try text("one.txt") == "one")
        #expect(try contents() == [Self.list, "folder", "one.txt"])
    }
    // MARK: - Files relgraph did not write

    @Test("an existing file relgraph did not write is refused, kept, and replaced with force")
    func foreignFile() throws {
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path("notes.yaml")))
        let error = #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("generated", to: self.path("notes.yaml")) }
        #expect(error?.description == "\(path("notes.yaml")): error: exists, and relgraph did not write it (or it was changed since); name another file, or add --force to replace it")
        #expect(try text("notes.yaml") == "mine")
        #expect(try contents() == ["notes.yaml"])
        try OutputFile.write("generated", to: path("notes.yaml"), force: true)
        #expect(try text("notes.yaml") == "generated")
    }

    @Test("a file relgraph wrote is replaced again; once changed by someone, it is refused")
    func ownFile() throws {
        try OutputFile.write("first", to: path("m.svg"))
        try OutputFile.write("second", to: path("m.svg"))
        #expect(try text("m.svg") == "second")
        #expect(OutputManifest.read(folder: folder.path).lines == [OutputManifest.Line(name: "m.svg", sum: SHA256.hex(Array("second".utf8)))])
        try Data("edited by hand".utf8).write(to: URL(fileURLWithPath: path("m.svg")))
        #expect(OutputManifest.check(folder: folder.path) == ["m.svg: FAILED"])
        #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("third", to: self.path("m.svg")) }
        #expect(try text("m.svg") == "edited by hand")
    }

    @Test("a set with one file relgraph did not write: refused before anything is written")
    func foreignFileInSet() throws {
        try writeOldRun(["a.svg", "b.md"])
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path("c.json")))
        let error = #expect(throws: OutputFile.WriteError.self) {
            try OutputFile.write([self.entry("a.svg", "new a"), self.entry("b.md", "new b"), self.entry("c.json", "new c")])
        }
        #expect(error?.path == path("c.json"))
        try expectOldRunKept(["a.svg", "b.md"])
        #expect(try text("c.json") == "mine")
        #expect(try contents() == [Self.list, "a.svg", "b.md", "c.json"])
    }

    @Test("the list of sums is no output: refused by name, with force too")
    func listAsTarget() throws {
        for force in [false, true] {
            let error = #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: self.path(Self.list), force: force) }
            #expect(error?.message == "is relgraph's list of the files it wrote in that folder; name another file")
        }
        #expect(try contents() == [])
    }

    @Test("an input is known by its identity: through a hard link, a symbolic link or another spelling of its path")
    func inputByIdentity() throws {
        try Data("model".utf8).write(to: URL(fileURLWithPath: path("model.yaml")))
        _ = try FileInput.read(path("model.yaml"))
        try FileManager.default.linkItem(atPath: path("model.yaml"), toPath: path("hard.yaml"))
        try FileManager.default.createSymbolicLink(atPath: path("soft.yaml"), withDestinationPath: "model.yaml")
        for name in ["model.yaml", "hard.yaml", "soft.yaml", "sub/../model.yaml", "./model.yaml"] {
            let error = #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: self.path(name), force: true) }
            #expect(error?.message == "is an input of this command; refusing to overwrite it", "\(name)")
        }
        #expect(try text("model.yaml") == "model")
    }

    // MARK: - Temporaries of dead processes

    /// The number of a process that has ended.
    static func deadProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("temporaries of dead processes are removed from a folder written into; those of running ones stay")
    func staleTemporaries() throws {
        let dead = try Self.deadProcess()
        let stale = [".a.svg.relgraph-\(dead)-3.tmp", ".report.md.\(dead).0.tmp", ".\(Self.list).relgraph-\(dead)-9.tmp"]
        // pid 1 runs as long as the system does.
        let live = [".a.svg.relgraph-1-3.tmp", ".b.svg.1.0.tmp"]
        let others = [".a.svg.relgraph-x-3.tmp", "a.tmp", ".tmp", ".x.\(dead).tmp", "keep.\(dead).0.tmp"]
        for name in stale + live + others { try Data("t".utf8).write(to: URL(fileURLWithPath: path(name))) }
        try OutputFile.write("new", to: path("new.svg"))
        #expect(try contents() == ([Self.list, "new.svg"] + live + others).sorted())
    }

    @Test("names of temporaries, this version's and the earlier ones")
    func temporaryNames() {
        #expect(TemporaryFiles.owner(ofTemporary: ".before.svg.relgraph-123-4.tmp") == 123)
        #expect(TemporaryFiles.owner(ofTemporary: ".a.relgraph-b.relgraph-5-6.tmp") == 5)
        #expect(TemporaryFiles.owner(ofTemporary: ".before.svg.123.0.tmp") == 123)
        #expect(TemporaryFiles.owner(ofTemporary: ".x.123.0.tmp") == 123)
        for name in [".relgraph-1-2.tmp", ".x.relgraph-1.tmp", ".x.relgraph-1-2-3.tmp", "x.1.2.tmp", ".1.2.tmp", ".x.1.tmp", ".x.a.2.tmp", ".x.1.2.tmp.bak"] {
            #expect(TemporaryFiles.owner(ofTemporary: name) == nil, "\(name)")
        }
        let handle = TemporaryFiles.register(beside: "/some/folder/m.svg")
        defer { TemporaryFiles.release(handle) }
        #expect(handle.path.hasPrefix("/some/folder/.m.svg.relgraph-\(getpid())-"))
        #expect(TemporaryFiles.owner(ofTemporary: String(handle.path.split(separator: "/").last!)) == getpid())
    }
}
