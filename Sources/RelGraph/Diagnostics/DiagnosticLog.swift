/// Collects the findings about one file; loaders and validators report everything, never stop early.
public struct DiagnosticLog: Sendable {
    public let path: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(path: String) { self.path = path }

    /// One finding, in the catalogue's words, at a place in this file.
    public mutating func report(_ message: Diagnostic.Message, at position: TextPosition) {
        diagnostics.append(Diagnostic(message, path: path, at: position))
    }

    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public var hasErrors: Bool { diagnostics.hasErrors }
}
