import Foundation
import Testing
@testable import RelGraph

/// SHA-256 against the FIPS 180-4 examples, and the list of sums in `sha256sum`'s format.
@Suite("The list of the files relgraph wrote, and their sums")
struct OutputManifestTests {
    @Test("SHA-256 of the standard examples, whole and fed in pieces of every size")
    func sums() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(twoBlocks) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        for piece in 1 ... 130 {
            var hash = SHA256()
            var offset = 0
            while offset < 1000 {
                hash.update(Array(million[offset ..< min(1000, offset + piece)]))
                offset += piece
            }
            #expect(hash.finalHex() == SHA256.hex(million[..<1000]), "pieces of \(piece)")
        }
    }

    @Test("lines as sha256sum writes and reads them, odd names escaped; other lines left out")
    func format() {
        let sum = SHA256.hex(Array("x".utf8)), other = SHA256.hex(Array("y".utf8))
        let manifest = OutputManifest([.init(name: "b.svg", sum: sum), .init(name: "a b.md", sum: other),
                                       .init(name: "new\nline\\x", sum: sum), .init(name: "b.svg", sum: sum)])
        let text = String(decoding: manifest.bytes, as: UTF8.self)
        #expect(text == "\(other)  a b.md\n\(sum)  b.svg\n\\\(sum)  new\\nline\\\\x\n")
        #expect(OutputManifest(parsing: manifest.bytes) == manifest)
        let messy = "\(sum) *star.svg\r\nnot a line\n\(sum.uppercased())  upper\n\(sum)  ../escape\n\(sum)  \n\\\(sum)  bad\\escape\n\(sum.dropLast())  short\n"
        #expect(OutputManifest(parsing: Array(messy.utf8)).lines.map(\.name) == ["star.svg\r"])
        #expect(manifest.unfinished == [])
        #expect(manifest.during([.init(name: "b.svg", sum: other)]).unfinished == ["b.svg"])
        #expect(manifest.after([.init(name: "b.svg", sum: other)]).sums(of: "b.svg") == [other])
    }

    @Test("sha256sum -c agrees with the list relgraph writes",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum"), "no sha256sum"))
    func sha256sumAgrees() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["a.svg", "with space.md", "back\\slash.json"]
        try OutputFile.write(names.map { OutputFile.Entry(path: folder.appendingPathComponent($0).path, bytes: Array("bytes of \($0)".utf8)) })
        #expect(OutputManifest.check(folder: folder.path).isEmpty)
        func sha256sum() throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = ["--quiet", "--strict", "-c", OutputManifest.fileName]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try sha256sum() == 0)
        try Data("changed".utf8).write(to: folder.appendingPathComponent("a.svg"))
        #expect(try sha256sum() == 1)
        #expect(OutputManifest.check(folder: folder.path) == ["a.svg: FAILED"])
    }
}
