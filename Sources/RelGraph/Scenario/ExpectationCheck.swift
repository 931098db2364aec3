/// Decides whether each expectation of a scenario holds (docs/scenarios.md, "Expectations"):
/// its median change is material (at least `min_change`, by default the scenario's
/// materiality) and its direction holds in at least `probability` (0.8) of the draws.
/// `unchanged` holds when the median change is below materiality; `removed` when the shocks
/// leave the pair no tie. Each is also judged on the world right after the shocks, without
/// propagation: one that holds there is *direct*.
enum ExpectationCheck {
    /// Brokerage and influence are shares, not weights: by default any change beyond this counts.
    static let tolerance = 1e-9

    /// Where one expectation's numbers come from.
    enum Reader: Sendable {
        /// Entry t of the world's tracked pairs.
        case pair(Int)
        /// Entry u of the world's untied pairs (no tie before or after: its tendency).
        case untied(Int)
        /// Probe columns 3c, 3c + 1, 3c + 2: the measure before, after, and after the shocks alone.
        case measure(column: Int)
        /// `removed`: whether the shocks leave the pair no tie.
        case removal(Bool)
        case unknown(String)
    }

    /// A measure an expectation names, on one actor (node number) or the whole graph.
    enum Measure: Sendable {
        case actor(Int, ActorMetric)
        case graph(GraphMetric)
    }

    /// Each expectation's reader and the measures the draws must take.
    static func readers(_ expectations: [Expectation], world: ScenarioWorld) -> ([Reader], [Measure]) {
        let names = ActorNames(world.actors)
        var measures: [Measure] = []
        let trackedPosition = Dictionary(world.tracked.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let readers = expectations.map { expectation -> Reader in
            switch expectation.target {
            case .pair(let reference):
                guard let a = names.resolve(reference.from), let b = names.resolve(reference.to),
                      let i = world.index[a], let j = world.index[b], i != j else { return .unknown("\(reference): unknown actor") }
                let p = world.structure.pair(i, j)
                if expectation.change == .removed {
                    return .removal(p.map { world.structure.tiedBefore[$0] && !world.structure.tiedAfter[$0] } ?? false)
                }
                if let p, let t = trackedPosition[p] { return .pair(t) }
                if p == nil, let u = world.untied.ends.firstIndex(of: PairKey(i, j)) { return .untied(u) }
                // A tied pair nothing moved: unchanged in every draw.
                return .unknown("\(a)~\(b): no change")
            case .actor(let name, let metric):
                guard let id = names.resolve(name), let i = world.index[id] else { return .unknown("\(name): unknown actor") }
                measures.append(.actor(i, metric))
                return .measure(column: measures.count - 1)
            case .graph(let metric):
                measures.append(.graph(metric))
                return .measure(column: measures.count - 1)
            }
        }
        return (readers, measures)
    }

    /// One expectation's draws: the quantity before, after, and after the shocks alone.
    struct Samples {
        var before: [Double]
        var after: [Double]
        var direct: [Double]
    }

    static func evaluate(_ expectation: Expectation, reader: Reader, samples: Samples?, central: (before: Double?, after: Double?),
                         materiality: Double, name: String) -> ExpectationOutcome {
        switch reader {
        case .removal(let removed):
            return ExpectationOutcome(expectation: expectation, holds: removed, detail: "\(name): " + (removed ? "no tie left" : "still tied"), direct: removed)
        case .unknown(let why):
            // A tied pair nothing moved: only `unchanged` holds, and it is direct.
            let unchanged = expectation.change == .unchanged && why.hasSuffix("no change")
            return ExpectationOutcome(expectation: expectation, holds: unchanged, detail: why, direct: unchanged ? true : nil)
        case .pair, .untied, .measure:
            guard let samples else { return ExpectationOutcome(expectation: expectation, holds: false, detail: "\(name): not measured") }
            let minChange = expectation.minChange ?? defaultMinChange(expectation, materiality: materiality)
            let required = expectation.probability ?? Expectation.defaultProbability
            let propagated = judge(expectation.change, before: samples.before, after: samples.after, minChange: minChange, required: required)
            let direct = judge(expectation.change, before: samples.before, after: samples.direct, minChange: minChange, required: required)
            // The levels as coded (the central run); the change as the draws give it.
            var detail = "\(name): \(format(central.before, reader)) → \(format(central.after, reader)), median change "
                + signed(propagated.median, reader)
            if let share = propagated.share { detail += ", in \(Percent.whole(share)) of draws" }
            return ExpectationOutcome(expectation: expectation, holds: propagated.holds, detail: detail,
                                      probability: propagated.share, direct: direct.holds)
        }
    }

    /// Whether the change holds over the draws; the median of the quantity it is judged on,
    /// and the share of draws going the expected way (nil for `unchanged`).
    static func judge(_ change: Expectation.Change, before: [Double], after: [Double], minChange: Double, required: Double)
        -> (holds: Bool, median: Double, share: Double?) {
        let sizes = change == .weaker || change == .stronger
        let quantity = zip(before, after).map { sizes ? abs($1) - abs($0) : $1 - $0 }
        let median = Quantile.of(quantity, 0.5)
        let wanted: Double
        switch change {
        case .stronger, .moreCooperative, .increase: wanted = 1
        case .weaker, .moreConflictual, .decrease: wanted = -1
        case .unchanged: return (median == 0 || abs(median) < minChange, median, nil)
        case .removed: return (false, median, nil)
        }
        let share = quantity.isEmpty ? 0 : Double(quantity.count { $0 * wanted > 0 }) / Double(quantity.count)
        return (share >= required && median * wanted > 0 && abs(median) >= minChange, median, share)
    }

    static func defaultMinChange(_ expectation: Expectation, materiality: Double) -> Double {
        if case .actor(_, let metric) = expectation.target, metric == .brokerage || metric == .influence { return tolerance }
        return materiality
    }

    static func format(_ value: Double?, _ reader: Reader) -> String {
        guard let value else { return "no tie" }
        if case .measure = reader { return WeightFormat.plain(value, decimals: 4) }
        return WeightFormat.signed(value, decimals: 2)
    }

    static func signed(_ value: Double, _ reader: Reader) -> String {
        if case .measure = reader { return WeightFormat.signed(value, decimals: 4) }
        return WeightFormat.signed(value, decimals: 2) + " (" + RubricSteps.text(value) + ")"
    }
}

/// The measures expectations name, taken in each draw on the world before the shocks, after
/// them with propagation, and after them alone.
struct ExpectationProbe: Sendable {
    let world: ScenarioWorld
    let measures: [ExpectationCheck.Measure]
    /// Nil: exact brokerage; else the sources to estimate it from (as the central run).
    let brokerageSources: Int?

    /// Three numbers per measure: before, after, direct.
    func callAsFunction(_ state: EquilibriumState, weights: [Double], present: [Bool]) -> [Double] {
        guard !measures.isEmpty else { return [] }
        var direct = state
        direct.after = direct.shocked
        let graphs = [world.graph(state, weights: weights, present: present, after: false),
                      world.graph(state, weights: weights, present: present, after: true),
                      world.graph(direct, weights: weights, present: present, after: true)]
        var values: [Double] = []
        for measure in measures {
            for graph in graphs { values.append(Self.value(measure, in: graph, brokerageSources: brokerageSources)) }
        }
        return values
    }

    static func value(_ measure: ExpectationCheck.Measure, in graph: SignedGraph, brokerageSources: Int?) -> Double {
        switch measure {
        case .actor(let node, let metric):
            switch metric {
            case .strength: return positiveStrength(graph)[node] - negativeStrength(graph)[node]
            case .positiveStrength: return positiveStrength(graph)[node]
            case .negativeStrength: return negativeStrength(graph)[node]
            case .degree: return Double(degree(graph)[node])
            case .brokerage:
                let cooperative = graph.cooperativePart
                if let brokerageSources {
                    return sampledBetweennessCentrality(cooperative, sources: brokerageSources, seed: BrokerageMethod.sampleSeed)[node]
                }
                return betweennessCentrality(cooperative, normalized: true)[node]
            case .influence:
                let ranks = try? pagerank(graph.cooperativePart, alpha: GraphMetrics.pagerankAlpha, tolerance: GraphMetrics.tolerance,
                                          maxIterations: GraphMetrics.maxIterations)
                return ranks?[node] ?? 1 / Double(max(1, graph.nodeCount))
            }
        case .graph(let metric):
            switch metric {
            case .balance: return triangleBalance(graph).weightedShare
            case .components: return Double(connectedComponents(graph).count { $0.count > 1 })
            case .blocs: return Double(signedBlocs(graph).blocs.count { $0.contains { !graph.adjacency[$0].isEmpty } })
            }
        }
    }
}
