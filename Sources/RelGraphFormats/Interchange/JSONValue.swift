import RelGraph

/// JSON written by hand: keys in the order given (Foundation's encoder sorts or shuffles them),
/// numbers in their shortest exact form, and every string escaped per RFC 8259.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)
    case boolean(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text == b.text }

    /// Compact, on one line.
    public var text: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Indented by two spaces, one member per line, ending with a newline.
    public var prettyText: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .string(let text): out += Self.quoted(text)
        case .number(let number): out += number.isFinite ? InterchangeAttributes.numberText(number) : "null"
        case .integer(let number): out += String(number)
        case .boolean(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            writeContainer(into: &out, open: "[", close: "]", count: items.count, indent: indent, level: level) { index, out in
                items[index].write(into: &out, indent: indent, level: level + 1)
            }
        case .object(let members):
            writeContainer(into: &out, open: "{", close: "}", count: members.count, indent: indent, level: level) { index, out in
                out += Self.quoted(members[index].0) + (indent == nil ? ":" : ": ")
                members[index].1.write(into: &out, indent: indent, level: level + 1)
            }
        }
    }

    private func writeContainer(into out: inout String, open: String, close: String, count: Int, indent: String?, level: Int,
                                _ item: (Int, inout String) -> Void) {
        out += open
        guard count > 0 else { out += close; return }
        for index in 0..<count {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
            item(index, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }

    /// A JSON string literal. U+2028 and U+2029 are escaped too, so the text is also valid JavaScript.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
