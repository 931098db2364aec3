/// The wording of findings about keys and values, the same in models and scenarios:
/// `what` names the place or the value ("a tie", "the model", "actor id").
extension Diagnostic.Message {
    public static func expectedText(_ what: String, found: String) -> Self { Self(.wrongType, "expected \(what) as text, found \(found)") }

    public static func expectedList(_ what: String, found: String) -> Self { Self(.wrongType, "expected \(what) as a list, found \(found)") }

    public static func expectedMapping(_ what: String, found: String) -> Self {
        Self(.wrongType, "expected \(what) as a mapping of keys to values, found \(found)")
    }

    public static func keyNotPlainWord(found: String) -> Self { Self(.wrongType, "a key must be a plain word, found \(found)") }

    public static func unsupportedVersion(found: String) -> Self {
        Self(.unsupportedVersion, "format version \(found) is not supported; this relgraph reads version \(Model.formatVersion)",
             hint: "write 'relgraph: \(Model.formatVersion)'")
    }

    public static func unknownKey(_ key: String, in what: String, hint: String?) -> Self {
        Self(.unknownKey, "unknown key '\(key)' in \(what)", hint: hint)
    }

    public static func duplicateKey(_ key: String, in what: String) -> Self { Self(.duplicateKey, "key '\(key)' appears twice in \(what)") }

    public static func emptyKey(_ key: String, in what: String) -> Self { Self(.missingKey, "'\(key)' in \(what) is empty") }

    public static func missingKey(_ key: String, in what: String) -> Self { Self(.missingKey, "\(what) has no '\(key)'") }

    public static func invalidID(_ what: String, _ text: String, suggestion: String?) -> Self {
        Self(.invalidID, "\(what) '\(text)' is not a plain word (letters, digits, '_', '-', '.')", hint: suggestion.map { "try '\($0)'" })
    }

    public static func invalidDate(_ what: String, _ text: String) -> Self {
        Self(.invalidDate, "\(what) '\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    }

    /// `code` says which value: `invalid-weight` for a weight, `invalid-value` for the rest.
    /// `why` says what the text is when it looks like a number but is not one relgraph takes.
    public static func notANumber(_ what: String, found: String, code: NumberCode, why: DecimalNumber.Refusal? = nil) -> Self {
        Self(code.code, "\(what) must be a number, found \(found)", hint: why?.hint)
    }

    public static func notAWholeNumber(_ what: String, found: String, code: NumberCode) -> Self {
        Self(code.code, "\(what) must be a whole number, found \(found)")
    }

    /// A value outside a closed vocabulary (kinds, confidence, change, …).
    public static func unknownChoice(_ what: String, _ text: String, code: ChoiceCode, hint: String) -> Self {
        Self(code.code, "unknown \(what) '\(text)'", hint: hint)
    }

    public static func invalidURL(_ url: String) -> Self { Self(.invalidURL, "url '\(url.prefix(80))' is not an http or https address") }

    /// A character RFC 3986 does not allow; `encoded` is the address with it percent-encoded.
    public static func urlCharacter(_ url: String, _ character: Unicode.Scalar, encoded: String) -> Self {
        let hex = String(character.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let shown = character.value <= 0x20 || TerminalText.isUnsafe(character) || character.properties.isWhitespace ? code
            : character.value > 0x7E ? "'\(character)' (\(code))" : "'\(character)'"
        let clean = encoded.count <= 200 && !encoded.contains("%3C") && !encoded.contains("%3E") && !encoded.contains("%22") && !encoded.contains("%5C")
        return Self(.invalidURL, "url '\(url.prefix(80))' holds \(shown), which a web address cannot hold (RFC 3986)",
                    hint: clean ? "write it percent-encoded: \(encoded)" : "copy the address from the browser's address bar")
    }

    /// The codes a number that is not one is reported under.
    public enum NumberCode {
        case weight, value
        public var code: DiagnosticCode { self == .weight ? .invalidWeight : .invalidValue }
    }

    /// The codes a word outside a vocabulary is reported under.
    public enum ChoiceCode {
        case kind, value
        public var code: DiagnosticCode { self == .kind ? .unknownKind : .invalidValue }
    }
}
