import Testing
@testable import RelGraph

/// The one byte searcher (documents for `check --evidence`, SVG and reports), against the
/// obvious search on random bytes from a small alphabet, so that near-misses are common.
@Suite("Byte searches")
struct BytesTests {
    /// Where `needle` starts at or after `start`, position by position.
    static func naiveFirst(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8], from start: Int) -> Int? {
        guard start <= haystack.endIndex - needle.count else { return nil }
        return (start...(haystack.endIndex - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func naiveReplacing(_ bytes: [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var position = 0
        while position < bytes.count {
            if bytes[position...].starts(with: needle) {
                out += replacement
                position += needle.count
            } else {
                out.append(bytes[position])
                position += 1
            }
        }
        return out
    }

    @Test("first and last occurrences, in slices and from a position; every occurrence replaced")
    func randomBytes() {
        var random = SplitMix64(seed: 0xB17E5)
        let alphabet: [UInt8] = Array("ab</>".utf8)
        for _ in 0..<5_000 {
            let bytes = (0..<random.below(40)).map { _ in alphabet[random.below(alphabet.count)] }
            let needle = (0..<(1 + random.below(4))).map { _ in alphabet[random.below(alphabet.count)] }
            let lower = random.below(bytes.count + 1)
            let slice = bytes[lower...]
            let from = lower + random.below(bytes.count - lower + 1)
            #expect(Bytes.firstIndex(slice, needle) == Self.naiveFirst(slice, needle, from: lower), "\(bytes) \(needle) \(lower)")
            #expect(Bytes.firstIndex(slice, needle, from: from) == Self.naiveFirst(slice, needle, from: from), "\(bytes) \(needle) \(from)")
            #expect(Bytes.contains(slice, needle) == (Self.naiveFirst(slice, needle, from: lower) != nil))
            #expect(Bytes.replacing(bytes, needle, with: [0x23]) == Self.naiveReplacing(bytes, needle, with: [0x23]), "\(bytes) \(needle)")
            let byte = alphabet[random.below(alphabet.count)]
            #expect(Bytes.firstIndex(of: byte, in: bytes, from: from) == bytes[from...].firstIndex(of: byte), "\(bytes) \(byte) \(from)")
        }
    }

    @Test("edges: an empty needle is found where the search starts; a start past the end finds nothing")
    func edges() {
        let bytes = Array("abc".utf8)
        #expect(Bytes.firstIndex(bytes[...], [], from: 2) == 2)
        #expect(Bytes.firstIndex(bytes[...], [], from: 3) == 3)
        #expect(Bytes.firstIndex(bytes[...], Array("c".utf8), from: 4) == nil)
        #expect(Bytes.firstIndex(of: UInt8(ascii: "a"), in: bytes, from: 3) == nil)
        #expect(Bytes.replacing(bytes, [], with: [0x23]) == bytes)
        #expect(Bytes.trimmed(Array(" \t\r\nab c\n".utf8)[...]) == Array("ab c".utf8)[...])
        #expect(Bytes.trimmed(Array(" \n".utf8)[...]).isEmpty)
        #expect(Bytes.hasPrefix(Array("<svg>".utf8)[1...], Array("svg".utf8)))
    }
}
