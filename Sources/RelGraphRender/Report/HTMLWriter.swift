import RelGraph

/// Self-contained HTML: styles inline, SVG pictures inlined, no script and no network access,
/// with a print stylesheet, so the report can be mailed or attached as it is.
public enum HTMLWriter {
    public static func write(_ document: ReportDocument) -> String {
        var out = pageStart(title: document.title, stylesheet: stylesheet)
        var figure = 0
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(6, max(2, level)))"
                out += "<\(tag)>\(XMLText.escaped(text))</\(tag)>\n"
            case .paragraph(let inlines):
                out += "<p>\(render(inlines))</p>\n"
            case .bullets(let items):
                out += "<ul>\n" + items.map { "<li>\(render($0))</li>\n" }.joined() + "</ul>\n"
            case .numbered(let items):
                out += "<ol>\n" + items.map { "<li>\(render($0))</li>\n" }.joined() + "</ol>\n"
            case .quote(let inlines, let attribution):
                out += "<blockquote><p>\(render(inlines))</p><footer>— \(render(attribution))</footer></blockquote>\n"
            case .table(let header, let rows, let numeric):
                out += "<div class=\"table\"><table>\n<thead><tr>"
                for (column, cell) in header.enumerated() { out += "<th\(numeric.contains(column) ? " class=\"num\"" : "")>\(XMLText.escaped(cell))</th>" }
                out += "</tr></thead>\n<tbody>\n"
                for row in rows {
                    out += "<tr>"
                    for (column, cell) in row.enumerated() { out += "<td\(numeric.contains(column) ? " class=\"num\"" : "")>\(render(cell))</td>" }
                    out += "</tr>\n"
                }
                out += "</tbody></table></div>\n"
            case .figure(let file, let caption, let svg):
                figure += 1
                out += "<figure>\n"
                if let svg {
                    // The picture opens its file at full size; its own links (a tie's
                    // source) stay links inside it.
                    out += "<a class=\"full\" href=\"\(XMLText.attribute(file))\" title=\"Open \(XMLText.attribute(file)) at full size\">"
                        + inlineSVG(svg, prefix: "f\(figure)-") + "</a>"
                } else {
                    out += "<img src=\"\(XMLText.attribute(file))\" alt=\"\(XMLText.attribute(caption))\">"
                }
                out += "\n<figcaption>\(XMLText.escaped(caption))</figcaption>\n</figure>\n"
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// The start of a self-contained page, up to and including its `<h1>`: shared with the
    /// timeline page.
    static func pageStart(title: String, stylesheet: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="relgraph">
        <title>\(XMLText.escaped(title))</title>
        <style>\(stylesheet)</style>
        </head>
        <body>
        <main>
        <h1>\(XMLText.escaped(title))</h1>

        """
    }

    static func render(_ inlines: [ReportDocument.Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return XMLText.escaped(text).replacingAll("\n", with: "<br>")
            case .strong(let text): return "<strong>\(XMLText.escaped(text))</strong>"
            case .emphasis(let text): return "<em>\(XMLText.escaped(text))</em>"
            case .code(let text): return "<code>\(XMLText.escaped(text))</code>"
            case .link(let text, let url):
                guard WebAddress.isAcceptable(url) else { return XMLText.escaped(text) }
                return "<a href=\"\(XMLText.attribute(url))\" rel=\"noopener\">\(XMLText.escaped(text))</a>"
            }
        }.joined()
    }

    /// An SVG document as an element of the page: no XML declaration, and ids prefixed so
    /// that three pictures of one graph do not share ids in one document.
    static func inlineSVG(_ bytes: [UInt8], prefix: String) -> String {
        var body = bytes[...]
        if body.starts(with: "<?xml".utf8), let end = body.firstIndex(of: UInt8(ascii: ">")) { body = body[(end + 1)...] }
        let prefixed = Bytes.replacing(Array(Bytes.trimmed(body)), Array(" id=\"".utf8), with: Array(" id=\"\(prefix)".utf8))
        return String(decoding: prefixed, as: UTF8.self)
    }

    static let stylesheet = """
    :root{color-scheme:light}
    body{margin:0;background:#fff;color:#1a1a1a;font:15px/1.5 'DejaVu Sans',Verdana,'Bitstream Vera Sans',Geneva,sans-serif}
    main{max-width:1100px;margin:0 auto;padding:24px}
    h1{font-size:1.7em;margin:.2em 0 .6em}
    h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}
    h3{font-size:1.1em}
    table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
    th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
    th{background:#f3f3f3}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .table{overflow-x:auto}
    blockquote{margin:.8em 0;padding:.2em 1em;border-left:4px solid #bbb;color:#333}
    blockquote footer{font-size:.9em;color:#555}
    figure{margin:1em 0}
    figure svg,figure img{max-width:100%;height:auto}
    figcaption{font-size:.9em;color:#555}
    a.full{display:block}
    code{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9em}
    a{color:#0b5cad}
    @media print{
      body{font-size:10.5pt}
      main{max-width:none;padding:0}
      a{color:inherit;text-decoration:none}
      figure,table,blockquote{break-inside:avoid}
      h2,h3{break-after:avoid}
      figure svg{max-height:24cm}
    }
    """
}
