import Testing
@testable import RelGraph

@Suite("XML text escaping")
struct XMLTextTests {
    /// The rule, one byte at a time: markup escaped, characters XML 1.0 forbids dropped.
    static func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x09, 0x0A: out.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0xFFFE, 0xFFFF: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test("escaped text keeps every character XML allows, in order, and escapes markup")
    func escapedMatchesTheRule() {
        let pieces = ["a", "Türkiye", "“quoted”", "&", "<", ">", "\t", "\n", "\u{0}", "\u{7}", "\u{7F}", "\u{85}",
                      "\u{9F}", "\u{A0}", "¬", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "ﬁ", "—", "•", "🇦🇿", "]]>", "\"'", "ä"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(XMLText.escaped(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(XMLText.escaped("plain text") == "plain text")
        #expect(XMLText.escaped("a<b>&c\u{1}d\u{FFFE}e\u{85}f") == "a&lt;b&gt;&amp;cdef")
    }
}
