/// Runs the uncertainty draws of a scenario in parallel (structured concurrency: one task
/// per block of draws) and gathers what each draw gave, in draw order. Each draw has its own
/// generator, seeded from (seed, draw number), so the table is the same to the bit however
/// the tasks are scheduled.
struct DrawRunner: Sendable {
    let world: ScenarioWorld
    /// Evidence of each slot (added ties have none: they are fixed).
    let evidence: [TieEvidence?]
    let draws: Int
    let seed: UInt64
    /// Extra numbers a draw gives (the measures expectations name), from its solved world and
    /// its tie weights; the same count every draw.
    let probe: (@Sendable (EquilibriumState, [Double], [Bool]) -> [Double])?
    let probeWidth: Int

    /// α is drawn uniformly within ±`couplingSpread` of the scenario's coupling, inside
    /// [`couplingFloor`, `couplingCeiling`]: [0.10, 0.40] for the default 0.25.
    static let couplingSpread = 0.15
    static let couplingFloor = 0.01
    static let couplingCeiling = 0.49

    var couplingRange: ClosedRange<Double> {
        max(Self.couplingFloor, world.coupling - Self.couplingSpread) ... min(Self.couplingCeiling, world.coupling + Self.couplingSpread)
    }

    /// Draw-major tables: entry [d * width + i].
    struct Table: Sendable {
        var draws: Int
        /// Tracked pairs: the relation before, after, and right after the shocks (no propagation).
        var before: [Double]
        var after: [Double]
        var direct: [Double]
        /// Untied pairs' tendencies.
        var tendency: [Double]
        /// Each baseline slot's effective weight (0 when absent), for the key ties.
        var tieWeights: [Float]
        var coupling: [Double]
        var probes: [Double]
    }

    func run() async throws -> Table {
        let blocks = Self.blocks(draws)
        let results = try await withThrowingTaskGroup(of: (Int, Table).self) { group in
            for (number, range) in blocks.enumerated() {
                group.addTask { (number, try self.run(range)) }
            }
            var results = [Table?](repeating: nil, count: blocks.count)
            for try await (number, table) in group { results[number] = table }
            return results.map { $0! }
        }
        var table = Table(draws: draws, before: [], after: [], direct: [], tendency: [], tieWeights: [], coupling: [], probes: [])
        for part in results {
            table.before += part.before
            table.after += part.after
            table.direct += part.direct
            table.tendency += part.tendency
            table.tieWeights += part.tieWeights
            table.coupling += part.coupling
            table.probes += part.probes
        }
        return table
    }

    /// Draws in blocks of at most 64 (and at least 16 blocks when there are enough draws), so
    /// that the cores stay busy to the end.
    static func blocks(_ draws: Int) -> [Range<Int>] {
        let size = max(1, min(64, (draws + 15) / 16))
        return stride(from: 0, to: draws, by: size).map { $0 ..< min(draws, $0 + size) }
    }

    /// The draws of one block, sequentially, with one set of working arrays.
    func run(_ range: Range<Int>) throws -> Table {
        let structure = world.structure
        let tracked = world.tracked, untied = world.untied
        let baselineSlots = structure.tieSlots.indices.filter { structure.tieSlots[$0].isBaseline }
        var table = Table(draws: range.count, before: [], after: [], direct: [], tendency: [], tieWeights: [], coupling: [], probes: [])
        table.before.reserveCapacity(range.count * tracked.count)
        table.after.reserveCapacity(range.count * tracked.count)
        table.direct.reserveCapacity(range.count * tracked.count)
        table.tendency.reserveCapacity(range.count * untied.count)
        table.tieWeights.reserveCapacity(range.count * baselineSlots.count)
        var weights = structure.tieSlots.map(\.weight)
        var present = [Bool](repeating: false, count: structure.tieSlots.count)
        var state = EquilibriumState(pairCount: structure.pairCount)
        let couplings = couplingRange
        for draw in range {
            var random = TieSampler.generator(seed: seed, draw: draw)
            let alpha = couplings.lowerBound + (couplings.upperBound - couplings.lowerBound) * random.unit()
            for s in baselineSlots {
                if let evidence = evidence[s], let drawn = TieSampler.draw(evidence, &random) {
                    weights[s] = drawn
                    present[s] = true
                } else {
                    weights[s] = 0
                    present[s] = false
                }
            }
            structure.fill(&state, weights: weights, present: present)
            try world.solve(&state, coupling: alpha)
            for p in tracked {
                table.before.append(state.before[p])
                table.after.append(world.after(ofPair: p, state, coupling: alpha))
                table.direct.append(state.shocked[p])
            }
            if world.rule == .balance {
                for u in 0 ..< untied.count { table.tendency.append(untied.tendency(u, state, coupling: alpha)) }
            } else {
                table.tendency += repeatElement(0, count: untied.count)
            }
            for s in baselineSlots { table.tieWeights.append(Float(structure.tieSlots[s].share * weights[s])) }
            table.coupling.append(alpha)
            if let probe { table.probes += probe(state, weights, present) }
        }
        return table
    }
}
