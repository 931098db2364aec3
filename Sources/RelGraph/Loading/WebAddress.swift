/// The only links relgraph writes into pictures and reports: absolute http(s) addresses made
/// of the characters RFC 3986 allows in a URI, checked when a model is loaded.
///
/// RFC 3986's characters are the letters and digits, `-._~`, the delimiters `:/?#[]@` and
/// `!$&'()*+,;=`, and `%` followed by two hexadecimal digits. Anything else (a blank, `<`,
/// `>`, `"`, `\`, `{`, `}`, `|`, `^`, a backquote, a control character, a letter beyond
/// ASCII) is refused: it is either a mistake or an attempt to break out of the link in a
/// report. An address with such letters (`…/wiki/Баку`) is written percent-encoded, which is
/// what a browser's address bar copies; the diagnostic gives that form.
public enum WebAddress {
    public enum Verdict: Equatable, Sendable {
        case acceptable
        /// Not `http://` or `https://` followed by a host.
        case notWeb
        /// A character RFC 3986 does not allow, the first one, and the address percent-encoded.
        case character(Unicode.Scalar, encoded: String)
    }

    public static func isAcceptable(_ text: String) -> Bool { verdict(text) == .acceptable }

    public static func verdict(_ text: String) -> Verdict {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return .notWeb }
        let rest = text.drop(while: { $0 != ":" }).dropFirst(3)
        guard let host = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first,
              !host.isEmpty, !host.hasPrefix("?"), !host.hasPrefix("#") else { return .notWeb }
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where !isAllowed(byte) || (byte == UInt8(ascii: "%") && !isEscape(bytes, at: index)) {
            let scalar = String(decoding: bytes[index...], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
            return .character(scalar, encoded: percentEncoded(text))
        }
        return .acceptable
    }

    /// `text` with every byte RFC 3986 does not allow written as `%XX` (UTF-8), a `%` that
    /// starts no escape as `%25`, and `(` and `)` as `%28` and `%29`, which Markdown reads as
    /// the end of a link. The one form of a link destination relgraph writes in Markdown:
    /// safe inside `[text](…)` and `<…>` alike, and the same address for a browser.
    public static func percentEncoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for (index, byte) in bytes.enumerated() {
            let keep = isAllowed(byte) && byte != UInt8(ascii: "(") && byte != UInt8(ascii: ")")
                && (byte != UInt8(ascii: "%") || isEscape(bytes, at: index))
            if keep {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986's unreserved and reserved characters, and `%`.
    static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
        }
    }

    /// Whether the `%` at `index` starts `%XX`.
    static func isEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        func isHex(_ offset: Int) -> Bool {
            guard index + offset < bytes.count else { return false }
            let byte = bytes[index + offset]
            return (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
        return isHex(1) && isHex(2)
    }
}
