/// A file that is not readable as one YAML document, with where it went wrong.
public struct YAMLError: Error, Sendable {
    public var code: String
    public var message: String
    public var position: TextPosition

    public init(code: String = "yaml-syntax", _ message: String, at position: TextPosition) {
        self.code = code
        self.message = message
        self.position = position
    }
}
