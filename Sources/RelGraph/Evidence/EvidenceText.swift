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

    /// The words of the text: runs of letters and digits (Unicode's Alphabetic, or a numeric
    /// type), each keyed by its lower-cased text. Each key is made from the word's UTF-8 bytes
    /// in one step, and ASCII is judged without a Unicode property lookup: most of the time of
    /// reading a document went to making keys scalar by scalar and looking up properties.
    static func words(in scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        // The current word's UTF-8.
        var utf8: [UInt8] = []
        var start: Int?
        func close(_ begin: Int, _ end: Int) {
            words.append(Word(key: String(decoding: utf8, as: UTF8.self).lowercased(), start: begin, end: end))
        }
        for (index, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                if start == nil { start = index }
                utf8.append(contentsOf: scalar.utf8)
            } else if let begin = start {
                close(begin, index)
                start = nil
                utf8.removeAll(keepingCapacity: true)
            }
        }
        if let begin = start { close(begin, scalars.count) }
        return words
    }

    /// A letter or a digit of any script (Unicode's Alphabetic, or any numeric type).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
