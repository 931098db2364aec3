import Foundation
import Testing
@testable import RelGraph

/// The POSIX and string code that took the place of `FileManager`, `URL` and `NSString`'s path
/// methods, checked against them (the tests may link Foundation): every path relgraph prints
/// or writes to must come out as before.
@Suite("Files and paths without Foundation: the same paths as Foundation's")
final class FileSystemTests {
    let root: String

    /// root/real/sub/deep, root/real/file.txt, root/link → real/sub, root/abslink → root/real/sub/deep,
    /// root/loop → loop.
    init() throws {
        // Resolved, so that what realpath gives can be compared as text.
        let temporary = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        root = temporary + "/relgraph-paths-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/real/sub/deep", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/real/file.txt", contents: Data())
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "real/sub")
        try FileManager.default.createSymbolicLink(atPath: root + "/abslink", withDestinationPath: root + "/real/sub/deep")
        try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: "loop")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Paths as users and relgraph write them: relative, absolute, through links, with dots,
    /// repeated and trailing slashes, a tilde, characters a URL must encode.
    var paths: [String] {
        let relative = ["", ".", "..", "a", "a/", "a//", "./a", "../a", "a/./b", "a/../b", "a//../b", "a/b/..", "../../..", "x/~/..",
                        "a b/c d.csv", "é/ü.yaml", "a%20b/c%2Fd", "a?b#c;d", "a:b/c", "..a/.b/...", "a/.../b", ".hidden", "x.", "x.y.",
                        "x.y z", "dir.d/", "a/b.c/", "~/x", "~", "~/", "~//x/./y", "~root/a/../b", "~no-such-user-here/a", "-"]
        let absolute = ["/", "//", "///a", "/a/../b", "/a/b/..", "/a/b/../", "/..", "/../..", "/./", "/.", "/tmp/"]
        let linked = ["/link/..", "/link/../x", "/link/../file.txt", "/link/../../file.txt", "/link/../..", "/abslink/../x", "/abslink/..",
                      "/link/../deep", "/loop/../x", "/real/file.txt/..", "/real//sub/./deep/..", "/real/", "", "/real/sub/deep/../../file.txt",
                      "/real/sub/deep/../../../real/./sub"]
        return relative + absolute + linked.map { root + $0 }
    }

    @Test("absolute and standard paths, their folders, names and extensions: as URL made them")
    func urlPaths() {
        for path in paths {
            let url = URL(fileURLWithPath: path)
            let standard = FileSystem.standardPath(path)
            #expect(FileSystem.absolutePath(path) == url.path, "[\(path)]")
            #expect(standard == url.standardizedFileURL.path, "[\(path)]")
            #expect(PathText.pathExtension(FileSystem.absolutePath(path)) == url.pathExtension, "[\(path)]")
            #expect(PathText.lastComponentOfStandardPath(standard) == url.standardizedFileURL.lastPathComponent, "[\(path)]")
            #expect(PathText.parent(standard) == url.standardizedFileURL.deletingLastPathComponent().path, "[\(path)]")
            #expect(PathText.appendingToStandardPath("n.tmp", to: standard) == url.standardizedFileURL.appendingPathComponent("n.tmp").path, "[\(path)]")
        }
    }

    @Test("a graph named in a scenario: resolved from the scenario's folder as URL resolved it")
    func scenarioGraph() {
        let current = FileManager.default.currentDirectoryPath
        for scenario in ["s.yaml", "scenarios/s.yaml", "scenarios//s.yaml", "./s.yaml", "../up/s.yaml", root + "/link/s.yaml", root + "/real/s.yaml", "/s.yaml"] {
            for graph in ["m.yaml", "../graphs/m.yaml", "../../x/../m.yaml", "./g//m.yaml", "~/m.yaml", "../file.txt", "..", ""] {
                let url = URL(fileURLWithPath: scenario).deletingLastPathComponent().appendingPathComponent(graph).standardizedFileURL.path
                let expected = url.hasPrefix(current + "/") ? String(url.dropFirst(current.count + 1)) : url
                #expect(ScenarioLoader.locateGraph(graph, nextTo: scenario) == expected, "[\(scenario)] [\(graph)]")
            }
        }
        #expect(ScenarioLoader.locateGraph("../graphs/m.yaml", nextTo: "scenarios/s.yaml") == "graphs/m.yaml")
    }

    @Test("NSString's path methods on paths as the user wrote them")
    func nsStringPaths() {
        for path in paths + ["a/b.csv", "/b", "b.csv", "a//b//", "ties.csv", "sheets/", "/x/y/ties.CSV"] {
            let ns = path as NSString
            #expect(PathText.appending("x.csv", to: path) == ns.appendingPathComponent("x.csv"), "[\(path)]")
            #expect(PathText.appending("", to: path) == ns.appendingPathComponent(""), "[\(path)]")
            #expect(PathText.lastComponent(path) == ns.lastPathComponent, "[\(path)]")
            // NSString traps on a single character other than "/" (a precondition in corelibs-foundation).
            let fixed = PathText.fixingSlashes(path)
            if fixed.utf16.count != 1 || fixed == "/" {
                #expect(PathText.deletingLastComponent(path) == ns.deletingLastPathComponent, "[\(path)]")
            }
        }
        #expect(PathText.deletingLastComponent("a") == "")
    }

    @Test("what is at a path, and the current folder, as FileManager saw them")
    func queries() {
        for path in paths + [root + "/real/file.txt", root + "/link", root + "/loop", "/dev/null", "/proc/self"] {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            #expect(FileSystem.exists(path) == exists, "[\(path)]")
            #expect(FileSystem.isFolder(path) == (exists && isDirectory.boolValue), "[\(path)]")
        }
        #expect(FileSystem.currentFolder == FileManager.default.currentDirectoryPath)
    }

    @Test("making folders: missing ones made, a file in the way is EEXIST, a file above it ENOTDIR, as FileManager reported")
    func makeFolders() throws {
        #expect(FileSystem.makeFolders(root + "/made/a/b") == nil)
        #expect(FileSystem.isFolder(root + "/made/a/b"))
        #expect(FileSystem.makeFolders(root + "/made/a/b") == nil)
        #expect(FileSystem.makeFolders(root + "/link") == nil)
        #expect(FileSystem.makeFolders(root + "/real/file.txt") == EEXIST)
        #expect(FileSystem.makeFolders(root + "/real/file.txt/below") == ENOTDIR)
        #expect(FileSystem.makeFolders("/proc/relgraph-test/a") != nil)
        for (path, code) in [(root + "/real/file.txt", EEXIST), (root + "/real/file.txt/below", ENOTDIR)] {
            let error = #expect(throws: CocoaError.self) {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            }
            #expect((error?.underlying as? POSIXError)?.code.rawValue == code, "[\(path)]")
        }
    }
}
