/// The rule for actor, source and group ids: plain words the command line can name safely.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        // The common case, plain ASCII, in one pass over the bytes without Unicode property lookups.
        if let verdict = text.utf8.withContiguousStorageIfAvailable(asciiVerdict), let verdict { return verdict }
        guard let first = text.unicodeScalars.first, isWordCharacter(first), first != "_", first != "-", first != "." else {
            return false
        }
        return text.unicodeScalars.allSatisfy(isWordCharacter)
    }

    /// The verdict on ASCII text; nil when a byte is not ASCII and Unicode's rules must decide.
    /// An ASCII byte that fails here fails those rules too, so it settles the matter at once.
    static func asciiVerdict(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first else { return false }
        if first < 0x80 && !isASCIILetterOrDigit(first) { return false }
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if !(isASCIILetterOrDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) {
                return false
            }
        }
        return true
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
