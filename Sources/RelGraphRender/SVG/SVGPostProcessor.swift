import RelGraph

/// Finishes Graphviz's SVG so it embeds cleanly and says what relgraph knows.
///
/// - Each node's and edge's `<title>` (the hover text) becomes relgraph's tooltip, escaped
///   here rather than by Graphviz 2.42, which writes some attributes raw.
/// - Links are added here for the same reason, and only for http(s) addresses.
/// - The DOCTYPE (an external DTD) and Graphviz's comments go; the font names a portable stack.
/// - A picture made for a width (`--width`) says that width, and the height that keeps its
///   proportions, on its root element; the viewBox keeps Graphviz's units.
/// Graphviz writes one element per line, which is what this relies on. It works on bytes:
/// the SVG of a large model is megabytes, and this runs on every picture.
struct SVGPostProcessor {
    var tooltips: [String: String]
    var links: [String: String]
    /// Points.
    var printWidth: Double? = nil

    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let svgStart = Array("<svg width=\"".utf8)
    private static let commentStart = Array("<!--".utf8)
    private static let groupStart = Array("<g id=\"".utf8)
    private static let groupEnd = Array("</g>".utf8)
    private static let titleStart = Array("<title>".utf8)
    private static let textStart = Array("<text ".utf8)
    private static let nodeClass = Array("class=\"node\"".utf8)
    private static let edgeClass = Array("class=\"edge\"".utf8)
    private static let fontFamily = Array("font-family=\"".utf8)
    private static let regularFont = Array("font-family=\"\(GraphStyle.fontName)\"".utf8)
    private static let boldFont = Array("font-family=\"\(GraphStyle.boldFontName)\"".utf8)
    private static let stack = Array("font-family=\"\(XMLText.attribute(GraphStyle.svgFontStack))\"".utf8)
    private static let boldStack = stack + Array(" font-weight=\"bold\"".utf8)

    func process(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        var skippingUntil: [UInt8]?
        var currentID: String?
        var openLink = false
        var pendingTitle = false
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = Bytes.firstIndex(of: 0x0A, in: bytes, from: lineStart) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            let next = lineEnd + 1
            defer { lineStart = next }
            if let end = skippingUntil {
                if Bytes.contains(line, end) { skippingUntil = nil }
                continue
            }
            if Bytes.hasPrefix(line, Self.doctype) {
                if !Bytes.contains(line, Array(">".utf8)) { skippingUntil = Array(">".utf8) }
                continue
            }
            if Bytes.hasPrefix(line, Self.commentStart) {
                if !Bytes.contains(line, Array("-->".utf8)) { skippingUntil = Array("-->".utf8) }
                continue
            }
            if let printWidth, Bytes.hasPrefix(line, Self.svgStart), let sized = Self.sized(line, width: printWidth) {
                append(sized[...], to: &out)
                continue
            }
            if Bytes.hasPrefix(line, Self.groupStart), let id = Self.groupID(line) {
                currentID = id
                pendingTitle = true
                append(line, to: &out)
                continue
            }
            if pendingTitle, Bytes.hasPrefix(line, Self.titleStart) {
                pendingTitle = false
                guard let id = currentID else { append(line, to: &out); continue }
                if id.hasPrefix("legend") { continue }
                if let tooltip = tooltips[id] {
                    append(Array("<title>\(XMLText.escaped(tooltip))</title>".utf8)[...], to: &out)
                } else {
                    append(line, to: &out)
                }
                if let link = links[id], WebAddress.isAcceptable(link) {
                    append(Array("<a xlink:href=\"\(XMLText.attribute(link))\" target=\"_blank\" rel=\"noopener\">".utf8)[...], to: &out)
                    openLink = true
                }
                continue
            }
            pendingTitle = false
            if line.count == 4 && Bytes.hasPrefix(line, Self.groupEnd) {
                if openLink {
                    append(Array("</a>".utf8)[...], to: &out)
                    openLink = false
                }
                currentID = nil
            }
            if Bytes.hasPrefix(line, Self.textStart) && Bytes.contains(line, Self.fontFamily) {
                append(Self.portableFonts(line)[...], to: &out)
            } else {
                append(line, to: &out)
            }
        }
        return out
    }

    private func append(_ line: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out.append(contentsOf: line)
        out.append(0x0A)
    }

    /// The id of a `<g id="…" class="node|edge">` line, with Graphviz's escapes undone.
    static func groupID(_ line: ArraySlice<UInt8>) -> String? {
        guard Bytes.contains(line, nodeClass) || Bytes.contains(line, edgeClass) else { return nil }
        let value = line.dropFirst("<g id=\"".utf8.count)
        guard let end = value.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return XMLText.unescaped(String(decoding: value[..<end], as: UTF8.self))
    }

    /// Graphviz's `<svg width="1132pt" height="985pt"` with the width given and the height in
    /// proportion; nil when the line is not that.
    static func sized(_ line: ArraySlice<UInt8>, width: Double) -> [UInt8]? {
        let text = String(decoding: line, as: UTF8.self)
        let parts = text.split(separator: "\"", omittingEmptySubsequences: false)
        guard parts.count >= 5, parts[0] == "<svg width=", parts[2] == " height=",
              let oldWidth = Double(parts[1].dropLast(2)), let oldHeight = Double(parts[3].dropLast(2)),
              parts[1].hasSuffix("pt"), parts[3].hasSuffix("pt"), oldWidth > 0 else { return nil }
        let height = oldHeight * width / oldWidth
        let rest = parts[4...].joined(separator: "\"")
        return Array("<svg width=\"\(WeightFormat.fixed(width, decimals: 2))pt\" height=\"\(WeightFormat.fixed(height, decimals: 2))pt\"\(rest)".utf8)
    }

    static func portableFonts(_ line: ArraySlice<UInt8>) -> [UInt8] {
        Bytes.replacing(Bytes.replacing(Array(line), boldFont, with: boldStack), regularFont, with: stack)
    }
}
