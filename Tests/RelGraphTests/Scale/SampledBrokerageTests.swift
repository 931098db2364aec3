import Testing
@testable import RelGraph

@Suite("Brokerage at scale: sampled betweenness and the engine's choice")
struct SampledBrokerageTests {
    @Test("sources: k distinct nodes, ascending, the same for the same seed")
    func sources() {
        let chosen = sampledSources(count: 1000, k: 50, seed: 1)
        #expect(chosen.count == 50 && Set(chosen).count == 50 && chosen == chosen.sorted())
        #expect(chosen.allSatisfy { (0 ..< 1000).contains($0) })
        #expect(sampledSources(count: 1000, k: 50, seed: 1) == chosen)
        #expect(sampledSources(count: 1000, k: 50, seed: 2) != chosen)
    }

    @Test("k ≥ n is the exact measure")
    func everySource() throws {
        let g = try AnalysisCheck.gahukuGama()
        #expect(sampledBetweennessCentrality(g, sources: g.nodeCount) == betweennessCentrality(g))
    }

    @Test("a star: one sampled leaf estimates the hub's betweenness as n/k times its dependency")
    func star() {
        // Star with hub 0 and 4 leaves: a leaf's shortest paths to the 3 other leaves all pass
        // through the hub (δ = 3); the hub's own dependency is 0. Unnormalised, each pair counts
        // once, so one source s estimates ½ · (n/k) · δ_s = ½ · 5 · δ_s. Exact: 6.
        let g = AnalysisCheck.star(leaves: 4)
        let estimate = sampledBetweennessCentrality(g, sources: 1, seed: 1, normalized: false)
        let source = sampledSources(count: 5, k: 1, seed: 1)[0]
        #expect(estimate[0] == (source == 0 ? 0 : 7.5))
        #expect(estimate[1 ... 4].allSatisfy { $0 == 0 })
        #expect(betweennessCentrality(g, normalized: false)[0] == 6)
    }

    @Test("unbiased: the mean of the estimates over every k-subset is the exact value")
    func unbiased() {
        // Averaging the n/k-scaled sums over all single sources gives the exact sum.
        let g = AnalysisCheck.random(count: 12, ties: 30, seed: 5)
        let n = g.nodeCount
        var mean = [Double](repeating: 0, count: n)
        var seen = Set<Int>()
        var seed: UInt64 = 0
        while seen.count < n {
            seed += 1
            let source = sampledSources(count: n, k: 1, seed: seed)[0]
            guard seen.insert(source).inserted else { continue }
            let estimate = sampledBetweennessCentrality(g, sources: 1, seed: seed)
            for v in 0 ..< n { mean[v] += estimate[v] / Double(n) }
        }
        AnalysisCheck.close(mean, betweennessCentrality(g), tolerance: 1e-12)
    }

    @Test("automatic: exact on small graphs, 500 sampled sources beyond 10⁸ nodes × cooperative relations")
    func automatic() {
        let small = AnalysisCheck.random(count: 100, ties: 300, seed: 1)
        #expect(BrokerageMethod.automatic.sampleSize(for: small) == nil)
        #expect(BrokerageMethod.sampled(sources: 10).sampleSize(for: small) == 10)
        #expect(BrokerageMethod.sampled(sources: 1000).sampleSize(for: small) == nil)
        // A ring of 20,000 actors: 20,000 × 20,000 cooperative relations = 4 × 10⁸.
        let ring = AnalysisCheck.cycle(20_000, weight: 0.5)
        #expect(BrokerageMethod.automatic.sampleSize(for: ring) == 500)
        #expect(BrokerageMethod.exact.sampleSize(for: ring) == nil)
        // The same ring, conflictual: nothing cooperative to measure, so exact (and cheap).
        #expect(BrokerageMethod.automatic.sampleSize(for: AnalysisCheck.cycle(20_000, weight: -0.5)) == nil)
    }

    @Test("the engine with sampled brokerage changes brokerage only, and says how many sources it used")
    func engine() throws {
        let text = SyntheticModel(SyntheticParameters(actors: 120, ties: 600, seed: 4)).yaml
        let model = try #require(ModelLoader.load(text, path: "m.yaml").model)
        let hub = model.snapshot().signedGraph
        let degrees = degree(hub)
        let removed = hub.nodes[(0 ..< hub.nodeCount).max { degrees[$0] < degrees[$1] }!]
        let scenario = Scenario(path: "s", title: "t", shocks: [Shock(.remove(actor: removed), origin: .commandLine(flag: "--remove"))])
        let plan = try #require(ScenarioPlan.make(scenario, model: model).0)
        let exact = try ScenarioEngine.run(plan, brokerage: .exact)
        let sampled = try ScenarioEngine.run(plan, brokerage: .sampled(sources: 30))
        #expect(exact.brokerageSources == nil && sampled.brokerageSources == 30)
        #expect(try ScenarioEngine.run(plan).brokerageSources == nil)
        #expect(exact.pairs.map(\.change) == sampled.pairs.map(\.change))
        #expect(exact.graphAfter == sampled.graphAfter)
        let exactByActor = Dictionary(uniqueKeysWithValues: exact.actorEffects.map { ($0.actor, $0) })
        var brokerageDiffers = false
        for effect in sampled.actorEffects {
            let other = try #require(exactByActor[effect.actor])
            #expect(effect.before?.influence == other.before?.influence && effect.after?.strength == other.after?.strength)
            if effect.before?.brokerage != other.before?.brokerage { brokerageDiffers = true }
        }
        #expect(brokerageDiffers)
    }
}
