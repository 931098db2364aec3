import Foundation
import Testing
@testable import RelGraph

/// The scanners that replaced three ICU regular expressions, checked against those very
/// expressions (`NSRegularExpression`, which the tests may link) on random text made of the
/// characters the patterns care about.
@Suite("Markdown inline markup: the scanners do what the regular expressions did")
struct MarkdownInlineMarkupTests {
    static let links = #"!?\[([^\]\n]*)\]\([^)\s]*\)"#
    static let emphasis = #"(?<![\p{L}\p{N}])[*_]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?'"’”)])[*_]+(?![\p{L}\p{N}])"#
    static let escapes = #"\\([\\`*_{}\[\]()#+\-.!>])"#

    static func regex(_ pattern: String, _ template: String, _ text: String) -> String {
        text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
    }

    static let pieces = ["a", "Z", "7", "é", "e\u{301}", "ж", "²", "𝐀", "\u{1F600}", " ", "\t", "\n", "\u{0B}", "\u{85}", "\u{A0}", "\u{2028}",
                         "[", "]", "(", ")", "!", "*", "_", "\\", "`", "{", "}", "#", "+", "-", ".", ">", ",", ";", ":", "?", "'", "\"",
                         "\u{2019}", "\u{201D}", "€", "/", "url", "**", "__", "[t](u)", "![i](x)"]

    @Test("random text: each pass gives the regular expression's result, character for character")
    func randomText() {
        var random = SplitMix64(seed: 0x3A4C)
        for _ in 0..<20_000 {
            let text = (0..<random.below(12)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            #expect(MarkdownInlineMarkup.withoutLinks(text) == Self.regex(Self.links, "$1", text), "\(Array(text.unicodeScalars))")
            #expect(MarkdownInlineMarkup.withoutEmphasis(text) == Self.regex(Self.emphasis, "", text), "\(Array(text.unicodeScalars))")
            #expect(MarkdownInlineMarkup.withoutEscapes(text) == Self.regex(Self.escapes, "$1", text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("cases worth reading")
    func examples() {
        #expect(MarkdownInlineMarkup.withoutLinks("see ![map](m.png) and [the text](https://x.org/a_b)!") == "see map and the text!")
        #expect(MarkdownInlineMarkup.withoutLinks("[not](a link) [nor\n](x) [nested [one](u)](v)") == "[not](a link) [nor\n](x) nested [one](v)")
        #expect(MarkdownInlineMarkup.withoutEmphasis("**bold**, _it_, snake_case, 2*3*4") == "bold, it, snake_case, 2*3*4")
        // After a word a run followed by a word keeps going one marker at a time.
        #expect(MarkdownInlineMarkup.withoutEmphasis("a**b") == "ab")
        #expect(MarkdownInlineMarkup.withoutEmphasis("a*b") == "a*b")
        #expect(MarkdownInlineMarkup.withoutEscapes(#"\*not emphasis\* \\ \a"#) == #"*not emphasis* \ \a"#)
    }

    /// Text made to make a scanner that searches again from every position quadratic: each
    /// `[` opens a link whose end is far away or missing, each marker starts a long run.
    static let hostilePieces = ["[", "*", "_", "![", "[a", "[](", "[x](y", "a*", "*a", "a**", "_a_", "[*", "\\", "]("]

    @Test("hostile text: the searches read each scalar a bounded number of times", arguments: hostilePieces)
    func boundedReads(piece: String) {
        let text = String(repeating: piece, count: 20_000 / piece.unicodeScalars.count)
        let count = text.unicodeScalars.count
        var linkReads = 0, emphasisReads = 0
        _ = MarkdownInlineMarkup.withoutLinks(text, reads: &linkReads)
        _ = MarkdownInlineMarkup.withoutEmphasis(text, reads: &emphasisReads)
        // Searching again from every position would read about count² / 2 scalars.
        #expect(linkReads <= 2 * count, "\(linkReads) reads for \(count) scalars")
        #expect(emphasisReads <= count, "\(emphasisReads) reads for \(count) scalars")
    }

    @Test("a megabyte of `[`, `*` or `_`: every pass finishes, the text unchanged", arguments: ["[", "*", "_"])
    func megabyte(piece: String) {
        let text = String(repeating: piece, count: 1 << 20)
        var linkReads = 0, emphasisReads = 0
        #expect(MarkdownInlineMarkup.withoutLinks(text, reads: &linkReads) == text)
        #expect(MarkdownInlineMarkup.withoutEmphasis(text, reads: &emphasisReads) == text)
        #expect(MarkdownInlineMarkup.withoutEscapes(text) == text)
        #expect(linkReads <= 2 << 20 && emphasisReads <= 1 << 20)
    }

    @Test("character classes: ICU's \\s and [\\p{L}\\p{N}] scalar by scalar over the Basic Multilingual Plane")
    func classes() throws {
        let space = try NSRegularExpression(pattern: #"^\s$"#)
        let word = try NSRegularExpression(pattern: #"^[\p{L}\p{N}]$"#)
        func matches(_ regex: NSRegularExpression, _ scalar: Unicode.Scalar) -> Bool {
            let text = String(scalar)
            return regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
        }
        let scalars = (0...0xFFFF).compactMap { Unicode.Scalar(UInt32($0)) }
        let spaces = scalars.filter { MarkdownInlineMarkup.isRegexSpace($0) != matches(space, $0) }
        #expect(spaces.isEmpty, "\(spaces.map { String($0.value, radix: 16) })")
        // Letters new in Unicode 17 are letters to the standard library, unknown to Foundation's ICU.
        let words = scalars.filter { ($0.properties.age?.major ?? 0) < 17 && MarkdownInlineMarkup.isWord($0) != matches(word, $0) }
        #expect(words.isEmpty, "\(words.prefix(40).map { String($0.value, radix: 16) })")
    }
}
