import RelGraph

/// A horizontal bar chart as a small hand-written SVG: per-actor change, largest first.
/// Plain shapes and escaped text only, so it embeds anywhere the pictures do.
public enum BarChart {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public static func svg(title: String, bars: [Bar], unit: String = "") -> [UInt8] {
        let rowHeight = 22.0, labelWidth = 210.0, chartWidth = 420.0, valueWidth = 70.0, top = 40.0
        let width = labelWidth + chartWidth + valueWidth + 20
        let height = top + Double(max(1, bars.count)) * rowHeight + 16
        let largest = max(bars.map { abs($0.value) }.max() ?? 0, 1e-12)
        let hasNegative = bars.contains { $0.value < 0 }, hasPositive = bars.contains { $0.value > 0 }
        // Zero sits in the middle when both signs occur, else at the side the bars grow from.
        let zero = labelWidth + (hasNegative && hasPositive ? chartWidth / 2 : hasNegative ? chartWidth : 0)
        let scale = (hasNegative && hasPositive ? chartWidth / 2 : chartWidth) / largest
        let font = XMLText.attribute(GraphStyle.svgFontStack)
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))pt" height="\(n(height))pt" viewBox="0 0 \(n(width)) \(n(height))" role="img">
        <title>\(XMLText.escaped(title))</title>
        <rect x="0" y="0" width="\(n(width))" height="\(n(height))" fill="white"/>
        <text x="10" y="22" font-family="\(font)" font-size="14" fill="#1a1a1a">\(XMLText.escaped(title))</text>
        <line x1="\(n(zero))" y1="\(n(top - 6))" x2="\(n(zero))" y2="\(n(height - 10))" stroke="#888" stroke-width="1"/>

        """
        for (row, bar) in bars.enumerated() {
            let y = top + Double(row) * rowHeight
            let length = abs(bar.value) * scale
            let x = bar.value < 0 ? zero - length : zero
            let color = bar.value < 0 ? GraphStyle.conflictualColor : GraphStyle.cooperativeColor
            let label = bar.label.count > 30 ? String(bar.label.prefix(29)) + "…" : bar.label
            out += "<g><title>\(XMLText.escaped("\(bar.label): \(WeightFormat.signed(bar.value, decimals: 3))\(unit)"))</title>"
            out += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 15))\" text-anchor=\"end\" font-family=\"\(font)\" font-size=\"12\" fill=\"#1a1a1a\">\(XMLText.escaped(label))</text>"
            out += "<rect x=\"\(n(x))\" y=\"\(n(y + 4))\" width=\"\(n(max(length, 0.5)))\" height=\"\(n(rowHeight - 8))\" fill=\"\(color)\"/>"
            out += "<text x=\"\(n(labelWidth + chartWidth + 8))\" y=\"\(n(y + 15))\" font-family=\"\(font)\" font-size=\"12\" fill=\"#1a1a1a\">\(WeightFormat.signed(bar.value, decimals: 3))</text></g>\n"
        }
        out += "</svg>\n"
        return Array(out.utf8)
    }

    private static func n(_ value: Double) -> String { WeightFormat.plain(value, decimals: 2) }
}
