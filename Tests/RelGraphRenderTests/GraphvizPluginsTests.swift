import Foundation
import Testing
@testable import RelGraphRender

@Suite("Graphviz's plugin libraries, loaded ahead of Graphviz")
struct GraphvizPluginsTests {
    /// The warm-up loads the plugins from where Graphviz itself would: a wrong folder would
    /// load nothing, silently, and every picture would pay for the loading again.
    @Test("the plugin folder is the one holding Graphviz's plugin list and the plugins pictures need")
    func folder() throws {
        let folder = try #require(GraphvizPlugins.folder())
        #expect(folder.hasSuffix("/graphviz"))
        #expect(FileManager.default.fileExists(atPath: folder + "/config6a"), "\(folder)")
        for library in GraphvizPlugins.forDrawing {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + library), "\(library)")
        }
    }
}
