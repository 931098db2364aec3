/// A file that is not readable as one YAML document, with where it went wrong.
public struct YAMLError: Error, Sendable {
    public var message: Diagnostic.Message
    public var position: TextPosition

    init(_ message: Diagnostic.Message, at position: TextPosition) {
        self.message = message
        self.position = position
    }
}
