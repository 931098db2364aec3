import Testing
@testable import RelGraph

/// The properties issue 13 asks of a pair's relation (docs/relations.md), each on its own.
@Suite("Relation: how a pair's ties make one relation")
struct RelationTests {
    /// Effective weights of up to five ties, from a fixed generator: the property tests below
    /// run on many of them.
    static func samples(_ count: Int, seed: UInt64) -> [[Double]] {
        var random = SplitMix64(seed: seed)
        return (0 ..< count).map { _ in
            (0 ..< (1 + random.below(5))).map { _ in
                let magnitude = Double(random.below(101)) / 100
                return random.chance(0.5) ? magnitude : -magnitude
            }
        }
    }

    @Test("one tie: the relation is its effective weight, the cooperative part max(w, 0)")
    func single() {
        for w in [-1, -0.6, -0.05, 0, 0.3, 0.9, 1] {
            let relation = Relation(effectiveWeights: [w])
            #expect(relation.value == w)
            #expect(relation.cooperative == max(w, 0))
            #expect(relation.conflictual == max(-w, 0))
        }
    }

    @Test("two cooperative ties by hand: 0.6 and 0.4 make 1 − 0.4 · (1 − 0.2) = 0.68")
    func handWorked() {
        let relation = Relation(effectiveWeights: [0.4, 0.6])
        #expect(abs(relation.value - 0.68) < 1e-15)
        // Alliance 0.9 with two partnerships of 0.6: 1 − 0.1 · 0.7 · 0.7 = 0.951, not +1.
        #expect(abs(Relation(effectiveWeights: [0.9, 0.6, 0.6]).value - 0.951) < 1e-15)
    }

    @Test("±1 only when a tie says ±1")
    func extremes() {
        for weights in Self.samples(2000, seed: 1) {
            let value = Relation(effectiveWeights: weights).value
            #expect((-1 ... 1).contains(value))
            if value == 1 { #expect(weights.contains(1), "\(weights)") }
            if value == -1 { #expect(weights.contains(-1), "\(weights)") }
        }
        // Many strong ties still stay below +1.
        #expect(Relation(effectiveWeights: Array(repeating: 0.99, count: 30)).value < 1)
        #expect(Relation(effectiveWeights: [1, 0.2]).value == 1)
    }

    @Test("a tie of the same sign never lowers the relation, and raises it by less than its own weight")
    func monotone() {
        var random = SplitMix64(seed: 7)
        for weights in Self.samples(2000, seed: 2) {
            let before = Relation(effectiveWeights: weights)
            let p = Double(1 + random.below(100)) / 100
            let up = Relation(effectiveWeights: weights + [p])
            #expect(up.value >= before.value, "\(weights) + \(p)")
            if before.cooperative > 0 { #expect(up.value - before.value < p, "\(weights) + \(p)") }
            let down = Relation(effectiveWeights: weights + [-p])
            #expect(down.value <= before.value, "\(weights) − \(p)")
            if before.conflictual > 0 { #expect(before.value - down.value < p, "\(weights) − \(p)") }
        }
    }

    @Test("a mixed pair's sign follows the stronger side, and both parts stay visible")
    func mixed() {
        let relation = Relation(effectiveWeights: [0.3, -0.6])
        #expect(relation.value < 0)
        #expect(relation.cooperative == 0.3)
        #expect(relation.conflictual == 0.6)
        #expect(Relation(effectiveWeights: [0.6, -0.3]).value > 0)
        #expect(Relation(effectiveWeights: [0.3, -0.3]).value == 0)
        var random = SplitMix64(seed: 3)
        for _ in 0 ..< 2000 {
            let a = Double(1 + random.below(100)) / 100, b = Double(1 + random.below(100)) / 100
            let relation = Relation(effectiveWeights: [a, -b])
            #expect(relation.value.sign == (a - b).sign || a == b, "\(a), −\(b)")
            #expect(relation.cooperative == a && relation.conflictual == b)
        }
    }

    @Test("the order the ties are written in does not matter, to the bit")
    func order() {
        for weights in Self.samples(500, seed: 4) {
            let relation = Relation(effectiveWeights: weights)
            #expect(Relation(effectiveWeights: weights.reversed()) == relation)
        }
    }

    @Test("a shock to any tie of a pair moves its relation: nothing is stuck at a clamp")
    func noClamp() {
        // Türkiye and Azerbaijan in the issue: ties summing to 3.0 read +1 and could not move.
        let ties = [0.9, 0.6, 0.6, 0.6, 0.3]
        let before = Relation(effectiveWeights: ties).value
        #expect(before < 1)
        for index in ties.indices {
            var shocked = ties
            shocked[index] = 0.3 * ties[index]
            #expect(Relation(effectiveWeights: shocked).value < before, "tie \(index)")
        }
    }

    @Test("κ: directed mediation and leverage ties count half; mutual ones and other kinds in full")
    func pairShare() {
        #expect(TieKind.mediation.pairShare(directed: true) == 0.5)
        #expect(TieKind.leverage.pairShare(directed: true) == 0.5)
        #expect(TieKind.mediation.pairShare(directed: false) == 1)
        for kind in TieKind.allCases where kind != .mediation && kind != .leverage {
            #expect(kind.pairShare(directed: true) == 1)
        }
        let tie = Tie(from: "Russia", to: "Azerbaijan", directed: true, kind: .leverage, weight: -0.3)
        #expect(tie.effectiveWeight == -0.15)
    }

    @Test("the signed graph carries r for signed measures and c for the cooperative subgraph")
    func signedGraph() {
        let g = SignedGraph(nodes: ["A", "B", "C"], pairs: [("A", "B", 0.6), ("B", "A", 0.4), ("A", "C", 0.3), ("C", "A", -0.6)])
        #expect(abs(g.weight("A", "B")! - 0.68) < 1e-15)
        #expect(abs(g.weight("A", "C")! - -0.3) < 1e-15)
        let cooperative = g.cooperativePart
        #expect(abs(cooperative.weight("A", "B")! - 0.68) < 1e-15)
        // The mixed pair A~C is conflictual on balance, but its cooperative side is an edge.
        #expect(cooperative.weight("A", "C") == 0.3)
        #expect(positiveStrength(g)[0] == g.weight("A", "B")!)
        #expect(negativeStrength(g)[0] == 0.3)
    }

    @Test("a snapshot's graph counts directed mediation with half its weight")
    func snapshot() throws {
        let text = """
        relgraph: 1
        title: t
        as_of: 2025-01-01
        sources: [{id: s, title: S, date: 2025}]
        actors: [{id: A, kind: state}, {id: B, kind: state}]
        ties:
          - {from: A, to: B, kind: mediation, weight: 0.6, cite: [{source: s, quote: q}]}
          - {between: [A, B], kind: cooperation, weight: 0.3, cite: [{source: s, quote: q}]}
        """
        let graph = try #require(ModelLoader.load(text, path: "m.yaml").model).snapshot().signedGraph
        // 0.3 and 0.5 · 0.6 = 0.3: 1 − 0.7 · (1 − 0.15) = 0.405.
        #expect(abs(graph.weight("A", "B")! - 0.405) < 1e-15)
    }
}
