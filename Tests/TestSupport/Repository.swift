import Foundation

/// The working copy the tests were built from: for tests of what it ships (docs, schemas,
/// the default model, scenarios), never for anything outside it.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}
