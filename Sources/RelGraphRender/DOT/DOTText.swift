/// Makes any text safe inside a DOT quoted string.
///
/// Graphviz 2.42 copies some text into SVG unescaped and chokes on C0 controls, so whatever
/// a model's author wrote is cleaned here, before it can reach the DOT at all.
public enum DOTText {
    /// Ends a left-justified line (DOT's `\l`) in text relgraph writes; a vertical tab is
    /// otherwise meaningless, so nothing an author writes is misread by it.
    public static let leftJustifiedLineEnd = "\u{0B}"

    /// `"…"` with `\` and `"` escaped, line breaks as DOT's `\n`, other controls dropped.
    public static func quoted(_ text: String, maximumLength: Int = 400) -> String {
        var out = ""
        appendQuoted(text, to: &out, maximumLength: maximumLength)
        return out
    }

    /// `quoted(_:maximumLength:)`, appended to `out`: DOT for a large model is megabytes.
    public static func appendQuoted(_ text: String, to out: inout String, maximumLength: Int = 400) {
        out.append("\"")
        if isPlain(text, maximumLength: maximumLength) {
            out.append(text)
        } else {
            appendEscaped(text, to: &out, maximumLength: maximumLength)
        }
        out.append("\"")
    }

    /// True when the text needs no escaping and no clipping: one pass over its UTF-8 bytes,
    /// which is nearly every label, so the scalar-by-scalar path below is rarely taken.
    static func isPlain(_ text: String, maximumLength: Int) -> Bool {
        var scalars = 0
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x00 ..< 0x20, 0x22, 0x5C, 0x7F: return false
            // C1 controls (C2 80–9F), U+2028/2029 (E2 80 A8/A9), U+FFFE/FFFF (EF BF BE/BF).
            case 0x80 ... 0x9F where previous == 0xC2: return false
            case 0xA8 ... 0xA9 where previous == 0x80 && beforePrevious == 0xE2: return false
            case 0xBE ... 0xBF where previous == 0xBF && beforePrevious == 0xEF: return false
            default: break
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            beforePrevious = previous
            previous = byte
        }
        return scalars <= maximumLength
    }

    static func appendEscaped(_ text: String, to out: inout String, maximumLength: Int) {
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= maximumLength { out += "…"; break }
            count += 1
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\l"
            case "\r", "\t": out += " "
            default:
                if isDropped(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// Label text as it should read. Graphviz passes anything that looks like an entity
    /// (`&amp;`, `&#45;`) through to SVG and to pango unescaped, so a literal `&` must go in
    /// as `&amp;` for the picture to show what the author wrote.
    public static func label(_ text: String) -> String {
        // Most labels have no `&` (nothing else is canonically equivalent to one): no search.
        text.utf8.contains(UInt8(ascii: "&")) ? text.replacing("&", with: "&amp;") : text
    }

    /// C0/C1 controls, DEL, and bidi/line separators that break one-line output or XML.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029 || value == 0xFFFE || value == 0xFFFF
    }
}

extension DOTText {
    /// What Graphviz's DOT parser makes of `quoted(text)`: the string cgraph stores. Its lexer
    /// turns `\"` into `"` and keeps every other backslash as written (label escapes such as
    /// `\n` and `\\` are read later, when labels are drawn). A graph built with the cgraph API
    /// from these values is the graph `agmemread` would make of the DOT text.
    public static func parsedValue(_ text: String, maximumLength: Int = 400) -> String {
        if isPlain(text, maximumLength: maximumLength) { return text }
        var escaped = ""
        appendEscaped(text, to: &escaped, maximumLength: maximumLength)
        var out = ""
        var scalars = escaped.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", scalars.first == "\"" {
                out.unicodeScalars.append(scalars.removeFirst())
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
