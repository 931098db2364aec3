/// Turns the draws into what an analyst reads about each effect: its median, interval, share
/// and verdict; for findings (robust, likely), the ties whose uncertainty moves it most,
/// whether it survives leaving out each source those ties and the pair's own ties cite, and
/// the assumption ties it is traced through, each with whether it survives without it.
struct EffectAssessment: Sendable {
    let world: ScenarioWorld
    let table: DrawRunner.Table
    let evidence: [TieEvidence?]
    /// By tracked pair, and by untied pair.
    var pairs: [EffectUncertainty]
    var untied: [EffectUncertainty]

    /// Key ties are looked for among the effect's own ties and those joining its ends to this
    /// many of its largest carriers.
    static let carriersSearched = 5
    static let keyTiesShown = 3

    init(world: ScenarioWorld, table: DrawRunner.Table, evidence: [TieEvidence?]) {
        self.world = world
        self.table = table
        self.evidence = evidence
        let draws = table.draws, tracked = world.tracked.count, untiedCount = world.untied.count
        let m = world.materiality
        pairs = (0 ..< tracked).map { t in
            let afters = (0 ..< draws).map { table.after[$0 * tracked + t] }
            let changes = (0 ..< draws).map { afters[$0] - table.before[$0 * tracked + t] }
            return EffectUncertainty(changes: changes, afters: afters, materiality: m)
        }
        untied = (0 ..< untiedCount).map { u in
            let values = (0 ..< draws).map { table.tendency[$0 * untiedCount + u] }
            return EffectUncertainty(changes: values, afters: values, materiality: m)
        }
        let baselineSlots = world.structure.tieSlots.indices.filter { world.structure.tieSlots[$0].isBaseline }
        var column = [Int](repeating: -1, count: world.structure.tieSlots.count)
        for (position, s) in baselineSlots.enumerated() { column[s] = position }
        for t in pairs.indices where pairs[t].verdict.isFinding {
            let changes = (0 ..< draws).map { table.after[$0 * tracked + t] - table.before[$0 * tracked + t] }
            pairs[t].keyTies = keyTies(candidates: candidateSlots(pair: world.tracked[t]), changes: changes, column: column, width: baselineSlots.count)
        }
        for u in untied.indices where untied[u].verdict.isFinding {
            let changes = (0 ..< draws).map { table.tendency[$0 * untiedCount + u] }
            untied[u].keyTies = keyTies(candidates: candidateSlots(untied: u), changes: changes, column: column, width: baselineSlots.count)
        }
    }

    /// A tracked pair's own ties and the ties joining its ends to its largest carriers.
    func candidateSlots(pair p: Int) -> [Int] {
        let structure = world.structure
        var slots = structure.slots(of: p).map(Int.init)
        if world.rule == .balance && structure.movable[p] {
            let carried = structure.carriers(of: p, world.central, coupling: world.coupling)
            slots += legs(carried, ends: structure.ends[p])
        }
        return slots.uniqued()
    }

    func candidateSlots(untied u: Int) -> [Int] {
        guard world.rule == .balance else { return [] }
        return legs(world.untied.carriers(of: u, world.central, coupling: world.coupling), ends: world.untied.ends[u]).uniqued()
    }

    func legs(_ carried: [(through: Int, amount: Double)], ends: PairKey) -> [Int] {
        let ranked = carried.sorted { abs($0.amount) > abs($1.amount) || (abs($0.amount) == abs($1.amount) && $0.through < $1.through) }
        return ranked.prefix(Self.carriersSearched).flatMap { Explainer.legSlots(ends, through: $0.through, world: world) }
    }

    /// The candidates whose drawn effective weight (0 when absent) correlates most with the
    /// effect's change: influence = squared correlation, largest first, at most three.
    func keyTies(candidates: [Int], changes: [Double], column: [Int], width: Int) -> [KeyTie] {
        let model = world.plan.model
        var scored: [(slot: Int, influence: Double)] = []
        for s in candidates where column[s] >= 0 {
            let x = (0 ..< table.draws).map { Double(table.tieWeights[$0 * width + column[s]]) }
            let influence = Self.squaredCorrelation(x, changes)
            if influence > 0 { scored.append((s, influence)) }
        }
        scored.sort { $0.influence != $1.influence ? $0.influence > $1.influence : $0.slot < $1.slot }
        return scored.prefix(Self.keyTiesShown).map { s, influence in
            let sources = world.slotTies[s].citations.map(\.source).uniqued()
            return KeyTie(tieID: world.slotIDs[s], sources: sources,
                          grades: sources.map { model.source($0)?.grade?.description ?? "ungraded" }, influence: influence)
        }
    }

    static func squaredCorrelation(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        guard n > 1 else { return 0 }
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return min(1, sxy * sxy / (sxx * syy))
    }

    // MARK: - Leaving one source, or one assumption, out

    /// What a finding is tested without: one source (every citation of it), or one
    /// assumption tie.
    enum Dropped: Sendable, Hashable, Comparable {
        case source(Int)
        case assumption(slot: Int)
    }

    enum Effect: Sendable, Hashable {
        case pair(Int)
        case untied(Int)
    }

    /// For each finding, whether it keeps its direction and materiality in the central run
    /// with each single source left out, among the sources its key ties and its own ties cite,
    /// and with each assumption tie it is traced through left out.
    mutating func leaveEachOut() async throws {
        let belief = world.plan.model.sourceBelief
        var numberOf: [String: Int] = [:]
        for (id, entry) in belief { numberOf[id] = entry.number }
        // What to leave out, each with the effects that name it.
        var effectsOf: [Dropped: [Effect]] = [:]
        var assumed: [Effect: [Int]] = [:]
        for t in pairs.indices where pairs[t].verdict.isFinding {
            let ids = testedSources(keyTies: pairs[t].keyTies, own: world.structure.slots(of: world.tracked[t]).map(Int.init))
            pairs[t].sourcesTested = ids
            pairs[t].restsOn = []
            for id in ids { if let n = numberOf[id] { effectsOf[.source(n), default: []].append(.pair(t)) } }
            assumed[.pair(t)] = assumptionSlots(tracedSlots(pair: world.tracked[t]))
        }
        for u in untied.indices where untied[u].verdict.isFinding {
            let ids = testedSources(keyTies: untied[u].keyTies, own: [])
            untied[u].sourcesTested = ids
            untied[u].restsOn = []
            for id in ids { if let n = numberOf[id] { effectsOf[.source(n), default: []].append(.untied(u)) } }
            assumed[.untied(u)] = assumptionSlots(tracedSlots(untied: u))
        }
        for (effect, slots) in assumed { for s in slots { effectsOf[.assumption(slot: s), default: []].append(effect) } }
        let items = effectsOf.keys.sorted()
        guard !items.isEmpty else { return }
        let this = self, named = effectsOf
        let lost = try await withThrowingTaskGroup(of: [(Dropped, [Effect])].self) { group in
            for block in DrawRunner.blocks(items.count) {
                let chunk = Array(items[block])
                group.addTask { try chunk.map { item in (item, try this.lostEffects(without: item, effects: named[item]!)) } }
            }
            var all: [(Dropped, [Effect])] = []
            for try await part in group { all += part }
            return all
        }
        var lostWithout = Set<Lost>()
        var idOf: [Int: String] = [:]
        for (id, n) in numberOf { idOf[n] = id }
        for (item, effects) in lost {
            for effect in effects {
                switch item {
                case .source(let n):
                    guard let id = idOf[n] else { continue }
                    switch effect {
                    case .pair(let t): pairs[t].restsOn?.append(id)
                    case .untied(let u): untied[u].restsOn?.append(id)
                    }
                case .assumption(let s):
                    lostWithout.insert(Lost(effect: effect, slot: s))
                }
            }
        }
        for t in pairs.indices { pairs[t].restsOn?.sort() }
        for u in untied.indices { untied[u].restsOn?.sort() }
        for (effect, slots) in assumed {
            let uses = slots.map { AssumptionUse(tieID: world.slotIDs[$0], lostWithout: lostWithout.contains(Lost(effect: effect, slot: $0))) }
            switch effect {
            case .pair(let t): pairs[t].assumptions = uses
            case .untied(let u): untied[u].assumptions = uses
            }
        }
    }

    struct Lost: Hashable {
        let effect: Effect
        let slot: Int
    }

    /// A tracked pair's own ties and the ties joining its ends to every one of its carriers:
    /// the ties its explanation runs through.
    func tracedSlots(pair p: Int) -> [Int] {
        let structure = world.structure
        var slots = structure.slots(of: p).map(Int.init)
        if world.rule == .balance && structure.movable[p] {
            for carrier in structure.carriers(of: p, world.central, coupling: world.coupling) {
                slots += Explainer.legSlots(structure.ends[p], through: carrier.through, world: world)
            }
        }
        return slots
    }

    func tracedSlots(untied u: Int) -> [Int] {
        guard world.rule == .balance else { return [] }
        return world.untied.carriers(of: u, world.central, coupling: world.coupling).flatMap {
            Explainer.legSlots(world.untied.ends[u], through: $0.through, world: world)
        }
    }

    /// The baseline assumption ties among `slots`, each once, in slot order.
    func assumptionSlots(_ slots: [Int]) -> [Int] {
        Set(slots.filter { world.structure.tieSlots[$0].isBaseline && world.slotTies[$0].isAssumption }).sorted()
    }

    func testedSources(keyTies: [KeyTie], own: [Int]) -> [String] {
        var ids = keyTies.flatMap(\.sources)
        for s in own where world.structure.tieSlots[s].isBaseline { ids += world.slotTies[s].citations.map(\.source) }
        return ids.uniqued().sorted()
    }

    /// The effects (of those given) that the central run loses without a source or an
    /// assumption tie: only the pairs whose ties it touches are made again, and the
    /// equilibrium starts from the central one.
    func lostEffects(without item: Dropped, effects: [Effect]) throws -> [Effect] {
        let structure = world.structure
        var (weights, present) = structure.codedWeights
        var changed: [Int] = []
        for p in 0 ..< structure.pairCount {
            var touched = false
            for s in structure.slots(of: p).map(Int.init) {
                switch item {
                case .source(let n):
                    guard let evidence = evidence[s], evidence.reports.contains(where: { $0.source == n }) else { continue }
                    if let weight = evidence.weight(without: n) { weights[s] = weight } else { present[s] = false }
                case .assumption(let slot):
                    guard s == slot else { continue }
                    present[s] = false
                }
                touched = true
            }
            if touched { changed.append(p) }
        }
        var state = world.central
        structure.fill(&state, weights: weights, present: present, pairs: changed)
        try world.solve(&state, coupling: world.coupling, start: world.central.after)
        return effects.filter { effect in
            let change: Double, median: Double
            switch effect {
            case .pair(let t):
                let p = world.tracked[t]
                change = world.after(ofPair: p, state, coupling: world.coupling) - state.before[p]
                median = pairs[t].medianChange
            case .untied(let u):
                change = world.rule == .balance ? world.untied.tendency(u, state, coupling: world.coupling) : 0
                median = untied[u].medianChange
            }
            return !(change != 0 && change.sign == median.sign && abs(change) >= world.materiality)
        }
    }
}
