import FoundationEssentials

/// A scenario's engine problem as JSON, for `.ci/draws_numpy.py`, the NumPy peer `make bench`
/// times the draws against: the ties with what the shocks did to them and their evidence, the
/// coupling and its range, and the effects the engine tracks. Everything the peer needs to run
/// the same rule and sampling, nothing it would have to re-derive from the model's YAML.
public enum ProblemExport {
    struct Slot: Codable {
        var from: Int
        var to: Int
        var share: Double
        var weight: Double
        var baseline: Bool
        /// "unchanged", "removed", "added" or "rewritten", with the rewrites in order: [0, w] sets
        /// the weight to w, [1, f] scales it by f.
        var fate: String
        var rewrites: [[Double]]
        /// Each report's belief probability, reading (null: the tie's weight) and source number.
        var probabilities: [Double]
        var readings: [Double?]
        var sources: [Int]
        var assumption: Bool
        var spread: Double
    }

    struct Problem: Codable {
        var nodes: Int
        var removed: [Int]
        var coupling: Double
        var couplingRange: [Double]
        var draws: Int
        var seed: UInt64
        var materiality: Double
        var slots: [Slot]
        /// Pairs of the structure the engine reports, and untied pairs with a tendency.
        var tracked: [[Int]]
        var untied: [[Int]]
        /// What the Swift engine found, for the peer to compare with.
        var findings: Int

        enum CodingKeys: String, CodingKey {
            case nodes, removed, coupling, draws, seed, materiality, slots, tracked, untied, findings
            case couplingRange = "coupling_range"
        }
    }

    public static func json(_ plan: ScenarioPlan, draws: Int, seed: UInt64) async throws -> [UInt8] {
        let world = try ScenarioWorld(plan)
        let evidence = ScenarioEngine.evidence(world)
        let runner = DrawRunner(world: world, evidence: evidence, draws: draws, seed: seed, probe: nil, probeWidth: 0)
        let result = try await ScenarioEngine.run(plan, draws: draws, seed: seed)
        let slots = world.structure.tieSlots.indices.map { s -> Slot in
            let slot = world.structure.tieSlots[s]
            var fate = "unchanged", rewrites: [[Double]] = []
            switch slot.fate {
            case .unchanged: break
            case .removed: fate = "removed"
            case .added: fate = "added"
            case .rewritten(let list):
                fate = "rewritten"
                rewrites = list.map { rewrite in
                    switch rewrite {
                    case .set(let w): return [0, w]
                    case .scale(let f): return [1, f]
                    }
                }
            }
            let e = evidence[s]
            return Slot(from: slot.from, to: slot.to, share: slot.share, weight: slot.weight, baseline: slot.isBaseline, fate: fate,
                        rewrites: rewrites, probabilities: e?.reports.map(\.probability) ?? [], readings: e?.reports.map(\.reading) ?? [],
                        sources: e?.reports.map(\.source) ?? [], assumption: e?.isAssumption ?? false, spread: e?.spread ?? 0)
        }
        let problem = Problem(nodes: world.nodes.count, removed: world.structure.removed.indices.filter { world.structure.removed[$0] },
                              coupling: world.coupling, couplingRange: [runner.couplingRange.lowerBound, runner.couplingRange.upperBound],
                              draws: draws, seed: seed, materiality: world.materiality, slots: slots,
                              tracked: world.tracked.map { [world.structure.ends[$0].low, world.structure.ends[$0].high] },
                              untied: world.untied.ends.map { [$0.low, $0.high] },
                              findings: result.pairs.count { $0.isFinding } + result.emergent.count { $0.isFinding })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(problem)) ?? Data("{}".utf8)) + [0x0A]
    }
}
