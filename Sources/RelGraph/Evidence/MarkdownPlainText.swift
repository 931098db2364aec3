/// The words of a Markdown document without its markup, so that a quote copied from the
/// rendered page matches: links and images become their text, emphasis markers and
/// backslash escapes go, and (in a `.md` file) heading, quote and list markers. Not a full
/// CommonMark parser: enough for articles saved as Markdown.
///
/// Plain-text copies of web pages often keep inline markup too (`[alliance](#)`,
/// `*business as usual*`), so the inline part applies to every document.
enum MarkdownPlainText {
    static func text(of markdown: String, blockMarkers: Bool) -> String {
        var text = blockMarkers ? withoutBlockMarkers(markdown) : markdown
        // ![alt](url) and [text](url) → alt, text.
        text = MarkdownInlineMarkup.withoutLinks(text)
        // Emphasis: runs of * or _ that touch a word on one side only.
        text = MarkdownInlineMarkup.withoutEmphasis(text)
        if blockMarkers { text = MarkdownInlineMarkup.withoutEscapes(text) }
        return text
    }

    static func withoutBlockMarkers(_ markdown: String) -> String {
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = Substring(line)
            text = text.drop(while: { $0 == " " })
            while text.hasPrefix(">") { text = text.dropFirst().drop(while: { $0 == " " }) }
            if let marker = text.firstIndex(of: " "), text[..<marker].allSatisfy({ $0 == "#" }), !text[..<marker].isEmpty {
                text = text[text.index(after: marker)...]
            }
            for bullet in ["- ", "* ", "+ "] where text.hasPrefix(bullet) { text = text.dropFirst(2) }
            lines.append(String(text))
        }
        return lines.joined(separator: "\n")
    }
}
