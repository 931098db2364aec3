extension String {
    /// Without leading and trailing white space (Unicode's White_Space: spaces of every
    /// width, tabs, line breaks), scalar by scalar.
    package var trimmingWhitespace: String {
        utf8.withContiguousStorageIfAvailable { Self.isVisibleAtBothEnds($0) } == true ? self : self[...].trimmingScalars(where: \.properties.isWhitespace)
    }

    /// Without the leading and trailing scalars `trimmed` picks: scalar by scalar, so that a
    /// space before a combining mark goes and the mark stays.
    package func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        self[...].trimmingScalars(where: trimmed)
    }

    /// Whether text starts and ends with a visible ASCII character, as nearly every value
    /// does: then there is nothing to trim, and no scan.
    static func isVisibleAtBothEnds(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let visible: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x7F }
        return utf8.first.map(visible) == true && utf8.last.map(visible) == true
    }
}

extension Substring {
    /// Without leading and trailing white space (Unicode's White_Space), scalar by scalar.
    package var trimmingWhitespace: String {
        utf8.withContiguousStorageIfAvailable { String.isVisibleAtBothEnds($0) } == true ? String(self) : trimmingScalars(where: \.properties.isWhitespace)
    }

    /// Without the leading and trailing scalars `trimmed` picks, scalar by scalar.
    package func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        return String(scalars[first...last])
    }
}
