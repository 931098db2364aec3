import Testing
@testable import RelGraph

@Suite("Trimming white space")
struct TrimmingTests {
    @Test("scalar by scalar: Unicode's white space and line breaks go at both ends; inner space, marks and other scalars stay")
    func whitespace() {
        #expect("".trimmingWhitespace == "")
        #expect(" \t\u{A0}\u{3000}\n\r\u{85}\u{2028}".trimmingWhitespace == "")
        #expect("  a b  ".trimmingWhitespace == "a b")
        #expect(" \n a \n ".trimmingWhitespace == "a")
        #expect("\u{2003}x\u{202F}".trimmingWhitespace == "x")
        // A space before a combining mark goes, the mark stays.
        #expect(" \u{301}a".trimmingWhitespace.unicodeScalars.first == "\u{301}")
        // Zero-width characters are not white space.
        #expect("\u{200B}x\u{FEFF}".trimmingWhitespace == "\u{200B}x\u{FEFF}")
        #expect(Substring("\t-3.5\t").trimmingWhitespace == "-3.5")
        #expect("plain".trimmingWhitespace == "plain")
    }

    @Test("any scalars a rule picks")
    func scalars() {
        #expect("!!12.5!".trimmingScalars { $0 == "!" } == "12.5")
        #expect("!!!".trimmingScalars { $0 == "!" } == "")
        #expect(Substring("12!").trimmingScalars { $0 == "!" } == "12")
    }
}
