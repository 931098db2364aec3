/// The rule for actor, source and group ids: plain words the command line can name safely.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        // The common case, plain ASCII, without Unicode property lookups.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let first = text.utf8.first, isASCIILetterOrDigit(first) else { return false }
            return text.utf8.allSatisfy { isASCIILetterOrDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        }
        guard let first = text.unicodeScalars.first, isWordCharacter(first), first != "_", first != "-", first != "." else {
            return false
        }
        return text.unicodeScalars.allSatisfy(isWordCharacter)
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-" || scalar == "."
    }

    /// "United States" → "United-States": what the author probably meant.
    public static func suggestion(for text: String) -> String? {
        let words = text.unicodeScalars.split { !isWordCharacter($0) }.map { String(String.UnicodeScalarView($0)) }
        let candidate = words.joined(separator: "-")
        return isValid(candidate) && candidate != text ? candidate : nil
    }
}
