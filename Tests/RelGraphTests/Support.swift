import Foundation
@testable import RelGraph

extension ModelLoader.Result {
    var codes: [String] { diagnostics.map(\.code) }
}

/// A tiny model in memory, for tests that only need a few actors and ties.
func load(_ yaml: String, path: String = "test.yaml") -> ModelLoader.Result {
    ModelLoader.load(yaml, path: path)
}
