import Foundation
import RelGraph

/// The test fixtures, each stored once in Tests/TestSupport/Fixtures and shared by every test target.
public enum Fixture {
    public static func url(_ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
            fatalError("no fixture \(name) in Tests/TestSupport/Fixtures")
        }
        return url
    }

    public static func path(_ name: String) -> String { url(name).path }

    public static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    public static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    /// A fixture model that loads without errors (warnings allowed).
    public static func model(_ name: String) throws -> Model {
        let result = try ModelLoader.load(contentsOf: path(name))
        guard let model = result.model, !result.hasErrors else {
            throw FixtureError(message: "\(name): \(result.diagnostics)")
        }
        return model
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
