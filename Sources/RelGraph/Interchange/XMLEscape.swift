/// Escaping for the XML formats relgraph exports (GraphML, GEXF).
///
/// The same rules as RelGraphRender's `XMLText`, which RelGraph cannot depend on: characters
/// XML 1.0 forbids (C0 controls but tab and newline, DEL, C1 controls, U+FFFE/U+FFFF) are
/// dropped, so whatever an author wrote, the document stays well-formed.
public enum XMLEscape {
    /// Character data: `&`, `<`, `>` escaped; a carriage return dropped (XML would turn it into a newline anyway).
    public static func text(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: if !isForbidden(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// A double-quoted attribute value: also quotes, and tab and newline as character
    /// references (a parser would otherwise normalise them to spaces).
    public static func attribute(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            default: if !isForbidden(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Not allowed in an XML 1.0 document (or, for C1 controls and CR, trouble in one).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0x7F
            || (0x80...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }
}
