import Testing
@testable import RelGraph

/// The fast paths for large graphs give exactly what the straightforward code gave.
@Suite("Scale: fast paths agree bit for bit with the reference code")
struct FastPathEquivalenceTests {
    static let graphs: [SignedGraph] = [
        AnalysisCheck.random(count: 40, ties: 160, seed: 3),
        AnalysisCheck.random(count: 150, ties: 900, seed: 5),
        AnalysisCheck.random(count: 400, ties: 1600, seed: 9),
        syntheticGraph(actors: 300, ties: 2500, seed: 2),
        syntheticGraph(actors: 800, ties: 6000, seed: 11),
    ]

    static func syntheticGraph(actors: Int, ties: Int, seed: UInt64) -> SignedGraph {
        let text = SyntheticModel(SyntheticParameters(actors: actors, ties: ties, seed: seed)).yaml
        return ModelLoader.load(text, path: "synthetic.yaml").model!.snapshot().signedGraph
    }

    /// Sparse graphs with many components, some pairs cancelled (weight 0) by opposite ties in
    /// the input, some zeroed or removed in place afterwards (the table then rebuilt on read).
    static var componentGraphs: [SignedGraph] {
        var graphs = graphs + [
            AnalysisCheck.random(count: 300, ties: 200, seed: 4), AnalysisCheck.random(count: 1000, ties: 900, seed: 6),
            AnalysisCheck.graph(6, [(0, 1, 0.5), (1, 0, -0.5), (2, 3, 1), (3, 4, -1), (4, 2, 0.25), (2, 4, -0.25)]),
            SignedGraph(nodes: []), SignedGraph(nodes: ["alone"]),
        ]
        for g in graphs.prefix(5) {
            var edited = g
            for (position, (i, j, _)) in g.pairs.enumerated() where position % 3 == 0 {
                if position % 2 == 0 { edited.setWeight(i, j, 0) } else { edited.removePair(i, j) }
            }
            edited.isolate(0)
            graphs.append(edited)
        }
        return graphs
    }

    @Test("neighbour table: each row is the row of adjacency without its zero-weight pairs")
    func neighbourTable() {
        for g in Self.componentGraphs {
            let table = g.neighbourTable
            #expect(table.nodeCount == g.nodeCount)
            for node in 0 ..< g.nodeCount {
                #expect(table.neighbours(of: node).map(Int.init) == g.adjacency[node].filter { $0.weight != 0 }.map(\.node))
            }
            #expect(table.neighbours.count == Int(table.rowStart.last!))
            // A graph changed in place gives the table a graph built afresh from its pairs gets.
            #expect(table == SignedGraph(nodes: g.nodes, pairs: g.pairs.map { (g.nodes[$0.0], g.nodes[$0.1], $0.2) }).neighbourTable)
        }
    }

    @Test("components: the walk over the neighbour table finds what a flood fill over the rows finds")
    func components() {
        var several = 0
        for g in Self.componentGraphs {
            let components = connectedComponents(g)
            #expect(components == ReferenceComponents.components(g))
            if components.count > 2 { several += 1 }
        }
        #expect(several >= 6)
    }

    @Test("bloc heuristic: sweeps over changed nodes only and counting-sort mergers end where full sweeps did",
          arguments: FrustrationObjective.allCases)
    func blocHeuristic(objective: FrustrationObjective) {
        var compared = 0
        for g in Self.graphs {
            var localIndex = [Int](repeating: -1, count: g.nodeCount)
            for members in connectedComponents(g) where members.count > 2 {
                let problem = BlocProblem(g, members: members, objective: objective, localIndex: &localIndex)
                let n = members.count
                var random = SplitMix64(seed: UInt64(n))
                let starts = [[Int](repeating: 0, count: n), Array(0 ..< n), (0 ..< n).map { _ in random.below(max(1, n / 10)) }]
                for start in starts {
                    var fast = start, reference = start
                    problem.improve(&fast)
                    ReferenceBlocHeuristic.improve(problem, &reference)
                    #expect(fast == reference)
                    compared += 1
                }
            }
        }
        #expect(compared >= 15)
    }

    @Test("balance equilibrium: flat wedge lists give the same relations, to the bit, as the definition with sets and dictionaries")
    func equilibrium() throws {
        var movedInAll = 0
        for g in Self.graphs {
            let degrees = degree(g)
            let hub = (0 ..< g.nodeCount).max { degrees[$0] < degrees[$1] }!
            // The hub removed, one other tie reversed by a shock (frozen), the rest free to move.
            var slots = g.pairs.enumerated().map { position, entry in
                TieSlot(modelIndex: position, from: entry.0, to: entry.1, share: 1, weight: entry.2,
                        fate: entry.0 == hub || entry.1 == hub ? .removed : .unchanged)
            }
            let victim = slots.indices.first { slots[$0].fate == .unchanged && $0 >= slots.count / 2 }!
            slots[victim].fate = .rewritten([.set(-slots[victim].weight)])
            let structure = PairStructure(nodeCount: g.nodeCount, tieSlots: slots, removed: [hub])
            let coded = structure.codedWeights
            var state = structure.state(weights: coded.weights, present: coded.present)
            try EquilibriumSolver().solve(structure, &state, coupling: 0.25)
            let reference = ReferenceEquilibrium(nodeCount: g.nodeCount, slots: slots, removed: [hub]).solve(coupling: 0.25)
            var moved = 0
            for p in 0 ..< structure.pairCount {
                let key = structure.ends[p]
                #expect(state.before[p] == (reference.before[key] ?? 0))
                if structure.tiedAfter[p] { #expect(state.after[p] == reference.after[key], "\(key)") }
                if structure.movable[p] && state.after[p] != state.before[p] { moved += 1 }
            }
            #expect(state.iterations == reference.iterations)
            // Something did move: the comparison is not between two no-ops.
            #expect(moved > 0)
            movedInAll += moved
        }
        #expect(movedInAll > 300)
    }
}
