import RelGraph

/// GitHub-flavoured Markdown, with every piece of model text escaped so that it reads as
/// text: no stray emphasis, no table break, no raw HTML.
public enum MarkdownWriter {
    public static func write(_ document: ReportDocument) -> String {
        var out = "# \(escape(document.title))\n"
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(6, max(2, level))) + " " + escape(text) + "\n"
            case .paragraph(let inlines):
                out += render(inlines) + "\n"
            case .bullets(let items):
                for item in items { out += "- " + render(item) + "\n" }
            case .numbered(let items):
                for (number, item) in items.enumerated() { out += "\(number + 1). " + render(item) + "\n" }
            case .quote(let inlines, let attribution):
                out += "> " + render(inlines) + "\n>\n> — " + render(attribution) + "\n"
            case .table(let header, let rows, let numeric):
                out += "| " + header.map { escape($0, inTable: true) }.joined(separator: " | ") + " |\n"
                out += "|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
                for row in rows { out += "| " + row.map { render($0, inTable: true) }.joined(separator: " | ") + " |\n" }
            case .figure(let file, let caption, _):
                out += "![\(escape(caption))](\(WebAddress.percentEncoded(file)))\n\n*\(escape(caption))*\n"
            }
        }
        return out
    }

    static func render(_ inlines: [ReportDocument.Inline], inTable: Bool = false) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return escape(text, inTable: inTable)
            case .strong(let text): return "**" + escape(text, inTable: inTable) + "**"
            case .emphasis(let text): return "*" + escape(text, inTable: inTable) + "*"
            case .code(let text): return "`" + text.replacingAll("`", with: "'").replacingAll("|", with: "\\|").replacingAll("\n", with: " ") + "`"
            case .link(let text, let url):
                guard WebAddress.isAcceptable(url) else { return escape(text, inTable: inTable) }
                return "[" + escape(text, inTable: inTable) + "](" + WebAddress.percentEncoded(url) + ")"
            }
        }.joined()
    }

    /// Backslash-escapes the Markdown punctuation that could change meaning here, and writes
    /// `<`, `>`, `&` as entities (no raw HTML reaches the page).
    static func escape(_ text: String, inTable: Bool = false) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "~", "|": out += "\\" + String(character)
            case "#" where out.isEmpty || out.hasSuffix("\n"): out += "\\#"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += inTable ? " " : "  \n"
            default:
                if character.unicodeScalars.allSatisfy({ DOTText.isDropped($0) }) { continue }
                out.append(character)
            }
        }
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced, searched as UTF-8 bytes (Foundation's
    /// `replacingOccurrences` goes through UTF-16, slow on a report's megabytes).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8)
        let target = Array(target.utf8)
        guard Bytes.contains(bytes[...], target) else { return self }
        return String(decoding: Bytes.replacing(bytes, target, with: Array(replacement.utf8)), as: UTF8.self)
    }
}
