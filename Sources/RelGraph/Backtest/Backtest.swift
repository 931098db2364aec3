/// The backtest (docs/validation.md): a hindcast of a model's own recorded history between
/// two dates. The recorded changes are dealt into K folds; for each fold the other folds'
/// changes drive the first date's world to the engine's equilibrium, and the held-out fold is
/// scored: the direction of each relation that changed or ended, the sign of each relation
/// that appeared (from its emergent tendency), against three baselines on the same items,
/// and the unchanged relations the engine moves materially (false alarms).
public enum Backtest {
    public static let standardFolds = 5
    public static let standardSeed: UInt64 = 1
    /// The secondary reading, "direction at any size", counts a predicted change or tendency
    /// by its sign however small; only one below this (numerical noise of a solve to 10⁻⁹)
    /// counts as no change. The primary score keeps materiality.
    public static let anySizeFloor = 1e-9

    /// K-fold cross-validation of the engine on `history`.
    public static func run(_ history: RecordedHistory, folds: Int = standardFolds, seed: UInt64 = standardSeed,
                           coupling: Double = Propagation.standard.coupling,
                           solver: EquilibriumSolver = EquilibriumSolver()) throws(BacktestError) -> BacktestResult {
        let items = history.items
        guard folds >= 2 else { throw .tooFewFolds(folds) }
        guard items.count >= folds else { throw .tooFewChanges(items.count, folds: folds, from: history.from, to: history.to) }
        let split = FoldSplit(items, folds: folds, seed: seed)
        var perKind: [HistoryItem.Kind: [BacktestScore]] = [:]
        var foldInfo: [BacktestResult.Fold] = []
        for k in 0 ..< folds {
            let heldOut = split.members(k)
            let training = items.indices.filter { split.fold[$0] != k }.map { items[$0] }
            let hindcast: Hindcast
            do {
                hindcast = try Hindcast(history, drivers: Set(training.map(\.pair)), coupling: coupling, solver: solver)
            } catch {
                throw .equilibrium(error)
            }
            let targets = heldOut.map { items[$0] }
            let predicted = hindcast.predictedChanges(targets.map(\.pair) + history.unchanged)
            let (scores, majority) = score(targets, predicted: Array(predicted.prefix(targets.count)), materiality: hindcast.materiality,
                                           training: training)
            for kind in HistoryItem.Kind.allCases { perKind[kind, default: []].append(scores[kind] ?? BacktestScore()) }
            let alarms = predicted.dropFirst(targets.count).filter { Direction(change: $0, materiality: hindcast.materiality) != .none }.count
            foldInfo.append(.init(items: targets.count, drivers: training.count, shockSize: hindcast.shockSize, materiality: hindcast.materiality,
                                  falseAlarms: alarms, unchanged: history.unchanged.count, majority: majority))
        }
        return result(history, coupling: coupling, mode: .folds(count: folds, seed: seed), perKind: perKind, folds: foldInfo)
    }

    /// A named hindcast: the plan's shocks (a scenario on the first date) are the only
    /// drivers, and every recorded change is scored. The baselines' frequencies are those of
    /// all the recorded changes (in-sample: generous to the baselines).
    public static func run(_ history: RecordedHistory, drivers plan: ScenarioPlan, coupling: Double? = nil,
                           solver: EquilibriumSolver = EquilibriumSolver()) throws(BacktestError) -> BacktestResult {
        let prediction: ScenarioPrediction
        do {
            prediction = try ScenarioEngine.predict(plan, coupling: coupling, tendencyFloor: 0, solver: solver)
        } catch let error as EquilibriumError {
            throw .equilibrium(error)
        } catch {
            throw .engine("\(error)")
        }
        var change: [Pair: Double] = [:]
        for pair in prediction.pairs { change[Pair(pair.first, pair.second)] = pair.change }
        for tendency in prediction.emergent { change[Pair(tendency.first, tendency.second)] = tendency.tendency }
        let items = history.items
        let predicted = items.map { change[$0.pair] ?? 0 }
        let (scores, majority) = score(items, predicted: predicted, materiality: prediction.materiality, training: items)
        var perKind: [HistoryItem.Kind: [BacktestScore]] = [:]
        for kind in HistoryItem.Kind.allCases { perKind[kind] = [scores[kind] ?? BacktestScore()] }
        let alarms = history.unchanged.filter { Direction(change: change[$0] ?? 0, materiality: prediction.materiality) != .none }.count
        let fold = BacktestResult.Fold(items: items.count, drivers: plan.steps.count, shockSize: prediction.shockSize,
                                       materiality: prediction.materiality, falseAlarms: alarms, unchanged: history.unchanged.count,
                                       majority: majority)
        let effectiveCoupling = coupling ?? plan.scenario.propagation.coupling
        return result(history, coupling: effectiveCoupling, mode: .drivers(path: plan.scenario.path, shocks: plan.scenario.shocks.map(\.summary)),
                      perKind: perKind, folds: [fold])
    }

    /// Scores held-out items against their predicted changes; the baselines learn from
    /// `training`. Returns each kind's score and each kind's majority direction.
    static func score(_ items: [HistoryItem], predicted: [Double], materiality: Double,
                      training: [HistoryItem]) -> ([HistoryItem.Kind: BacktestScore], [HistoryItem.Kind: Direction]) {
        var scores: [HistoryItem.Kind: BacktestScore] = [:]
        var majorities: [HistoryItem.Kind: Direction] = [:]
        for kind in HistoryItem.Kind.allCases {
            let learned = training.filter { $0.kind == kind }
            var counts: [Direction: Int] = [:]
            for item in learned { counts[item.direction, default: 0] += 1 }
            let majority = majorityDirection(counts)
            if !learned.isEmpty { majorities[kind] = majority }
            var score = BacktestScore()
            for (item, change) in zip(items, predicted) where item.kind == kind {
                let recorded = item.direction
                let engine = Direction(change: change, materiality: materiality)
                score.count += 1
                if engine == recorded { score.engine += 1 }
                if engine != .none {
                    score.material += 1
                    if engine == recorded { score.materialCorrect += 1 }
                }
                if Direction(change: change, materiality: anySizeFloor) == recorded { score.anySize += 1 }
                if recorded == .none { score.persistence += 1 }
                if recorded == majority { score.majority += 1 }
                // Without training items of the kind, random knows nothing either: no change.
                score.random += learned.isEmpty ? (recorded == .none ? 1 : 0) : Double(counts[recorded] ?? 0) / Double(learned.count)
            }
            scores[kind] = score
        }
        return (scores, majorities)
    }

    /// The most common direction; a tie goes to up, then down, then none (and no items: none).
    static func majorityDirection(_ counts: [Direction: Int]) -> Direction {
        var best = Direction.none, most = 0
        for direction in [Direction.up, .down, .none] where (counts[direction] ?? 0) > most {
            best = direction
            most = counts[direction] ?? 0
        }
        return best
    }

    static func result(_ history: RecordedHistory, coupling: Double, mode: BacktestResult.Mode, perKind: [HistoryItem.Kind: [BacktestScore]],
                       folds: [BacktestResult.Fold]) -> BacktestResult {
        let kinds = HistoryItem.Kind.allCases.map { kind in
            let scores = perKind[kind] ?? []
            return BacktestResult.KindResult(kind: kind, overall: scores.reduce(BacktestScore(), +), folds: scores)
        }
        return BacktestResult(modelTitle: history.model.title, modelPath: history.model.path, from: history.from, to: history.to,
                              coupling: coupling, mode: mode, kinds: kinds, folds: folds, unchanged: history.unchanged.count,
                              items: history.items.count)
    }
}
