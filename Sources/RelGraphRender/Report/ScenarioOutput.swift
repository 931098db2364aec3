import RelGraph
import RelGraphFormats

/// Everything `relgraph scenario` writes for one scenario, as named files in memory; the
/// command writes them (atomically) into `out/<scenario>/`.
public enum ScenarioOutput {
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    /// Pictures as SVG always (the reports show and inline them), plus `format` when it is
    /// PNG or PDF; the bar chart, both reports and effects.json. With `fit`, the pictures are
    /// made for that width, and the outcome says how they print there.
    /// Pictures larger than this are linked from report.html rather than inlined: three
    /// pictures of a 10,000-actor scenario are 180 MB, more than a browser wants in one page.
    public static let inlineLimit = 8 << 20

    public static func files(for result: ScenarioResult, format: PictureFormat, engine: LayoutEngine,
                             sizePolicy: SizePolicy? = nil, fit: ColumnFit? = nil,
                             inlineLimit: Int = inlineLimit) throws(GraphvizError) -> (files: [File], warnings: [String], fit: ColumnFit.Outcome?) {
        let svg = try ScenarioPictures.render(result, format: .svg, engine: engine, sizePolicy: sizePolicy, fit: fit)
        var files: [File] = []
        var warnings: [String] = []
        for view in ScenarioPictures.View.allCases {
            let picture = svg.pictures[view]!
            files.append(File(name: "\(view.rawValue).svg", bytes: picture.bytes))
            warnings += picture.warnings
        }
        if format == .png || format == .pdf || format == .dot {
            for view in ScenarioPictures.View.allCases {
                let spec = svg.matching(ScenarioPictures.spec(for: result, view: view, sizePolicy: sizePolicy))
                let picture = try PictureRenderer.render(spec, at: svg.layout, format: format, engine: engine)
                files.append(File(name: "\(view.rawValue).\(format.fileExtension)", bytes: picture.bytes))
            }
        }
        let bars = result.actorEffects.filter { abs($0.change(.strength)) > 1e-9 }.prefix(20).map {
            BarChart.Bar(label: result.actor($0.actor)?.label ?? $0.actor, value: $0.change(.strength))
        }
        let chart = BarChart.svg(title: "Change in net strength by actor", bars: Array(bars))
        files.append(File(name: "actors.svg", bytes: chart))

        let figure = { (view: ScenarioPictures.View, caption: String) in
            let bytes = svg.pictures[view]!.bytes
            let linked = bytes.count > inlineLimit ? " (\(bytes.count >> 20) MB: linked, not inlined; keep \(view.rawValue).svg beside the report)" : ""
            return ScenarioReport.Figure(file: "\(view.rawValue).svg", caption: caption + linked, svg: linked.isEmpty ? bytes : nil)
        }
        let document = ScenarioReport.document(
            result,
            before: figure(.before, result.plan.comparison.map { "Before: \($0.before)" } ?? "Before: the model on \(result.plan.baseline)"),
            after: figure(.after, result.plan.comparison.map { "After: \($0.after)" }
                ?? "After: the shocks\(result.scenario.propagation.model == .balance ? " and their propagation" : "")"),
            diff: figure(.diff, "Difference: removed (faded, dashed), added (purple), changed (old → new), emergent (dotted)"),
            chart: ScenarioReport.Figure(file: "actors.svg", caption: "Change in net strength (cooperative minus conflictual weight) by actor", svg: chart))
        files.append(File(name: "report.md", bytes: Array(MarkdownWriter.write(document).utf8)))
        files.append(File(name: "report.html", bytes: Array(HTMLWriter.write(document).utf8)))
        files.append(File(name: "effects.json", bytes: EffectsDocument(result).json()))
        return (files, warnings, svg.fit)
    }
}
