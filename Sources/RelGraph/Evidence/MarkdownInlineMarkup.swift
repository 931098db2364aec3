/// The inline markup `MarkdownPlainText` removes, each pass a scanner over Unicode scalars
/// that does exactly what one ICU regular-expression replacement did (the pattern is given
/// with each): leftmost matches, one after another, lookarounds seeing the original text.
/// Written out because Foundation's regular expressions brought Foundation and ICU into the
/// binary, and tested against `NSRegularExpression` on random text (MarkdownInlineMarkupTests).
enum MarkdownInlineMarkup {
    /// `!?\[([^\]\n]*)\]\([^)\s]*\)` → `$1`: `![alt](url)` and `[text](url)` become their
    /// text. The text has no `]` or line break, the address no `)` or white space.
    static func withoutLinks(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let bracket = s[i] == "!" ? i + 1 : i
            if bracket < s.count, s[bracket] == "[", let (text, end) = link(s, at: bracket) {
                out.append(contentsOf: text)
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text of the link whose `[` is at `open`, and where the link ends.
    private static func link(_ s: [Unicode.Scalar], at open: Int) -> (ArraySlice<Unicode.Scalar>, Int)? {
        var close = open + 1
        while close < s.count && s[close] != "]" && s[close] != "\n" { close += 1 }
        guard close < s.count, s[close] == "]", close + 1 < s.count, s[close + 1] == "(" else { return nil }
        var end = close + 2
        while end < s.count && s[end] != ")" && !isRegexSpace(s[end]) { end += 1 }
        guard end < s.count, s[end] == ")" else { return nil }
        return (s[(open + 1)..<close], end + 1)
    }

    /// `(?<![\p{L}\p{N}])[*_]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?'"’”)])[*_]+(?![\p{L}\p{N}])`
    /// → "": runs of `*` or `_` that touch a word on one side only. After a word or closing
    /// punctuation, a run that is followed by a word loses all but its last marker there
    /// (the regex backtracks to a shorter run), which the next position then takes.
    static func withoutEmphasis(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard isMarker(s[i]) else {
                out.append(s[i])
                i += 1
                continue
            }
            var runEnd = i
            while runEnd < s.count && isMarker(s[runEnd]) { runEnd += 1 }
            let wordAfter = runEnd < s.count && isWord(s[runEnd])
            var matchEnd: Int?
            if (i == 0 || !isWord(s[i - 1])) && wordAfter {
                matchEnd = runEnd
            } else if i > 0 && closesWord(s[i - 1]) {
                matchEnd = !wordAfter ? runEnd : runEnd - i >= 2 ? runEnd - 1 : nil
            }
            if let matchEnd {
                i = matchEnd
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// `\\([\\`*_{}\[\]()#+\-.!>])` → `$1`: Markdown's backslash escapes.
    static func withoutEscapes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        let escapable: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", ">"]
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", let next = scalars.first, escapable.contains(next) {
                out.append(next)
                scalars.removeFirst()
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isMarker(_ scalar: Unicode.Scalar) -> Bool { scalar == "*" || scalar == "_" }

    /// `[\p{L}\p{N}]`: a letter or a number of any kind.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// `[\p{L}\p{N}.,;:!?'"’”)]`: what an emphasis marker may close after.
    private static func closesWord(_ scalar: Unicode.Scalar) -> Bool {
        isWord(scalar) || ".,;:!?'\"\u{2019}\u{201D})".unicodeScalars.contains(scalar)
    }

    /// ICU's `\s`: Unicode's White_Space, line breaks and U+0085 included.
    static func isRegexSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
}
