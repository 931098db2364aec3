import Testing
@testable import relgraph

@Suite("Output paths as printed")
struct PathNamesTests {
    @Test("a folder named with a trailing slash gives one slash before each file")
    func inside() {
        #expect(PathNames.inside("out/", "before.svg") == "out/before.svg")
        #expect(PathNames.inside("out//", "before.svg") == "out/before.svg")
        #expect(PathNames.inside("out", "before.svg") == "out/before.svg")
        #expect(PathNames.inside("/", "x.svg") == "/x.svg")
        #expect(PathNames.folder("tl/") == "tl")
        #expect(PathNames.stem("graphs/south-caucasus.yaml") == "south-caucasus")
    }
}
