/// Escaping for text relgraph writes into XML and HTML itself: SVG finishing and reports,
/// GraphML and GEXF exports.
public enum XMLText {
    /// Character data: `&`, `<`, `>` escaped; characters XML forbids dropped.
    /// Works on UTF-8 bytes, copying the runs between bytes that need a look in one go:
    /// tooltips of large models run to megabytes.
    public static func escaped(_ text: String) -> String {
        var text = text
        guard text.withUTF8(needsEscaping) else { return text }
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard attention[Int(byte)] else { index += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    index += 1  // a C1 control
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    index += 2  // U+FFFE, U+FFFF
                case 0xC2, 0xEF: out.append(byte)  // the start of an ordinary character
                default: break  // C0 controls but tab and newline, and DEL
                }
                index += 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Bytes `escaped` must look at: markup, controls (but tab and newline), and the lead
    /// bytes of C1 controls and of U+FFFE/U+FFFF.
    private static let attention: [Bool] = (0...255).map { byte in
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x7F, 0xC2, 0xEF: return true
        case 0x00..<0x20: return byte != 0x09 && byte != 0x0A
        default: return false
        }
    }

    /// Whether `escaped` would change anything: most text has nothing to escape.
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        attention.withUnsafeBufferPointer { attention in bytes.contains { attention[Int($0)] } }
    }

    /// Attribute values (double-quoted): also `"` and `'`, and line breaks and tabs as
    /// character references (a parser would otherwise turn them into spaces).
    public static func attribute(_ text: String) -> String {
        let escaped = escaped(text)
        guard escaped.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0x0A || $0 == 0x09 }) else { return escaped }
        var out: [UInt8] = []
        out.reserveCapacity(escaped.utf8.count + 16)
        for byte in escaped.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            case 0x0A: out.append(contentsOf: "&#10;".utf8)
            case 0x09: out.append(contentsOf: "&#9;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension XMLText {
    /// Undoes the entity and character references Graphviz writes (`&#45;`, `&amp;`, …).
    public static func unescaped(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(0x26) }) else { return text }
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte == 0x26, let (scalar, length) = reference(in: bytes, at: index) else {
                    out.append(byte)
                    continue
                }
                out.append(contentsOf: String(Character(scalar)).utf8)
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The reference that starts after an `&` at `start` (name and `;`, at most 10 bytes),
    /// with the number of bytes it spans; nil when there is none to undo.
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var end = start
        while end < bytes.count && end - start < 10 && bytes[end] != 0x3B { end += 1 }
        guard end < bytes.count, bytes[end] == 0x3B else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let scalar: Unicode.Scalar?
        switch name {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = nil
            }
        }
        return scalar.map { ($0, end - start + 1) }
    }
}
