import RelGraph

/// `relgraph backtest`'s terminal text: per kind of change, the engine's accuracy beside the
/// baselines', the significance statement, and the false alarms.
public enum BacktestText {
    public static func text(_ result: BacktestResult) -> String {
        var out = "Backtest of \(result.modelTitle) (\(result.modelPath)), \(result.from) → \(result.to)\n"
        switch result.mode {
        case .folds(let count, let seed):
            out += "\(result.items) recorded changes in \(count) folds (seed \(seed)): each fold predicted from the other folds' changes; "
        case .drivers(let path, let shocks):
            out += "drivers: \(path) (\(shocks.joined(separator: "; "))); every recorded change predicted from them; "
        }
        out += "coupling α = \(plain(result.coupling, 2)).\n"
        let materialities = result.folds.map(\.materiality)
        if let low = materialities.min(), let high = materialities.max() {
            out += "Materiality m = \(low == high ? plain(low, 3) : "\(plain(low, 3))–\(plain(high, 3))"): a predicted change below m counts as \"no change\", which is wrong for every recorded change.\n"
        }
        out += "\n"
        let header = ["", "items", "engine", "persistence", "majority", "random", "engine ≥ m", "any size"]
        var rows: [[String]] = []
        for kind in result.kinds {
            let s = kind.overall
            rows.append([label(kind.kind), "\(s.count)", percent(s.accuracy(nil)), percent(s.accuracy(.persistence)), percent(s.accuracy(.majority)),
                         percent(s.accuracy(.random)), s.material > 0 ? "\(s.materialCorrect)/\(s.material) right" : "none",
                         percent(s.anySizeAccuracy)])
        }
        out += table([header] + rows)
        out += "\n"
        for kind in result.kinds where kind.overall.count > 0 {
            let s = kind.overall, best = s.bestBaseline
            out += "\(label(kind.kind)): the engine got \(s.engine) of \(s.count) right; the best baseline, \(best.rawValue), \(percent(s.accuracy(best)))."
            if let p = s.pValue { out += " One-sided exact binomial test against that rate: p = \(pValue(p))." }
            out += "\n"
        }
        let scored = result.kinds.filter { $0.overall.count > 0 }
        if !scored.isEmpty {
            out += "Secondary reading, added after the primary result was seen: direction at any size (\"any size\"), the sign of every predicted change or tendency however small (below 1e-9: no change), tested the same way against the same baseline:"
            out += scored.map { kind in
                let s = kind.overall
                return " \(label(kind.kind)) \(s.anySize) of \(s.count)" + (s.anySizePValue.map { ", p = \(pValue($0))" } ?? "")
            }.joined(separator: ";") + ".\n"
        }
        let (alarms, checks) = result.falseAlarms
        if checks > 0 {
            out += "False alarms: \(alarms) of \(checks) checks of the \(result.unchanged) unchanged relations (\(percent(result.falseAlarmShare))) moved by at least m.\n"
        } else {
            out += "False alarms: no relation stayed unchanged.\n"
        }
        return out
    }

    static func label(_ kind: HistoryItem.Kind) -> String {
        switch kind {
        case .changed: return "changed"
        case .appeared: return "appeared"
        case .ended: return "ended"
        }
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return plain(value * 100, 0) + " %"
    }

    static func pValue(_ p: Double) -> String {
        if p >= 0.001 { return plain(p, 3) }
        var exponent = 0
        var mantissa = p
        while mantissa < 1 && exponent > -400 { mantissa *= 10; exponent -= 1 }
        return "\(plain(mantissa, 1))e\(exponent)"
    }

    static func plain(_ value: Double, _ decimals: Int) -> String { WeightFormat.plain(value, decimals: decimals) }

    /// Columns padded to their widest cell, the first left-aligned, the rest right-aligned.
    static func table(_ rows: [[String]]) -> String {
        let widths = (0 ..< rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }.joined()
    }
}
