import Foundation
import Testing
@testable import RelGraph

/// A set of files written as they are made (a timeline's frames and page): each file's bytes go
/// to its temporary file at once, so the set is never whole in memory (issue 17 item 14), and
/// nothing replaces a target before `commit`.
@Suite("Writing a set of files as they are made")
final class OutputBatchTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-output-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Everything in the folder, hidden files (temporaries) included, with their sizes.
    func contents() throws -> [String: Int] {
        var sizes: [String: Int] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path(name), isDirectory: &isFolder), !isFolder.boolValue {
                sizes[name] = try FileManager.default.attributesOfItem(atPath: path(name))[.size] as? Int
            }
        }
        return sizes
    }

    static let list = OutputManifest.fileName

    /// What relgraph wrote earlier (so listed in the folder's `OutputManifest`).
    func writeOld(_ name: String, _ text: String) throws {
        try OutputFile.write(Array(text.utf8), to: path(name))
    }

    @Test("bytes reach the disk as they are added; the targets appear at commit, listed with their sums; the temporaries go")
    func streams() throws {
        try writeOld("page.html", "old page")
        let listed = try contents()[Self.list]
        let batch = OutputBatch()
        let page = try batch.open(path("page.html"))
        try page.append("<html>")
        let frame = [UInt8](repeating: 65, count: 100_000)
        try batch.add(frame, to: path("frames/a.svg"))
        try page.append(Array(repeating: 66, count: 50_000))
        // On disk already, in temporaries beside their targets; the old page and its list untouched.
        let staged = try contents()
        #expect(staged.count == 4)
        #expect(staged["page.html"] == 8 && staged[Self.list] == listed)
        #expect(staged.filter { $0.key.hasPrefix(".page.html.") && $0.key.hasSuffix(".tmp") }.values.first == 50_006)
        #expect(staged.filter { $0.key.hasPrefix("frames/.a.svg.") }.values.first == 100_000)
        try page.append("</html>")
        try batch.commit()
        let written = try contents()
        #expect(written.filter { !$0.key.hasSuffix(Self.list) } == ["page.html": 50_013, "frames/a.svg": 100_000])
        #expect(Set(written.keys) == ["page.html", "frames/a.svg", Self.list, "frames/\(Self.list)"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("frames/a.svg"))) == Data(frame))
        // The sums listed are those of what was streamed, as OutputFile.write lists its own.
        let pageBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path("page.html"))))
        #expect(OutputManifest.read(folder: folder.path).sums(of: "page.html") == [SHA256.hex(pageBytes)])
        #expect(OutputManifest.read(folder: path("frames")).sums(of: "a.svg") == [SHA256.hex(frame)])
        #expect(OutputManifest.check(folder: folder.path).isEmpty && OutputManifest.check(folder: path("frames")).isEmpty)
    }

    @Test("a batch dropped without commit leaves the old files as they were and no temporary")
    func discarded() throws {
        try writeOld("a.svg", "old")
        let before = try contents()
        do {
            let batch = OutputBatch()
            try batch.add(Array("new".utf8), to: path("a.svg"))
            let page = try batch.open(path("b.html"))
            try page.append("half")
            #expect(try contents().count == 4)
        }
        #expect(try contents() == before)
        #expect(try String(contentsOfFile: path("a.svg"), encoding: .utf8) == "old")
    }

    @Test("the same file twice, or an input, is refused before it is written")
    func refused() throws {
        try writeOld("m.yaml", "model")
        _ = try FileInput.read(path("m.yaml"))
        let before = try contents()
        let batch = OutputBatch(force: true)
        try batch.add(Array("x".utf8), to: path("a.svg"))
        let twice = #expect(throws: OutputFile.WriteError.self) { try batch.add(Array("y".utf8), to: self.path("a.svg")) }
        #expect(twice?.message == "is written twice in one set")
        let input = #expect(throws: OutputFile.WriteError.self) { try batch.open(self.path("m.yaml")) }
        #expect(input?.message == "is an input of this command; refusing to overwrite it")
        batch.discard()
        #expect(try contents() == before)
    }

    @Test("a file relgraph did not write is refused, added or opened, unless the batch has force")
    func notWrittenByRelgraph() throws {
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path("a.svg")))
        try Data("mine too".utf8).write(to: URL(fileURLWithPath: path("page.html")))
        let batch = OutputBatch()
        let added = #expect(throws: OutputFile.WriteError.self) { try batch.add(Array("x".utf8), to: self.path("a.svg")) }
        #expect(added?.message.hasPrefix("exists, and relgraph did not write it") == true)
        #expect(throws: OutputFile.WriteError.self) { try batch.open(self.path("page.html")) }
        batch.discard()
        #expect(try contents() == ["a.svg": 4, "page.html": 8])

        let forced = OutputBatch(force: true)
        try forced.add(Array("x".utf8), to: path("a.svg"))
        try forced.open(path("page.html")).append("new")
        try forced.commit()
        #expect(try String(contentsOfFile: path("a.svg"), encoding: .utf8) == "x")
        #expect(try String(contentsOfFile: path("page.html"), encoding: .utf8) == "new")
        #expect(OutputManifest.read(folder: folder.path).sums(of: "page.html") == [SHA256.hex(Array("new".utf8))])
    }
}
