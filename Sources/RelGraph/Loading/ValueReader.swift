/// Turns scalar nodes into typed values, reporting what is wrong at the node.
/// Shared by the model and scenario loaders so the same mistake reads the same everywhere.
enum ValueReader {
    static func text(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> String? {
        guard let text = node.scalar else {
            log.error("wrong-type", "expected \(what) as text, found \(node.kindDescription)", at: node.position)
            return nil
        }
        return text
    }

    /// Text with surrounding blanks removed; nil (and no message) when blank.
    static func optionalText(_ node: YAMLNode?, what: String, log: inout DiagnosticLog) -> String? {
        guard let node, let text = text(node, what: what, log: &log) else { return nil }
        let trimmed = text.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    static func identifier(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> String? {
        guard let text = text(node, what: what, log: &log) else { return nil }
        // Judged on the document's bytes where they are plain ASCII, as nearly every id is.
        let asciiVerdict = node.withScalarBytes(Identifier.asciiVerdict) ?? nil
        guard asciiVerdict ?? Identifier.isValid(text) else {
            log.error("invalid-id", "\(what) '\(text)' is not a plain word (letters, digits, '_', '-', '.')",
                      at: node.position, hint: Identifier.suggestion(for: text).map { "try '\($0)'" })
            return nil
        }
        return text
    }

    static func date(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> PartialDate? {
        guard let text = text(node, what: what, log: &log) else { return nil }
        guard let date = PartialDate(parsing: text.trimmingWhitespace) else {
            log.error("invalid-date", "\(what) '\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", at: node.position)
            return nil
        }
        return date
    }

    static func number(_ node: YAMLNode, what: String, code: String, log: inout DiagnosticLog) -> Double? {
        guard let text = node.plainScalar, let value = Double(text.trimmingWhitespace), value.isFinite else {
            log.error(code, "\(what) must be a number, found \(node.kindDescription)", at: node.position)
            return nil
        }
        return value
    }

    static func integer(_ node: YAMLNode, what: String, code: String, log: inout DiagnosticLog) -> Int? {
        guard let text = node.plainScalar, let value = Int(text.trimmingWhitespace) else {
            log.error(code, "\(what) must be a whole number, found \(node.kindDescription)", at: node.position)
            return nil
        }
        return value
    }

    /// One of a closed vocabulary, with a did-you-mean.
    static func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ type: T.Type, what: String, code: String,
                                                          log: inout DiagnosticLog) -> T? where T.RawValue == String {
        guard let text = text(node, what: what, log: &log) else { return nil }
        if let value = T(rawValue: text.trimmingWhitespace) { return value }
        let names = T.allCases.map(\.rawValue)
        log.error(code, "unknown \(what) '\(text)'", at: node.position,
                  hint: Suggestion.hint(for: text, in: names) ?? "one of: \(names.joined(separator: ", "))")
        return nil
    }

    static func list(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> YAMLNode.Items? {
        guard let items = node.sequence else {
            log.error("wrong-type", "expected \(what) as a list, found \(node.kindDescription)", at: node.position)
            return nil
        }
        return items
    }

    /// http(s) only: a `javascript:` or `file:` link must never reach a picture or report.
    static func url(_ node: YAMLNode, log: inout DiagnosticLog) -> String? {
        guard let text = text(node, what: "url", log: &log) else { return nil }
        let trimmed = text.trimmingWhitespace
        guard WebAddress.isAcceptable(trimmed) else {
            log.error("invalid-url", "url '\(trimmed.prefix(80))' is not an http or https address", at: node.position)
            return nil
        }
        return trimmed
    }
}
