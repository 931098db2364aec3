import Foundation

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
        var out = "\""
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
        return out + "\""
    }

    /// Label text as it should read. Graphviz passes anything that looks like an entity
    /// (`&amp;`, `&#45;`) through to SVG and to pango unescaped, so a literal `&` must go in
    /// as `&amp;` for the picture to show what the author wrote.
    public static func label(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
    }

    /// C0/C1 controls, DEL, and bidi/line separators that break one-line output or XML.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029 || value == 0xFFFE || value == 0xFFFF
    }
}
