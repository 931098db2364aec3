/// The passage of a document that a misquoted fragment most resembles: what the author
/// probably meant to copy, shown so that the slip can be seen and fixed.
///
/// Definition: the substring `t` of the document minimising the edit distance (Levenshtein:
/// insertions, deletions, substitutions, each 1) between the fragment and `t`. Computed by
/// Sellers' algorithm (approximate substring matching: the dynamic programme of edit distance
/// with a free start and end in the text), O(m·n) for a fragment of m characters against n.
///
/// To stay fast on long documents it runs only around the few places that share the most
/// words with the fragment (a sliding window over the document's words, as long as the
/// fragment in words), not over the whole text: exact over those regions, a heuristic in
/// which regions are tried. A fragment sharing no word with the document has no passage.
///
/// Reference: P. H. Sellers, "The theory and computation of evolutionary distances: pattern
/// recognition", Journal of Algorithms 1 (1980) 359–373.
public struct ClosestPassage: Sendable, Equatable {
    /// The passage, widened to whole words.
    public var text: String
    /// The edit distance between the fragment and the passage before widening.
    public var distance: Int

    /// How many regions of the document are compared character by character.
    static let candidates = 3

    public static func find(_ fragment: String, in document: EvidenceText) -> ClosestPassage? {
        let pattern = Array(fragment.unicodeScalars)
        let keys = EvidenceText.words(in: pattern).map(\.key)
        let words = document.words
        guard !pattern.isEmpty, !keys.isEmpty, !words.isEmpty else { return nil }
        let wanted = Set(keys)
        let window = min(keys.count, words.count)

        // Score every window of `window` words by how many of them the fragment has.
        var scores: [Int] = []
        scores.reserveCapacity(words.count - window + 1)
        var score = words[0..<window].filter { wanted.contains($0.key) }.count
        scores.append(score)
        if words.count > window {
            for start in 1...(words.count - window) {
                if wanted.contains(words[start - 1].key) { score -= 1 }
                if wanted.contains(words[start + window - 1].key) { score += 1 }
                scores.append(score)
            }
        }
        var starts: [Int] = []
        for start in scores.indices.sorted(by: { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }) {
            guard scores[start] > 0, starts.count < candidates else { break }
            if starts.allSatisfy({ abs($0 - start) >= max(1, window / 2) }) { starts.append(start) }
        }

        var best: (distance: Int, start: Int, end: Int)?
        for start in starts {
            let slack = pattern.count / 2 + 8
            let from = max(0, words[start].start - slack)
            let to = min(document.scalars.count, words[start + window - 1].end + slack)
            let match = sellers(pattern, document.scalars, from..<to)
            if best == nil || match.distance < best!.distance { best = match }
        }
        guard let best else { return nil }
        return ClosestPassage(text: widened(document.scalars, best.start..<best.end), distance: best.distance)
    }

    /// The smallest edit distance between `pattern` and a substring of `text[range]`, and that substring.
    static func sellers(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], _ range: Range<Int>) -> (distance: Int, start: Int, end: Int) {
        let m = pattern.count
        var cost = Array(0...m)                       // column for the text position before
        var origin = Array(repeating: range.lowerBound, count: m + 1)
        var next = cost, nextOrigin = origin
        var best = (distance: m, start: range.lowerBound, end: range.lowerBound)
        for j in range {
            next[0] = 0
            nextOrigin[0] = j + 1
            for i in 1...m {
                let substitute = cost[i - 1] + (pattern[i - 1] == text[j] ? 0 : 1)
                let skipText = cost[i] + 1
                let skipPattern = next[i - 1] + 1
                if substitute <= skipText && substitute <= skipPattern {
                    next[i] = substitute; nextOrigin[i] = origin[i - 1]
                } else if skipText <= skipPattern {
                    next[i] = skipText; nextOrigin[i] = origin[i]
                } else {
                    next[i] = skipPattern; nextOrigin[i] = nextOrigin[i - 1]
                }
            }
            // Among equally close passages, the one nearest the fragment's length: deleting
            // a wrong last word costs as much as replacing it, but shows less.
            if next[m] < best.distance
                || (next[m] == best.distance && abs(j + 1 - nextOrigin[m] - m) < abs(best.end - best.start - m)) {
                best = (next[m], nextOrigin[m], j + 1)
            }
            swap(&cost, &next)
            swap(&origin, &nextOrigin)
        }
        return best
    }

    /// The range grown to the edges of the words it cuts, so the hint shows whole words.
    static func widened(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var start = range.lowerBound, end = range.upperBound
        let isWordy = { (s: Unicode.Scalar) in s.properties.isAlphabetic || s.properties.numericType != nil }
        while start > 0, isWordy(text[start - 1]), start < text.count, isWordy(text[start]) { start -= 1 }
        while end < text.count, end > 0, isWordy(text[end - 1]), isWordy(text[end]) { end += 1 }
        return String(String.UnicodeScalarView(text[start..<end])).trimmingWhitespace
    }
}
