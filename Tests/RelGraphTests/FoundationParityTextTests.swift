import Foundation
import Testing
@testable import RelGraph

/// Where the shipped binary takes the standard library's answer for Foundation's, checked
/// against Foundation itself (which the tests may link): the same result, scalar for scalar.
@Suite("Text without Foundation: the same results as Foundation's")
struct FoundationParityTextTests {
    /// Every Unicode scalar value, but the surrogates.
    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test("NFC from the standard library is Foundation's canonical composition, but where Foundation erred")
    func composition() {
        #expect(String(decoding: "e\u{301}"._nfcCodeUnits, as: UTF8.self).unicodeScalars.map(\.value) == [0xE9])
        #expect(QuoteText.normalized("Tu\u{308}rkiye") == "Türkiye")
        // Each scalar alone and after a base letter, and sequences whose marks need reordering.
        var texts = Self.allScalars.filter { $0.properties.generalCategory != .unassigned }.flatMap { ["\($0)", "a\($0)", "\($0)\u{301}"] }
        texts += ["a\u{323}\u{302}", "a\u{302}\u{323}", "\u{1100}\u{1161}\u{11A8}", "\u{0915}\u{093C}", "Å", "\u{212B}", "\u{1E9B}\u{323}"]
        // Left out: characters newer than Foundation's ICU (Unicode 17), and a mark after a
        // character beyond U+FFFF, which Foundation composed with the character's low 16 bits
        // (U+10041 and U+0301 gave "Á"); the standard library keeps them apart, as it must.
        texts.removeAll { text in
            text.unicodeScalars.contains { ($0.properties.age?.major ?? 0) >= 17 }
                || (text.unicodeScalars.first!.value > 0xFFFF && text.unicodeScalars.count > 1)
        }
        let differing = texts.filter { String(decoding: $0._nfcCodeUnits, as: UTF8.self).unicodeScalars.elementsEqual($0.precomposedStringWithCanonicalMapping.unicodeScalars) == false }
        #expect(differing.isEmpty, "\(differing.prefix(20).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
        #expect(String(decoding: "\u{10041}\u{301}"._nfcCodeUnits, as: UTF8.self).unicodeScalars.map(\.value) == [0x10041, 0x301])
    }

    @Test("UTF-8 documents: a byte-order mark dropped, invalid bytes refused, like String(bytes:encoding:)")
    func documentText() {
        let cases: [[UInt8]] = [
            [], [0xEF, 0xBB, 0xBF], Array("\u{FEFF}text".utf8), [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61], Array("plain é".utf8),
            [0x61, 0xFF], [0xEF, 0xBB], [0xC3], [0xED, 0xA0, 0x80], [0x61, 0x00, 0x62],
        ]
        for bytes in cases {
            #expect(EvidenceFolder.text(bytes) == String(bytes: bytes, encoding: .utf8), "\(bytes)")
        }
        #expect(EvidenceFolder.text([0xEF, 0xBB, 0xBF, 0x61]) == "a")
    }

    /// The searches at the call sites that Foundation's `replacingOccurrences(of:with:)` and
    /// `components(separatedBy:)` did, now the standard library's, which compare whole
    /// characters. They agree on text like this; they differ only where the character
    /// next to a match is joined to it by Unicode's grapheme rules but not Foundation's
    /// (a zero-width joiner, a spacing mark, a prepended mark, "\r" before "\n").
    @Test("replacing and splitting by whole characters agree with Foundation's searches")
    func characterSearches() {
        let targets = ["\"", "&", "{", "}", "\\", ">", "-", "_", "\u{2212}", "\\N", "\\n", "\\\\", "&amp;", "[...]", "...", ";", " & ", " and "]
        let pieces = ["a", "é", "e\u{301}", "\u{301}", "\u{1F600}", "\u{1F1FA}\u{1F1F8}", " ", "\n", ".", "\\", "&", "\"", "-", "\u{2212}",
                      "[", "]", "{", "}", ">", "_", "N", "amp;", ";", "\u{37E}", "\u{212A}", "K", "and", "\u{FE0F}", "\u{20E3}"]
        var random = SplitMix64(seed: 0x5EED)
        for _ in 0..<3000 {
            let text = (0..<random.below(9)).map { _ in pieces[random.below(pieces.count)] }.joined()
            for target in targets {
                #expect(text.replacing(target, with: "#") == text.replacingOccurrences(of: target, with: "#"), "\(Array(text.unicodeScalars)) \(target)")
                #expect(text.split(separator: target, omittingEmptySubsequences: false).map(String.init) == text.components(separatedBy: target),
                        "\(Array(text.unicodeScalars)) \(target)")
            }
        }
    }
}
