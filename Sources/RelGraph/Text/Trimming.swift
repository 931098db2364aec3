extension StringProtocol {
    /// Without leading and trailing white space (Unicode's White_Space: spaces of every
    /// width, tabs, line breaks), scalar by scalar.
    package var trimmingWhitespace: String {
        // Nearly every value starts and ends with a visible ASCII character: skip the scan.
        let visible: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x7F }
        let untouched = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.first.map(visible) == true && bytes.last.map(visible) == true
        }
        // A String is returned as it is (the cast costs nothing once specialised); a copy costs a call.
        if untouched == true { return self as? String ?? String(self) }
        return trimmingScalars(where: \.properties.isWhitespace)
    }

    /// Without the leading and trailing scalars `trimmed` picks: scalar by scalar, so that a
    /// space before a combining mark goes and the mark stays.
    package func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
