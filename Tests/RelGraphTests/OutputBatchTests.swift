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

    @Test("bytes reach the disk as they are added; the targets appear at commit, the temporaries go")
    func streams() throws {
        try Data("old page".utf8).write(to: URL(fileURLWithPath: path("page.html")))
        let batch = OutputBatch()
        let page = try batch.open(path("page.html"))
        try page.append("<html>")
        let frame = [UInt8](repeating: 65, count: 100_000)
        try batch.add(frame, to: path("frames/a.svg"))
        try page.append(Array(repeating: 66, count: 50_000))
        // On disk already, in temporaries beside their targets; the old page untouched.
        let staged = try contents()
        #expect(staged.count == 3)
        #expect(staged["page.html"] == 8)
        #expect(staged.filter { $0.key.hasPrefix(".page.html.") && $0.key.hasSuffix(".tmp") }.values.first == 50_006)
        #expect(staged.filter { $0.key.hasPrefix("frames/.a.svg.") }.values.first == 100_000)
        try page.append("</html>")
        try batch.commit()
        #expect(try contents() == ["page.html": 50_013, "frames/a.svg": 100_000])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("frames/a.svg"))) == Data(frame))
    }

    @Test("a batch dropped without commit leaves the old files as they were and no temporary")
    func discarded() throws {
        try Data("old".utf8).write(to: URL(fileURLWithPath: path("a.svg")))
        do {
            let batch = OutputBatch()
            try batch.add(Array("new".utf8), to: path("a.svg"))
            let page = try batch.open(path("b.html"))
            try page.append("half")
            #expect(try contents().count == 3)
        }
        #expect(try contents() == ["a.svg": 3])
        #expect(try String(contentsOfFile: path("a.svg"), encoding: .utf8) == "old")
    }

    @Test("the same file twice, or an input, is refused before it is written")
    func refused() throws {
        try Data("model".utf8).write(to: URL(fileURLWithPath: path("m.yaml")))
        let batch = OutputBatch(protecting: [path("m.yaml")])
        try batch.add(Array("x".utf8), to: path("a.svg"))
        let twice = #expect(throws: OutputFile.WriteError.self) { try batch.add(Array("y".utf8), to: self.path("a.svg")) }
        #expect(twice?.message == "is written twice in one set")
        #expect(throws: OutputFile.WriteError.self) { try batch.open(self.path("m.yaml")) }
        batch.discard()
        #expect(try contents() == ["m.yaml": 5])
    }
}
