/// A document's text, normalised (`QuoteText`) and indexed for exact and approximate search.
public struct EvidenceText: Sendable {
    /// A word of the normalised text: lower-cased letters and digits, with its scalar range.
    struct Word: Sendable {
        var key: String
        var start: Int
        var end: Int
    }

    public let normalized: String
    let bytes: [UInt8]
    let scalars: [Unicode.Scalar]
    let words: [Word]

    public init(_ text: String) {
        normalized = QuoteText.normalized(text)
        bytes = Array(normalized.utf8)
        scalars = Array(normalized.unicodeScalars)
        words = Self.words(in: scalars)
    }

    static func words(in scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            let inWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if inWord && start == nil { start = index }
            if !inWord, let begin = start {
                words.append(Word(key: String(String.UnicodeScalarView(scalars[begin..<index])).lowercased(), start: begin, end: index))
                start = nil
            }
        }
        if let begin = start {
            words.append(Word(key: String(String.UnicodeScalarView(scalars[begin...])).lowercased(), start: begin, end: scalars.count))
        }
        return words
    }

    /// Where each fragment of a quote is found, in order, each after the one before; nil when
    /// one is missing. Taking the earliest match of each fragment never misses an ordering
    /// that exists (any later match leaves less room for the fragments after it).
    public func locate(_ fragments: [String]) -> [Range<Int>]? {
        var from = 0
        var ranges: [Range<Int>] = []
        for fragment in fragments {
            let needle = Array(fragment.utf8)
            guard let start = Bytes.firstIndex(bytes[...], needle, from: from) else { return nil }
            ranges.append(start..<(start + needle.count))
            from = start + needle.count
        }
        return ranges
    }

    /// Whether a normalised fragment occurs anywhere.
    public func contains(_ fragment: String) -> Bool {
        Bytes.contains(bytes[...], Array(fragment.utf8))
    }
}
