/// How wide text is in DejaVu Sans, the font relgraph draws with, in ems (multiply by the font
/// size in points for points).
///
/// Graphviz measures labels itself when it sizes nodes; relgraph needs widths of its own to
/// wrap names before Graphviz sees them, to size the legend's columns and the bar chart's
/// label column. The advance widths below are DejaVu Sans's (and DejaVu Sans Bold's) for
/// printable ASCII and Latin-1 to Latin Extended-A, in thousandths of an em; other characters
/// count as 0.6 em, wide East Asian ones as 1 em, combining marks as nothing. Kerning is
/// ignored: it changes a line by a percent or two.
public enum TextWidth {
    /// The width of `text` (one line) in ems.
    public static func ems(_ text: some StringProtocol, bold: Bool = false) -> Double {
        var total = 0
        for scalar in text.unicodeScalars { total += thousandths(scalar, bold: bold) }
        return Double(total) / 1000
    }

    /// The width in points of `text` set at `size` points.
    public static func points(_ text: some StringProtocol, size: Double, bold: Bool = false) -> Double {
        ems(text, bold: bold) * size
    }

    static func thousandths(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let value = Int(scalar.value)
        switch value {
        case 0x20...0x7E: return (bold ? asciiBold : ascii)[value - 0x20]
        case 0xA0...0x17F:
            let regular = latin[value - 0xA0]
            return bold ? regular * 109 / 100 : regular
        case 0x2013: return 500
        case 0x2014, 0x2026: return 1000
        case 0x2018, 0x2019: return 318
        case 0x201C, 0x201D: return 518
        case 0x2022: return 590
        case 0x2192, 0x2212: return 838
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF:
            return 1000
        default: return 600
        }
    }

    private static let ascii = [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
        636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
        634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ]

    private static let asciiBold = [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
        696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
        712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ]

    /// U+00A0 … U+017F.
    private static let latin = [
        318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838, 0, 1000, 500, 500, 838, 401, 401, 500, 636, 636, 318,
        500, 401, 471, 612, 969, 969, 969, 531, 684, 684, 684, 684, 684, 684, 974, 698, 632, 632, 632, 632, 295, 295, 295, 295,
        775, 748, 787, 787, 787, 787, 787, 838, 787, 732, 732, 732, 732, 611, 605, 630, 613, 613, 613, 613, 613, 613, 982, 550,
        615, 615, 615, 615, 278, 278, 278, 278, 612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592,
        684, 613, 684, 613, 684, 613, 698, 550, 698, 550, 698, 550, 698, 550, 770, 635, 775, 635, 632, 615, 632, 615, 632, 615,
        632, 615, 632, 615, 775, 635, 775, 635, 775, 635, 775, 635, 752, 634, 916, 695, 295, 278, 295, 278, 295, 278, 295, 278,
        295, 278, 590, 556, 295, 278, 656, 579, 579, 557, 278, 557, 278, 557, 375, 557, 342, 562, 284, 748, 634, 748, 634, 748,
        634, 813, 748, 634, 787, 612, 787, 612, 787, 612, 1070, 1023, 695, 411, 695, 411, 695, 411, 635, 521, 635, 521, 635, 521,
        635, 521, 611, 392, 611, 392, 611, 392, 732, 634, 732, 634, 732, 634, 732, 634, 732, 634, 732, 634, 989, 818, 611, 592,
        611, 685, 525, 685, 525, 685, 525, 352,
    ]
}
