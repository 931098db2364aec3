import Foundation
import Testing
@testable import RelGraph

@Suite("relgraph generate: synthetic models of exact size, the same on every machine")
struct SyntheticModelTests {
    @Test("SplitMix64 gives the reference outputs of Vigna's splitmix64.c")
    func referenceOutputs() {
        // The first outputs for seed 1234567, as printed by the reference C code.
        var random = SplitMix64(seed: 1_234_567)
        #expect((0 ..< 5).map { _ in random.next() } == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test("bounded draws stay in range, hit every value, and unit draws lie in [0, 1)")
    func bounded() {
        var random = SplitMix64(seed: 42)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0 ..< 7000 { seen[random.below(7)] += 1 }
        #expect(seen.allSatisfy { $0 > 850 && $0 < 1150 })
        for _ in 0 ..< 1000 {
            let x = random.unit()
            #expect(x >= 0 && x < 1)
            #expect((3 ... 5).contains(random.integer(in: 3 ... 5)))
        }
    }

    @Test("the same seed gives the same bytes; another seed gives another model")
    func reproducible() {
        let parameters = SyntheticParameters(actors: 200, ties: 1500, seed: 9)
        let first = SyntheticModel(parameters).yaml, second = SyntheticModel(parameters).yaml
        #expect(first == second)
        var other = parameters
        other.seed = 10
        #expect(SyntheticModel(other).yaml != first)
    }

    @Test("loads, and checks with no error and no warning, at several sizes; counts are exact",
          arguments: [(2, 1), (3, 3), (12, 66), (50, 49), (100, 300), (400, 4000), (1000, 10000)])
    func valid(actors: Int, ties: Int) throws {
        let text = SyntheticModel(SyntheticParameters(actors: actors, ties: ties, seed: 3)).yaml
        let result = ModelLoader.load(text, path: "synthetic.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3))")
        let model = try #require(result.model)
        #expect(model.actors.count == actors)
        #expect(model.ties.count == ties)
        // One tie per pair.
        #expect(Set(model.ties.map(\.unorderedPair)).count == ties)
    }

    @Test("the structure asked for: blocs, hubs, both signs, directed and dated ties, kinds that fit their signs")
    func structure() throws {
        let model = try #require(ModelLoader.load(SyntheticModel(SyntheticParameters(actors: 2000, ties: 20000, seed: 1)).yaml, path: "s.yaml").model)
        let group = Dictionary(model.actors.compactMap { actor in actor.group.map { (actor.id, $0) } }, uniquingKeysWith: { a, _ in a })
        var inside = (positive: 0, all: 0), between = (positive: 0, all: 0)
        for tie in model.ties {
            guard let a = group[tie.from], let b = group[tie.to] else { continue }
            if a == b { inside.all += 1; inside.positive += tie.weight > 0 ? 1 : 0 } else { between.all += 1; between.positive += tie.weight > 0 ? 1 : 0 }
        }
        let insideShare = Double(inside.positive) / Double(inside.all), betweenShare = Double(between.positive) / Double(between.all)
        #expect(insideShare > 0.8 && insideShare < 0.9, "friendly inside blocs, with some frustration")
        #expect(betweenShare > 0.2 && betweenShare < 0.4, "mostly hostile between blocs")
        #expect(model.groups.count == SyntheticModel.blocCount(actors: 2000))
        let degrees = degree(model.snapshot().signedGraph).sorted(by: >)
        let mean = Double(2 * model.ties.count) / Double(model.actors.count)
        // A random graph of this density (Poisson degrees, mean 20) has no degree above ~40.
        #expect(Double(degrees[0]) > 4 * mean, "hubs: the largest degree is many times the mean")
        #expect(model.ties.allSatisfy { $0.kind.accepts(weight: $0.weight) && $0.weight != 0 })
        #expect(Set(model.ties.map(\.kind)).count >= 15)
        let directed = Double(model.ties.count { $0.directed }) / Double(model.ties.count)
        let dated = Double(model.ties.count { $0.validity.since != nil }) / Double(model.ties.count)
        #expect(directed > 0.1 && directed < 0.5)
        #expect(dated > 0.25 && dated < 0.45)
        #expect(model.actors.contains { $0.validity.since != nil } && model.actors.contains { $0.validity.until != nil })
        #expect(model.ties.allSatisfy { !$0.citations.isEmpty })
    }

    @Test("impossible counts are refused with the reason")
    func problems() {
        #expect(SyntheticParameters(actors: 1, ties: 0, seed: 1).problem == "--actors must be at least 2 (a tie joins two actors)")
        #expect(SyntheticParameters(actors: 10, ties: 46, seed: 1).problem == "--ties 46 is more than the 45 pairs 10 actors can form (one tie per pair)")
        #expect(SyntheticParameters(actors: 10, ties: 8, seed: 1).problem?.hasPrefix("--ties must be at least --actors − 1 = 9") == true)
        #expect(SyntheticParameters(actors: 10, ties: 45, seed: 1).problem == nil)
        #expect(SyntheticParameters(actors: 10, ties: 9, seed: 1).problem == nil)
    }

    @Test("names are unique, also in lower case, for every index")
    func names() {
        let names = SyntheticNames(count: 5000)
        #expect(names.length == 3)
        let all = (0 ..< 5000).map(names.name)
        #expect(Set(all.map { $0.lowercased() }).count == 5000)
        #expect(all.allSatisfy(Identifier.isValid))
    }
}
