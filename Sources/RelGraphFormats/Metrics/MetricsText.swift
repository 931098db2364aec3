import RelGraph

/// `relgraph metrics` as an aligned table for people and as CSV for spreadsheets.
public enum MetricsText {
    /// The per-actor columns of the CSV, in order: the header's names.
    public static let csvColumns: [ModelMetrics.Column] = ModelMetrics.Column.allCases

    /// One header row, then one row per actor in `order`; RFC 4180: fields holding a comma, a
    /// quote or a line break are quoted with quotes doubled, records end with CRLF. Numbers are
    /// unrounded (the shortest text that reads back as the same double); a measure that did
    /// not converge is an empty field.
    public static func csv(_ metrics: ModelMetrics, order: [Int]) -> String {
        var lines = [csvColumns.map(\.rawValue).joined(separator: ",")]
        for i in order {
            let actor = metrics.actors[i]
            lines.append(csvColumns.map { column -> String in
                switch column {
                case .id: return csvField(actor.id)
                case .label: return csvField(actor.label)
                case .kind: return actor.kind.rawValue
                case .degree: return String(metrics.metrics.degree[i])
                default: return metrics.value(column, i).map { "\($0)" } ?? ""
                }
            }.joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// A CSV field, quoted only when it must be.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// The per-actor table (labels, rounded numbers, right-aligned) and a summary of the whole
    /// graph: density, components, balance and both bloc partitions with member labels.
    public static func table(_ metrics: ModelMetrics, order: [Int]) -> String {
        let m = metrics.metrics
        let pagerank = metrics.pagerank, eigenvector = metrics.eigenvector
        func fixed(_ value: Double?, _ decimals: Int) -> String { value.map { WeightFormat.fixed($0, decimals: decimals) } ?? "–" }
        let header = ["actor", "degree", "positive", "negative", "net", "betweenness", "closeness", "pagerank", "eigenvector"]
        var rows = [header]
        for i in order {
            rows.append([metrics.actors[i].label, String(m.degree[i]), fixed(m.positiveStrength[i], 2), fixed(m.negativeStrength[i], 2),
                         signedFixed(m.netStrength(i), 2), fixed(m.betweenness[i], 4), fixed(m.closeness[i], 4),
                         fixed(pagerank?[i], 4), fixed(eigenvector?[i], 4)])
        }
        var widths = [Int](repeating: 0, count: header.count)
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
