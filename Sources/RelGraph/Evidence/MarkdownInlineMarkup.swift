/// The inline markup `MarkdownPlainText` removes, each pass a scanner over Unicode scalars
/// that does exactly what one ICU regular-expression replacement did (the pattern is given
/// with each): leftmost matches, one after another, lookarounds seeing the original text.
/// Tested against `NSRegularExpression` on random text (MarkdownInlineMarkupTests).
///
/// Not Swift's `Regex`, measured on Swift 6.3.1: it has no lookbehind, which the emphasis
/// pattern needs; it backtracks the link pattern quadratically (10,000 `[` took 17 s); and on
/// a plain 1 MB document it took 350 ms where these scanners take 20 ms. Each scanner reads a
/// scalar a bounded number of times, so a hostile document (a megabyte of `[`) costs what an
/// ordinary one does: a search that a later position would repeat is remembered (`ForwardScan`).
enum MarkdownInlineMarkup {
    /// `!?\[([^\]\n]*)\]\([^)\s]*\)` → `$1`: `![alt](url)` and `[text](url)` become their
    /// text. The text has no `]` or line break, the address no `)` or white space.
    static func withoutLinks(_ text: String) -> String {
        var reads = 0
        return withoutLinks(text, reads: &reads)
    }

    /// `reads`: how many scalars the searches for a link's end read, for tests of linearity.
    static func withoutLinks(_ text: String, reads: inout Int) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        let s = Array(text.unicodeScalars)
        var closing = ForwardScan(s) { $0 == "]" || $0 == "\n" }
        var addressEnd = ForwardScan(s) { $0 == ")" || isRegexSpace($0) }
        defer { reads += closing.reads + addressEnd.reads }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let bracket = s[i] == "!" ? i + 1 : i
            if bracket < s.count, s[bracket] == "[", let (text, end) = link(s, at: bracket, &closing, &addressEnd) {
                // One by one: the view's append(contentsOf:) copies all of `out` each time.
                for scalar in text { out.append(scalar) }
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text of the link whose `[` is at `open`, and where the link ends. Links are tried
    /// at increasing positions, as the scans need.
    private static func link(_ s: [Unicode.Scalar], at open: Int, _ closing: inout ForwardScan,
                             _ addressEnd: inout ForwardScan) -> (ArraySlice<Unicode.Scalar>, Int)? {
        let close = closing.first(from: open + 1)
        guard close < s.count, s[close] == "]", close + 1 < s.count, s[close + 1] == "(" else { return nil }
        let end = addressEnd.first(from: close + 2)
        guard end < s.count, s[end] == ")" else { return nil }
        return (s[(open + 1)..<close], end + 1)
    }

    /// `(?<![\p{L}\p{N}])[*_]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?'"’”)])[*_]+(?![\p{L}\p{N}])`
    /// → "": runs of `*` or `_` that touch a word on one side only. After a word or closing
    /// punctuation, a run that is followed by a word loses all but its last marker there
    /// (the regex backtracks to a shorter run), which the next position then takes.
    static func withoutEmphasis(_ text: String) -> String {
        var reads = 0
        return withoutEmphasis(text, reads: &reads)
    }

    /// `reads`: how many scalars the searches for a run's end read, for tests of linearity.
    static func withoutEmphasis(_ text: String, reads: inout Int) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) else { return text }
        let s = Array(text.unicodeScalars)
        // A run is looked at again from each of its markers that is kept.
        var runEnds = ForwardScan(s) { !isMarker($0) }
        defer { reads += runEnds.reads }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard isMarker(s[i]) else {
                out.append(s[i])
                i += 1
                continue
            }
            let runEnd = runEnds.first(from: i)
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

    /// `[\p{L}\p{N}]`: a letter or a number of any kind (ASCII without a property lookup).
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
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
    static func isRegexSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}

/// The first scalar at or after a position that a rule stops at (or the end), asked for
/// positions that never decrease: an answer at or past the new position still holds, since no
/// scalar between the two positions stopped the earlier search. Every scalar is read at most
/// once however many positions ask.
struct ForwardScan {
    let scalars: [Unicode.Scalar]
    let stops: (Unicode.Scalar) -> Bool
    private var found = -1
    /// Scalars read so far.
    private(set) var reads = 0

    init(_ scalars: [Unicode.Scalar], stoppingAt stops: @escaping (Unicode.Scalar) -> Bool) {
        self.scalars = scalars
        self.stops = stops
    }

    mutating func first(from start: Int) -> Int {
        if start > found {
            found = start
            while found < scalars.count && !stops(scalars[found]) { found += 1 }
            reads += min(found + 1, scalars.count) - start
        }
        return found
    }
}
