import Foundation
import RelGraph

enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }
}

/// A tiny model in memory, for tests that only need a few actors and ties.
func load(_ yaml: String, path: String = "test.yaml") -> ModelLoader.Result {
    ModelLoader.load(yaml, path: path)
}
