import ArgumentParser
import RelGraphRender

/// `--width`: the width of the report column pictures are made for. One option for `render`,
/// `scenario`, `diff` and `timeline`.
struct WidthOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Make the pictures for a column this wide: 16cm, 160mm, 6.3in, 450pt or 600px. Type and lines grow until names print at 7 pt and the legend at 6 pt when the picture is scaled to that width, or a warning says the model is too dense for it.",
        valueName: "width"), transform: WidthOption.parse)
    var width: PrintWidth?

    static func parse(_ text: String) throws -> PrintWidth {
        guard let width = PrintWidth(parsing: text) else {
            throw ValidationError("write \(PrintWidth.expected)")
        }
        return width
    }

    var fit: ColumnFit? { width.map(ColumnFit.init(width:)) }

    /// The warning when pictures do not print legibly at the width, with what to try instead.
    static func warning(_ outcome: ColumnFit.Outcome?, instead: String) -> String? {
        outcome?.note.map { "\($0); \(instead), or give a wider --width" }
    }
}
