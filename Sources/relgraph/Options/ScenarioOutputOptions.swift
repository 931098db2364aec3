import ArgumentParser
import RelGraphRender

/// Where and how `scenario` and `diff` write their pictures and reports.
struct ScenarioOutputOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: ArgumentHelp("Folder for the results; each scenario or comparison gets a subfolder.", valueName: "dir"), transform: PathArgument.nonEmpty)
    var folder = "out"

    @Option(help: "Also write the four pictures (changes, before, after, diff) as png, pdf or dot (SVG is always written).")
    var format: PictureFormat = .svg

    @Option(help: "Graphviz layout for the shared layout.")
    var layout: LayoutEngine = .neato

    @OptionGroup var sizing: WidthOption

    @Flag(help: "Print effects.json on standard output instead of the summary.")
    var json = false

    @OptionGroup var overwrite: OverwriteOptions
}
