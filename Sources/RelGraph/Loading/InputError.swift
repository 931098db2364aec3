/// A problem that stops everything before any YAML is read: a missing or unreadable file.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}
