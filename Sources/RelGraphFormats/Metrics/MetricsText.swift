import RelGraph

/// `relgraph metrics` as an aligned table for people and as CSV for spreadsheets.
public enum MetricsText {
    /// One header row (`ModelMetrics.Column.all`), then one row per actor in `order`, written
    /// by `CSVWriter` (RFC 4180, CRLF; a label a spreadsheet would run as a formula gets a
    /// leading `'`). Numbers are unrounded (the shortest text that reads back as the same
    /// double); a measure that did not converge is an empty field.
    public static func csv(_ metrics: ModelMetrics, order: [Int]) -> String {
        let measures = Measure.all.map { ($0, metrics.values($0)) }
        let rows = order.map { i -> [String] in
            [metrics.text(.id, i), CSVWriter.protected(metrics.text(.label, i)), metrics.text(.kind, i)]
                + measures.map { measure, values in
                    guard let value = values?[i] else { return "" }
                    return measure.display == .count ? String(Int(value)) : "\(value)"
                }
        }
        return CSVWriter.table(header: ModelMetrics.Column.all.map(\.key), rows: rows)
    }

    /// The per-actor table (labels, rounded numbers, right-aligned) and a summary of the whole
    /// graph: density, components, balance and both bloc partitions with member labels.
    public static func table(_ metrics: ModelMetrics, order: [Int]) -> String {
        let measures = Measure.all.map { ($0, metrics.values($0)) }
        var rows = [["actor"] + measures.map(\.0.title)]
        for i in order {
            rows.append([metrics.actors[i].label] + measures.map { measure, values in
                values.map { cell($0[i], measure.display) } ?? "–"
            })
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var text = "\(metrics.snapshot.model.title), as of \(metrics.snapshot.day)\n\n"
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            text += cells.joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        text += "\npositive, negative, net: strength (sum of cooperative |w|, of conflictual |w|, their difference);\n"
        text += "betweenness, closeness, pagerank (α = 0.85), eigenvector: over cooperative ties only (docs/metrics.md).\n\n"
        text += summary(metrics)
        for warning in metrics.warnings { text += "warning: \(warning); shown as –\n" }
        return text
    }

    /// The rows of docs/metrics.md's per-actor table, one per measure: key, definition and
    /// NetworkX call, with `|` escaped for Markdown tables.
    public static func markdownRows() -> [String] {
        func cell(_ text: String) -> String { text.replacing("|", with: "\\|") }
        return Measure.all.map { "| `\($0.key)` | \(cell($0.definition)) | \(cell($0.networkX)) |" }
    }

    /// A value as the table shows it.
    static func cell(_ value: Double, _ display: Measure.Display) -> String {
        switch display {
        case .count: return String(Int(value))
        case .places(let decimals, signed: false): return WeightFormat.fixed(value, decimals: decimals)
        case .places(let decimals, signed: true): return signedFixed(value, decimals)
        }
    }

    /// The whole-graph lines of the table.
    static func summary(_ metrics: ModelMetrics) -> String {
        let m = metrics.metrics
        let n = m.graph.nodeCount
        let components = m.components
        let isolated = components.filter { $0.count == 1 && m.degree[$0[0]] == 0 }.count
        var text = "\(count(n, "actor")), \(count(metrics.snapshot.tieIndices.count, "tie")) in \(count(m.graph.pairCount, "related pair")); "
        text += "density \(WeightFormat.fixed(m.density, decimals: 4))\n"
        text += "components: \(components.count - isolated) with ties"
        text += isolated > 0 ? ", \(count(isolated, "isolated actor"))\n" : "\n"
        let balance = metrics.balance
        if balance.triangles == 0 {
            text += "triangles: none, so no balance to measure\n"
        } else {
            text += "triangles: \(balance.triangles), \(balance.balanced) balanced: \(percent(balance.unweightedShare)) "
            text += "(weighted by |w|: \(percent(balance.weightedShare)))\n"
        }
        for (name, partition) in [("weighted", metrics.weightedBlocs), ("unweighted", metrics.unweightedBlocs)] {
            let tied = partition.blocs.filter { $0.count > 1 || m.degree[$0[0]] > 0 }
            text += "blocs, \(name) objective (\(partition.isExact ? "exact" : "heuristic, not proven optimal")): "
            text += "\(tied.count), frustration \(WeightFormat.plain(partition.weightedFrustration, decimals: 4)) "
            text += "(\(count(partition.unweightedFrustration, "frustrated tie")))\n"
            for (number, bloc) in tied.enumerated() {
                text += wrapped(bloc.map { metrics.actors[$0].label }, first: "  \(number + 1). ", width: 100)
            }
        }
        return text
    }

    /// Names separated by commas, in lines of at most `width` characters (a longer name gets a
    /// line of its own), continuation lines indented under the first name.
    static func wrapped(_ names: [String], first prefix: String, width: Int) -> String {
        let indent = String(repeating: " ", count: prefix.count)
        var text = "", line = prefix
        for (index, name) in names.enumerated() {
            let item = name + (index < names.count - 1 ? "," : "")
            if line.count > indent.count && line.count + 1 + item.count > width {
                text += line + "\n"
                line = indent + item
            } else {
                line += (line.count > indent.count ? " " : "") + item
            }
        }
        return text + line + "\n"
    }

    /// Fixed places with an explicit + for positive values: "+24.70", "-0.30", "0.00".
    static func signedFixed(_ value: Double, _ decimals: Int) -> String {
        let text = WeightFormat.fixed(value, decimals: decimals)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" + text : text
    }

    static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }

    static func percent(_ share: Double) -> String { WeightFormat.fixed(share * 100, decimals: 1) + "%" }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
