import CYAML

/// Line and column of libyaml's marks and byte offsets, as an editor shows them.
struct MarkPositions {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the file ends, once needed (see `position(of:)`).
    private var endPosition: TextPosition?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// An event's position; the scan for the file's end runs only for a file without a final
    /// line break, once, when an event stands at the start of a line.
    mutating func position(of mark: yaml_mark_t) -> TextPosition {
        let position = TextPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        guard mark.column == 0, let last = bytes.last, last != 0x0A, last != 0x0D else { return position }
        if endPosition == nil { endPosition = self.position(ofByte: bytes.count) }
        return position.line > endPosition!.line ? endPosition! : position
    }

    /// libyaml ends a file that lacks a final line break with one of its own, so a node or an
    /// error at the very end can stand on a line after the last; it is put at the end of the
    /// last line instead. Found by fuzzing: `key: ` at the end of a file, without a newline.
    func clamped(_ position: TextPosition) -> TextPosition {
        guard position.column == 1, let last = bytes.last, last != 0x0A, last != 0x0D else { return position }
        let end = self.position(ofByte: bytes.count)
        return position.line > end.line ? end : position
    }

    /// Line and column (in Unicode scalars) of a byte offset: reader errors give only the offset.
    /// Lines break where libyaml breaks them: LF, CR, CR LF, NEL, LS and PS.
    func position(ofByte offset: Int) -> TextPosition {
        var line = 1, column = 1
        let end = min(offset, bytes.count)
        var index = 0
        while index < end {
            let breakLength = lineBreakLength(at: index)
            if breakLength > 0 {
                line += 1
                column = 1
                index += breakLength
                continue
            }
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return TextPosition(line: line, column: column)
    }

    /// The byte length of the line break at `index`, or 0.
    func lineBreakLength(at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }
}
