/// The rule for actor, source and group ids: plain words the command line can name safely.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isWordCharacter(first), first != "_", first != "-", first != "." else {
            return false
        }
        return text.unicodeScalars.allSatisfy(isWordCharacter)
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
