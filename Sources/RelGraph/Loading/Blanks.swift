extension Unicode.Scalar {
    /// A tab, a space separator (general category Zs: space, no-break space, the em and thin
    /// spaces, …) or the zero-width space, which Unicode counted as one until 4.0.1: what
    /// Foundation's `CharacterSet.whitespaces` holds. Line breaks are not blanks.
    public var isBlank: Bool {
        self == "\t" || self == "\u{200B}" || properties.generalCategory == .spaceSeparator
    }
}

extension StringProtocol {
    /// Without leading and trailing blanks (`Unicode.Scalar.isBlank`), what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gave.
    public var trimmingBlanks: String { trimmingScalars(where: \.isBlank) }

    /// Without the leading and trailing scalars `trimmed` picks, like Foundation's
    /// `trimmingCharacters(in:)`: scalar by scalar, so that a space before a combining mark
    /// goes and the mark stays.
    public func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
