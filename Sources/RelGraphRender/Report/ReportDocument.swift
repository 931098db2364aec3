/// A report as structure, written out as GitHub Markdown and as self-contained HTML by
/// `MarkdownWriter` and `HTMLWriter`: one content, two faithful renderings.
public struct ReportDocument: Sendable {
    public enum Inline: Sendable {
        case text(String)
        case strong(String)
        case emphasis(String)
        case code(String)
        /// Only http(s) targets are linked; anything else is written as text.
        case link(String, url: String)
    }

    public enum Block: Sendable {
        case heading(Int, String)
        case paragraph([Inline])
        case bullets([[Inline]])
        case numbered([[Inline]])
        case quote([Inline], attribution: [Inline])
        /// Cells are inline runs; `numeric` columns align right.
        case table(header: [String], rows: [[[Inline]]], numeric: Set<Int>)
        /// A picture written beside the report (`file`), inlined in HTML when it is SVG.
        case figure(file: String, caption: String, svg: [UInt8]?)
    }

    public var title: String
    public var blocks: [Block] = []

    public init(title: String) { self.title = title }

    public mutating func add(_ block: Block) { blocks.append(block) }
    public mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level, text)) }
    public mutating func paragraph(_ inlines: Inline...) { blocks.append(.paragraph(inlines)) }
}
