import RelGraph

/// `relgraph backtest --json`: a backtest's scores for other programs (docs/validation.md
/// documents every field). Accuracies are shares (0 … 1), null without items; keys sorted,
/// so the same backtest gives the same bytes.
public struct BacktestDocument: Encodable, Sendable {
    let result: BacktestResult

    public init(_ result: BacktestResult) { self.result = result }

    public var text: String { JSONText.pretty(self) }

    /// One kind's (or one fold's) scores.
    struct Scores: Encodable {
        let score: BacktestScore
        let fold: Int?
        let overall: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONText.Key.self)
            if let fold { try container.encode(fold, forKey: JSONText.Key("fold")) }
            try container.encode(score.count, forKey: JSONText.Key("count"))
            try container.encode(score.engine, forKey: JSONText.Key("correct"))
            try container.encode(score.accuracy(nil), forKey: JSONText.Key("engine"))
            for baseline in Baseline.allCases { try container.encode(score.accuracy(baseline), forKey: JSONText.Key(baseline.rawValue)) }
            try container.encode(score.material, forKey: JSONText.Key("material"))
            try container.encode(score.materialAccuracy, forKey: JSONText.Key("material_accuracy"))
            // The secondary reading (per fold too, each fold against its own best baseline).
            try container.encode(score.anySizeAccuracy, forKey: JSONText.Key("direction_any_size"))
            try container.encode(score.anySize, forKey: JSONText.Key("direction_any_size_correct"))
            try container.encode(score.anySizePValue, forKey: JSONText.Key("direction_any_size_p_value"))
            if overall {
                try container.encode(score.count > 0 ? score.bestBaseline.rawValue : nil, forKey: JSONText.Key("against"))
                try container.encode(score.pValue, forKey: JSONText.Key("p_value"))
            }
        }
    }

    struct KindEntry: Encodable {
        let kind: BacktestResult.KindResult

        func encode(to encoder: any Encoder) throws {
            try Scores(score: kind.overall, fold: nil, overall: true).encode(to: encoder)
            var container = encoder.container(keyedBy: JSONText.Key.self)
            try container.encode(kind.folds.enumerated().map { Scores(score: $1, fold: $0 + 1, overall: false) }, forKey: JSONText.Key("folds"))
        }
    }

    struct FoldEntry: Encodable {
        let number: Int
        let fold: BacktestResult.Fold

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONText.Key.self)
            try container.encode(number, forKey: JSONText.Key("fold"))
            try container.encode(fold.items, forKey: JSONText.Key("items"))
            try container.encode(fold.drivers, forKey: JSONText.Key("drivers"))
            try container.encode(fold.shockSize, forKey: JSONText.Key("shock_size"))
            try container.encode(fold.materiality, forKey: JSONText.Key("materiality"))
            try container.encode(fold.falseAlarms, forKey: JSONText.Key("false_alarms"))
            try container.encode(fold.unchanged, forKey: JSONText.Key("unchanged"))
            let majority = Dictionary(uniqueKeysWithValues: fold.majority.map { ($0.key.rawValue, $0.value.rawValue) })
            try container.encode(majority, forKey: JSONText.Key("majority"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONText.Key.self)
        try container.encode(["title": result.modelTitle, "file": result.modelPath], forKey: JSONText.Key("model"))
        try container.encode("\(result.from)", forKey: JSONText.Key("from"))
        try container.encode("\(result.to)", forKey: JSONText.Key("to"))
        try container.encode(result.coupling, forKey: JSONText.Key("coupling"))
        switch result.mode {
        case .folds(let count, let seed):
            try container.encode("folds", forKey: JSONText.Key("mode"))
            try container.encode(count, forKey: JSONText.Key("folds"))
            try container.encode(seed, forKey: JSONText.Key("seed"))
        case .drivers(let path, let shocks):
            try container.encode("drivers", forKey: JSONText.Key("mode"))
            try container.encode(Drivers(file: path, shocks: shocks), forKey: JSONText.Key("drivers"))
        }
        try container.encode(result.items, forKey: JSONText.Key("items"))
        try container.encode(result.unchanged, forKey: JSONText.Key("unchanged"))
        for kind in result.kinds { try container.encode(KindEntry(kind: kind), forKey: JSONText.Key(kind.kind.rawValue)) }
        let (alarms, checks) = result.falseAlarms
        try container.encode(FalseAlarms(alarms: alarms, checks: checks, share: result.falseAlarmShare), forKey: JSONText.Key("false_alarms"))
        try container.encode(result.folds.enumerated().map { FoldEntry(number: $0 + 1, fold: $1) }, forKey: JSONText.Key("runs"))
        try container.encode(result.kind(.changed)?.overall.pValue, forKey: JSONText.Key("p_value"))
    }

    struct Drivers: Encodable {
        let file: String
        let shocks: [String]
    }

    struct FalseAlarms: Encodable {
        let alarms: Int
        let checks: Int
        let share: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONText.Key.self)
            try container.encode(alarms, forKey: JSONText.Key("alarms"))
            try container.encode(checks, forKey: JSONText.Key("checks"))
            try container.encode(share, forKey: JSONText.Key("share"))
        }
    }
}
