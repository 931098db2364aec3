/// How each kind of text is set in a picture: the width it wraps at (in ems of its own font)
/// and the most lines it may take. Names wrap, never clip; only text far longer than any name
/// reaches its kind's maximum, and then its last line ends in "…" (the tooltip keeps it whole).
/// docs/format.md lists these maximums.
public enum PictureText {
    public struct Measure: Sendable {
        /// Line width in ems.
        public let width: Double
        public let maxLines: Int
        /// Lines of a paragraph about equally long (names on nodes), or each filled in turn.
        public let balanced: Bool
    }

    /// `text` broken into lines as `measure` says.
    public static func lines(_ text: String, _ measure: Measure, bold: Bool = false) -> [String] {
        TextWrap.lines(text, width: measure.width, maxLines: measure.maxLines, bold: bold, balanced: measure.balanced)
    }

    /// `lines(text, measure)` joined by line breaks, as Graphviz labels take them.
    public static func wrapped(_ text: String, _ measure: Measure, bold: Bool = false) -> String {
        lines(text, measure, bold: bold).joined(separator: "\n")
    }
}

extension PictureText.Measure {
    /// Actors' names: a name up to about 17 characters stays on one line; longer ones take
    /// two to four about equal lines, which keeps nodes compact.
    public static let actorName = Self(width: 10, maxLines: 4, balanced: true)
    /// Ties' labels (`--edge-labels`).
    public static let tieLabel = Self(width: 14, maxLines: 3, balanced: true)
    /// A picture's title (the model's or scenario's `title`).
    public static let title = Self(width: 40, maxLines: 3, balanced: false)
    /// The line under the title (the date, the view of a scenario).
    public static let subtitle = Self(width: 48, maxLines: 2, balanced: false)
    /// An entry in the legend (a group's name, a bloc's).
    public static let legendEntry = Self(width: 16, maxLines: 4, balanced: false)
    /// An actor's name beside its bar in the bar chart.
    public static let chartLabel = Self(width: 18, maxLines: 3, balanced: true)
}
