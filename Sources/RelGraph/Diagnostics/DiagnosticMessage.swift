extension Diagnostic {
    /// What a finding says: its catalogue code, its words and a hint, without a place.
    ///
    /// Made only by the templates in `Messages/` (`.unknownActor(id, hint:)`, …), one static
    /// function per wording, so each wording is written once and sites name it.
    public struct Message: Hashable, Sendable {
        public let code: DiagnosticCode
        public let text: String
        public let hint: String?
        /// The code's own severity, except for findings about an import (`imported`).
        public let severity: Severity

        init(_ code: DiagnosticCode, _ text: String, hint: String? = nil) {
            self.code = code
            self.text = text
            self.hint = hint
            severity = code.severity
        }

        private init(_ code: DiagnosticCode, _ text: String, hint: String?, severity: Severity) {
            self.code = code
            self.text = text
            self.hint = hint
            self.severity = severity
        }

        /// `relgraph import` carries a value over or leaves it out, and says so: a warning
        /// whatever the code's severity in a model file.
        var imported: Message { Message(code, text, hint: hint, severity: .warning) }
    }
}
