/// Turns scalar nodes into typed values, reporting what is wrong at the node.
/// Shared by the model and scenario loaders so the same mistake reads the same everywhere.
enum ValueReader {
    static func text(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> String? {
        guard let text = node.scalar else {
            log.report(.expectedText(what, found: node.kindDescription), at: node.position)
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
            log.report(.invalidID(what, text, suggestion: Identifier.suggestion(for: text)), at: node.position)
            return nil
        }
        return text
    }

    static func date(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> PartialDate? {
        guard let text = text(node, what: what, log: &log) else { return nil }
        guard let date = PartialDate(parsing: text.trimmingWhitespace) else {
            log.report(.invalidDate(what, text), at: node.position)
            return nil
        }
        return date
    }

    /// A decimal number (`DecimalNumber`), written plain: a quoted or tagged scalar is text,
    /// whatever it spells.
    static func number(_ node: YAMLNode, what: String, code: Diagnostic.Message.NumberCode, log: inout DiagnosticLog) -> Double? {
        guard let text = node.plainScalar, let value = DecimalNumber.parse(text) else {
            log.report(.notANumber(what, found: node.kindDescription, code: code, why: DecimalNumber.Refusal(node.scalar, plain: node.plainScalar != nil)),
                       at: node.position)
            return nil
        }
        return value
    }

    static func integer(_ node: YAMLNode, what: String, code: Diagnostic.Message.NumberCode, log: inout DiagnosticLog) -> Int? {
        guard let text = node.plainScalar, let value = Int(text.trimmingWhitespace) else {
            log.report(.notAWholeNumber(what, found: node.kindDescription, code: code), at: node.position)
            return nil
        }
        return value
    }

    /// One of a closed vocabulary, with a did-you-mean.
    static func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ type: T.Type, what: String, code: Diagnostic.Message.ChoiceCode,
                                                          log: inout DiagnosticLog) -> T? where T.RawValue == String {
        guard let text = text(node, what: what, log: &log) else { return nil }
        if let value = T(rawValue: text.trimmingWhitespace) { return value }
        let names = T.allCases.map(\.rawValue)
        log.report(.unknownChoice(what, text, code: code, hint: Suggestion.hint(for: text, in: names) ?? "one of: \(names.joined(separator: ", "))"),
                   at: node.position)
        return nil
    }

    static func list(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> YAMLNode.Items? {
        guard let items = node.sequence else {
            log.report(.expectedList(what, found: node.kindDescription), at: node.position)
            return nil
        }
        return items
    }

    /// http(s) only, in RFC 3986's characters (`WebAddress`): a `javascript:` or `file:` link,
    /// or one that could break out of a report's link, must never reach a picture or report.
    static func url(_ node: YAMLNode, log: inout DiagnosticLog) -> String? {
        guard let text = text(node, what: "url", log: &log) else { return nil }
        let trimmed = text.trimmingWhitespace
        switch WebAddress.verdict(trimmed) {
        case .acceptable:
            return trimmed
        case .notWeb:
            log.report(.invalidURL(trimmed), at: node.position)
        case .character(let scalar, let encoded):
            log.report(.urlCharacter(trimmed, scalar, encoded: encoded), at: node.position)
        }
        return nil
    }
}
