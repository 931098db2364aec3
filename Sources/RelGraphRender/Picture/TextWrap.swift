/// Breaks text into lines by measured width (`TextWidth`), so that names wrap instead of being
/// cut short.
///
/// Lines break at spaces. A word wider than a line keeps a line of its own, as long as it is
/// not much wider (`longestWord`); only a longer one breaks inside itself. Line breaks the
/// author wrote are kept. Past `maxLines` the text is cut and the last line ends in "…": the
/// documented maximum of each kind of text (docs/format.md), which only text far longer than
/// any name reaches.
public enum TextWrap {
    /// The lines of `text`, each at most `width` ems wide, at most `maxLines` of them.
    /// - Parameter balanced: make the lines of a paragraph about equally long (for names on
    ///   nodes: two lines of 9 characters make a compact node, 17 and 1 a wide one) rather
    ///   than filling each line before starting the next (for titles and legend entries).
    public static func lines(_ text: String, width: Double, maxLines: Int, bold: Bool = false, balanced: Bool = false) -> [String] {
        precondition(maxLines >= 1 && width > 0)
        // Only the first lines can be shown: a 10 KB name is not wrapped in full.
        let budget = maxLines * (Int(width / 0.25) + 8)
        var scalars = 0
        var kept = ""
        var cut = false
        for scalar in text.unicodeScalars {
            if scalars == budget { cut = true; break }
            scalars += 1
            kept.unicodeScalars.append(scalar)
        }
        var lines: [String] = []
        for paragraph in kept.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = pieces(of: paragraph, width: width, bold: bold)
            if words.isEmpty { lines.append(""); continue }
            var limit = width
            let greedyLines = fill(words, limit: width, bold: bold)
            if balanced && greedyLines.count > 1 {
                // The narrowest limit that needs no more lines than the full width does.
                var low = words.map(\.width).max() ?? 0, high = width
                for _ in 0..<24 where high - low > 0.01 {
                    let middle = (low + high) / 2
                    if fill(words, limit: middle, bold: bold).count <= greedyLines.count { high = middle } else { low = middle }
                }
                limit = high
            }
            lines += limit == width ? greedyLines : fill(words, limit: limit, bold: bold)
        }
        if lines.count > maxLines || cut {
            lines = Array(lines.prefix(maxLines))
            var last = lines[lines.count - 1]
            while !last.isEmpty && TextWidth.ems(last + "…", bold: bold) > width { last.removeLast() }
            while last.hasSuffix(" ") { last.removeLast() }
            lines[lines.count - 1] = last + "…"
        }
        return lines
    }

    /// True when `lines` of `text` leave nothing out.
    public static func isComplete(_ lines: [String]) -> Bool {
        !(lines.last?.hasSuffix("…") ?? false)
    }

    /// The widest word that stays whole on a line `width` ems wide: a name such as
    /// "Baku-Tbilisi-Ceyhan" reads better a little wider than cut in two.
    static func longestWord(_ width: Double) -> Double { min(2 * width, width + 12) }

    /// The words of one paragraph with their widths; a word wider than `longestWord` is split
    /// into pieces that fit the line.
    private static func pieces(of paragraph: Substring, width: Double, bold: Bool) -> [(text: String, width: Double)] {
        var words: [(text: String, width: Double)] = []
        for word in paragraph.split(separator: " ") {
            let measured = TextWidth.ems(word, bold: bold)
            if measured <= longestWord(width) {
                words.append((String(word), measured))
                continue
            }
            var piece = "", pieceWidth = 0.0
            for character in word {
                let characterWidth = TextWidth.ems(String(character), bold: bold)
                if pieceWidth + characterWidth > width && !piece.isEmpty {
                    words.append((piece, pieceWidth))
                    piece = ""
                    pieceWidth = 0
                }
                piece.append(character)
                pieceWidth += characterWidth
            }
            if !piece.isEmpty { words.append((piece, pieceWidth)) }
        }
        return words
    }

    /// Words laid into lines of at most `limit` ems, each line as full as it can be.
    private static func fill(_ words: [(text: String, width: Double)], limit: Double, bold: Bool) -> [String] {
        let space = TextWidth.ems(" ", bold: bold)
        var lines: [String] = []
        var line = "", lineWidth = 0.0
        for word in words {
            if line.isEmpty {
                line = word.text
                lineWidth = word.width
            } else if lineWidth + space + word.width <= limit + 1e-9 {
                line += " " + word.text
                lineWidth += space + word.width
            } else {
                lines.append(line)
                line = word.text
                lineWidth = word.width
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
