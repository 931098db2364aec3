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

    /// The chart is as wide as its longest name needs (names wrap, never clip:
    /// `PictureText.chartLabel`), plus the bars and the values; rows grow with their names'
    /// lines, and the title wraps to the chart's width.
    public static func svg(title: String, bars: [Bar], unit: String = "") -> [UInt8] {
        let fontSize = 12.0, titleSize = 14.0, line = 1.2 * fontSize, rowHeight = 22.0, chartWidth = 320.0, margin = 10.0
        let labels = bars.map { PictureText.lines($0.label, .chartLabel) }
        let labelWidth = max(60, (labels.joined().map { TextWidth.points($0, size: fontSize) }.max() ?? 0) + 8)
        let values = bars.map { WeightFormat.signed($0.value, decimals: 3) }
        let valueWidth = max(50, (values.map { TextWidth.points($0, size: fontSize) }.max() ?? 0) + 16)
        let width = margin + labelWidth + 8 + chartWidth + valueWidth + margin
        let titleLines = TextWrap.lines(title, width: (width - 2 * margin) / titleSize, maxLines: PictureText.Measure.title.maxLines)
        let top = 22 + Double(titleLines.count - 1) * 1.2 * titleSize + 18
        let heights = labels.map { rowHeight + Double(max(1, $0.count) - 1) * line }
        let height = top + (bars.isEmpty ? rowHeight : heights.reduce(0, +)) + 16
        let largest = max(bars.map { abs($0.value) }.max() ?? 0, 1e-12)
        let hasNegative = bars.contains { $0.value < 0 }, hasPositive = bars.contains { $0.value > 0 }
        // Zero sits in the middle when both signs occur, else at the side the bars grow from.
        let chartLeft = margin + labelWidth + 8
        let zero = chartLeft + (hasNegative && hasPositive ? chartWidth / 2 : hasNegative ? chartWidth : 0)
        let scale = (hasNegative && hasPositive ? chartWidth / 2 : chartWidth) / largest
        let font = XMLText.attribute(GraphStyle.svgFontStack)
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))pt" height="\(n(height))pt" viewBox="0 0 \(n(width)) \(n(height))" role="img">
        <title>\(XMLText.escaped(title))</title>
        <rect x="0" y="0" width="\(n(width))" height="\(n(height))" fill="white"/>

        """
        for (index, text) in titleLines.enumerated() {
            out += "<text x=\"\(n(margin))\" y=\"\(n(22 + Double(index) * 1.2 * titleSize))\" font-family=\"\(font)\" font-size=\"\(n(titleSize))\" fill=\"#1a1a1a\">\(XMLText.escaped(text))</text>\n"
        }
        out += "<line x1=\"\(n(zero))\" y1=\"\(n(top - 6))\" x2=\"\(n(zero))\" y2=\"\(n(height - 10))\" stroke=\"#888\" stroke-width=\"1\"/>\n"
        var y = top
        for (row, bar) in bars.enumerated() {
            let length = abs(bar.value) * scale
            let x = bar.value < 0 ? zero - length : zero
            let color = bar.value < 0 ? GraphStyle.conflictualColor : GraphStyle.cooperativeColor
            // The bar and its value sit at the middle of the row; the name's lines around it.
            let middle = y + heights[row] / 2
            let firstBaseline = middle + 4 - Double(labels[row].count - 1) * line / 2
            out += "<g><title>\(XMLText.escaped("\(bar.label): \(values[row])\(unit)"))</title>"
            for (index, text) in labels[row].enumerated() {
                out += "<text x=\"\(n(margin + labelWidth))\" y=\"\(n(firstBaseline + Double(index) * line))\" text-anchor=\"end\" font-family=\"\(font)\" font-size=\"\(n(fontSize))\" fill=\"#1a1a1a\">\(XMLText.escaped(text))</text>"
            }
            out += "<rect x=\"\(n(x))\" y=\"\(n(middle - 7))\" width=\"\(n(max(length, 0.5)))\" height=\"14\" fill=\"\(color)\"/>"
            out += "<text x=\"\(n(chartLeft + chartWidth + 8))\" y=\"\(n(middle + 4))\" font-family=\"\(font)\" font-size=\"\(n(fontSize))\" fill=\"#1a1a1a\">\(values[row])</text></g>\n"
            y += heights[row]
        }
        out += "</svg>\n"
        return Array(out.utf8)
    }

    private static func n(_ value: Double) -> String { WeightFormat.plain(value, decimals: 2) }
}
