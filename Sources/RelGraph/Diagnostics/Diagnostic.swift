/// One finding about an input file, located at the YAML node it is about.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    /// The catalogue entry: what kind of finding this is.
    public var kind: DiagnosticCode
    public var message: String
    public var path: String
    public var position: TextPosition
    /// A suggestion such as "did you mean 'Azerbaijan'?"; printed after the message.
    public var hint: String?

    /// The code as printed, `unknown-actor`.
    public var code: String { kind.rawValue }

    /// A finding in the catalogue's words (`Diagnostic.Message`), about `path` at `position`.
    public init(_ message: Message, path: String, at position: TextPosition) {
        severity = message.severity
        kind = message.code
        self.message = message.text
        self.path = path
        self.position = position
        hint = message.hint
    }

    /// `path:line:column: error: message; hint [code]` — one line, whatever the message holds.
    /// Findings about the command line rather than a file have no line (`position.line == 0`).
    public var description: String {
        let location = position.line > 0 ? "\(path):\(position.line):\(position.column)" : path
        var text = "\(location): \(severity.rawValue): \(Self.shortened(message))"
        if let hint { text += "; \(Self.shortened(hint))" }
        return Self.oneLine(text) + " [\(code)]"
    }

    /// Messages quote what the file says; a 10 KB id must not make a 10 KB line.
    static let maximumLength = 300

    static func shortened(_ text: String) -> String {
        guard text.utf8.count > maximumLength, text.count > maximumLength else { return text }
        return String(text.prefix(maximumLength)) + "…"
    }

    /// Control characters and line breaks from user text must not break the one-line format,
    /// and bidirectional overrides must not reorder it on screen (a "Trojan Source" line):
    /// line breaks and tabs become spaces, the rest of what `TerminalText` refuses U+FFFD.
    public static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: out.append(" ")
            default: out.append(TerminalText.isUnsafe(scalar) ? TerminalText.replacement : scalar)
            }
        }
        return String(out)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// File order, then position: the order a reader fixes them in.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            (a.element.path, a.element.position, a.offset) < (b.element.path, b.element.position, b.offset)
        }.map(\.element)
    }
}
