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

    /// Everything in the folder, hidden files (temporaries) included, recursively.
    func contents() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
    }

    func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// An earlier run's files, each holding `old <name>`.
    func writeOldRun(_ names: [String]) throws {
        for name in names { try Data("old \(name)".utf8).write(to: URL(fileURLWithPath: path(name))) }
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
        #expect(try contents() == ["a.svg", "sub", "sub/b.md", "sub/deeper", "sub/deeper/c.json"])
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
        #expect(try contents() == ["a.svg", "b.md", "c.html"])
    }

    @Test("an input of the command among the set: refused, nothing written")
    func inputInSet() throws {
        try writeOldRun(["a.svg", "model.yaml"])
        let error = #expect(throws: OutputFile.WriteError.self) {
            try OutputFile.write([self.entry("a.svg", "new a"), self.entry("model.yaml", "new model")], protecting: [self.path("model.yaml")])
        }
        #expect(error?.description == "\(path("model.yaml")): error: is an input of this command; refusing to overwrite it")
        try expectOldRunKept(["a.svg", "model.yaml"])
        #expect(try contents() == ["a.svg", "model.yaml"])
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
        #expect(try contents() == ["a.svg", "b.md", "blocker"])
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
        #expect(try contents() == ["a.svg", "full"])
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
        #expect(try contents() == ["a.svg", "null"])
    }

    @Test("one target named twice: the later bytes win, as written one after the other")
    func sameTargetTwice() throws {
        try OutputFile.write([entry("a.svg", "first"), entry("./a.svg", "second")])
        #expect(try text("a.svg") == "second")
        #expect(try contents() == ["a.svg"])
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
        #expect(try contents() == ["x", "x/y"])
    }

    @Test("one file is the set of one: same checks, same messages")
    func singleFile() throws {
        try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: false)
        #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: self.path("folder")) }
        try OutputFile.write("one", to: path("one.txt"))
        #expect(try text("one.txt") == "one")
        #expect(try contents() == ["folder", "one.txt"])
    }
}
