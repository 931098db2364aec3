/// Text from a model or scenario made safe to show on a terminal: the one rule for every line
/// relgraph prints (the CLI's `Terminal` applies it to everything it writes, diagnostics use it
/// for their one-line form). Files keep their text, escaped as their format requires.
///
/// A YAML escape can put any character into a title, a label or a quote. Shown raw, ESC starts
/// a terminal command (`ESC]0;…` sets the window title, `ESC[2J` clears the screen, `ESC]8;…`
/// hides a hyperlink behind text), BEL rings, a lone carriage return overwrites the line, and
/// bidirectional overrides reorder what is read ("Trojan Source"). Each such character becomes
/// U+FFFD, visibly: C0 controls but line feed and tab, DEL, C1 controls (U+0080–U+009F, which
/// some terminals read as ESC sequences), U+2028 and U+2029, and the bidirectional embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069). A carriage return is kept only as
/// part of a CRLF line break.
public enum TerminalText {
    /// `text` with every unsafe character replaced by U+FFFD. `styles`: the SGR parameters
    /// (`ESC[…m`) the caller itself writes, such as colours; a sequence made only of those is
    /// kept, any other escape sequence loses its ESC.
    public static func sanitized(_ text: String, allowingStyles styles: Set<Int> = []) -> String {
        guard needsWork(text.utf8) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", !styles.isEmpty, let end = styleSequenceEnd(scalars, from: index, styles: styles) {
                for kept in scalars[index..<end] { out.append(kept) }
                index = end
                continue
            }
            if scalar == "\r" {
                out.append(index + 1 < scalars.count && scalars[index + 1] == "\n" ? scalar : replacement)
            } else if scalar == "\n" || scalar == "\t" {
                out.append(scalar)
            } else {
                out.append(isUnsafe(scalar) ? replacement : scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// Bytes meant for a terminal (a file written to standard output), as UTF-8 text sanitised
    /// the same way; invalid UTF-8 is shown as U+FFFD too.
    public static func sanitized(_ bytes: [UInt8]) -> [UInt8] {
        if !needsWork(bytes), String(validating: bytes, as: UTF8.self) != nil { return bytes }
        return Array(sanitized(String(decoding: bytes, as: UTF8.self)).utf8)
    }

    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether a character must never reach a terminal as it is. Line feed, tab and carriage
    /// return are controls too: callers decide what they become (kept, or a space on one line).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether any byte could start an unsafe character: a control byte other than line feed
    /// and tab, DEL, or the first byte of a C1 control (0xC2) or of U+2028–U+2069 (0xE2).
    /// Nearly all text has none, and is passed on without a copy.
    static func needsWork<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        bytes.contains { byte in (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xE2 }
    }

    /// Where an SGR sequence at `start` ends, if it is `ESC [ n ; n … m` with every n in `styles`.
    static func styleSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int, styles: Set<Int>) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        var number = 0, digits = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = Int(exactly: scalar.value), (0x30...0x39).contains(digit) {
                number = number * 10 + (digit - 0x30)
                digits += 1
                guard digits <= 3 else { return nil }
            } else if scalar == ";" || scalar == "m" {
                guard digits > 0, styles.contains(number) else { return nil }
                if scalar == "m" { return index + 1 }
                number = 0
                digits = 0
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }
}
