/// The one reader of numbers relgraph takes from people: model and scenario files, CSV sheets,
/// DOT attributes and the command line all go through it, so a number means the same wherever
/// it is written.
///
/// Decimal notation only: an optional sign, digits with an optional decimal point (`0.5`,
/// `.5`, `5.`, `-1`), and an optional exponent (`5e-1`, `2.5E+2`). Not hexadecimal (`0x1`,
/// `0x1p-1`, which `Double("…")` takes), octal or binary forms, not `nan`, `inf` or `.inf`,
/// no digit separators, no blanks inside. A value too large for a `Double` (`1e400`) is not a
/// number either; a value too small (`1e-400`) is 0, as the decimal it writes is.
public enum DecimalNumber {
    /// The value of `text` (surrounding blanks allowed), or nil when it is not a decimal number.
    public static func parse(_ text: some StringProtocol) -> Double? {
        let trimmed = String(text).trimmingWhitespace
        guard isDecimal(trimmed.utf8) else { return nil }
        // The grammar is checked: what is left of `Double`'s parser is plain decimal conversion.
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// Whether the bytes spell `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
    static func isDecimal<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
        func digits() -> Int {
            var count = 0
            while isDigit(peek()) { index = bytes.index(after: index); count += 1 }
            return count
        }
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
        var mantissa = digits()
        if peek() == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }
}

extension DecimalNumber {
    /// Why text that looks like a number is refused, for the hint: a quoted or tagged decimal
    /// (`"0.5"`, `!!str 0.5`), or a form other readers take (`0x1`, `nan`, `1e400`).
    public enum Refusal: Sendable {
        case quoted, notDecimal, tooLarge

        /// Nil when the text does not look like a number at all (`high`): the message says enough.
        public init?(_ text: String?, plain: Bool) {
            guard let text else { return nil }
            if !plain && DecimalNumber.parse(text) != nil {
                self = .quoted
            } else if isDecimal(text.trimmingWhitespace.utf8) {
                self = .tooLarge
            } else if Double(text.trimmingWhitespace) != nil
                        || [".inf", ".nan"].contains(text.trimmingWhitespace.lowercased().drop { $0 == "+" || $0 == "-" }) {
                self = .notDecimal
            } else {
                return nil
            }
        }

        public var hint: String {
            switch self {
            case .quoted: return "a number is written plain, without quotes or a tag"
            case .notDecimal: return "write a decimal number such as 0.5, -1 or 2e-3 (no hexadecimal, nan or infinity)"
            case .tooLarge: return "too large to be a number relgraph can hold"
            }
        }
    }
}
