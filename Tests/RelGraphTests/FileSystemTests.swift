import Foundation
import Testing
@testable import RelGraph

/// relgraph's own rules for paths and folders; the rest is FoundationEssentials' `URL` and
/// `FileManager`.
@Suite("Files and paths")
final class FileSystemTests {
    let root: String

    /// root/real/sub/deep, root/real/file.txt, root/link → real/sub.
    init() throws {
        // Resolved, so that what the system resolves can be compared as text.
        let temporary = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        root = temporary + "/relgraph-paths-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/real/sub/deep", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: root + "/real/file.txt", contents: Data())
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "real/sub")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @Test("a graph named in a scenario: from the scenario's folder, `..` through links as the system goes, shortened below the current folder")
    func scenarioGraph() {
        #expect(ScenarioLoader.locateGraph("../graphs/m.yaml", nextTo: "scenarios/s.yaml") == "graphs/m.yaml")
        #expect(ScenarioLoader.locateGraph("./g//m.yaml", nextTo: "s.yaml") == "g/m.yaml")
        #expect(ScenarioLoader.locateGraph("m.yaml", nextTo: "/s.yaml") == "/m.yaml")
        #expect(ScenarioLoader.locateGraph("../../../../../m.yaml", nextTo: "/a/s.yaml") == "/m.yaml")
        // link is real/sub, so link/.. is real, where file.txt is.
        #expect(ScenarioLoader.locateGraph("../file.txt", nextTo: root + "/link/s.yaml") == root + "/real/file.txt")
    }

    @Test("the default model: in the current folder by its short name, else in the nearest folder above that has one, within the repository")
    func defaultModel() throws {
        let none: (String) -> String? = { _ in nil }
        #expect(DefaultModel.locate(environment: none, from: root + "/real/sub/deep") == nil)
        try FileManager.default.createDirectory(atPath: root + "/real/graphs", withIntermediateDirectories: false)
        _ = FileManager.default.createFile(atPath: root + "/real/" + DefaultModel.relativePath, contents: Data())
        #expect(DefaultModel.locate(environment: none, from: root + "/real") == DefaultModel.relativePath)
        // Above the current folder only within its repository (InputHardeningTests has the rest).
        #expect(DefaultModel.locate(environment: none, from: root + "/real/sub/deep/", home: nil) == nil)
        try FileManager.default.createDirectory(atPath: root + "/real/.git", withIntermediateDirectories: false)
        #expect(DefaultModel.locate(environment: none, from: root + "/real/sub/deep/") == root + "/real/" + DefaultModel.relativePath)
        #expect(DefaultModel.locate(environment: { _ in "mine.yaml" }, from: root + "/real") == "mine.yaml")
        // From the current folder, taken as the system gives it: as from its path standardised.
        #expect(DefaultModel.locate(environment: none) == DefaultModel.locate(environment: none, from: FileManager.default.currentDirectoryPath))
    }

    @Test("paths as the user wrote them, split and joined by NSString's rules")
    func userPaths() {
        let paths = ["", ".", "..", "a", "a/", "a//", "./a", "../a", "a/./b", "a//../b", "a/b/..", "a b/c d.csv", "é/ü.yaml", "~/x", "~",
                     "/", "//", "///a", "/a/../b", "/a/b/../", "/tmp/", "a/b.csv", "/b", "b.csv", "a//b//", "ties.csv", "sheets/", "/x/y/ties.CSV"]
        for path in paths {
            let ns = path as NSString
            #expect(PathText.appending("x.csv", to: path) == ns.appendingPathComponent("x.csv"), "[\(path)]")
            #expect(PathText.split(path).name == ns.lastPathComponent, "[\(path)]")
            // NSString traps on a single character other than "/" (a precondition in corelibs-foundation).
            if path.split(separator: "/").joined().count != 1 || path.hasPrefix("/") {
                #expect(PathText.split(path).folder == ns.deletingLastPathComponent, "[\(path)]")
            }
        }
        #expect(PathText.split("a").folder == "")
        #expect(PathText.split("sheets/ties.csv") == ("sheets", "ties.csv"))
    }
}
