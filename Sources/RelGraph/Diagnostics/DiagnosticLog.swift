/// Collects the findings about one file; loaders and validators report everything, never stop early.
public struct DiagnosticLog: Sendable {
    public let path: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(path: String) { self.path = path }

    public mutating func error(_ code: String, _ message: String, at position: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, code, message, path: path, at: position, hint: hint))
    }

    public mutating func warning(_ code: String, _ message: String, at position: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, path: path, at: position, hint: hint))
    }

    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public var hasErrors: Bool { diagnostics.hasErrors }
}
