import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// `relgraph path`'s searches on a small model whose chains are worked out by hand.
@Suite("Chains between two actors")
struct ChainSearchTests {
    static func snapshot(at day: Day? = nil) throws -> Snapshot {
        let result = try ModelLoader.load(contentsOf: Fixture.url("chains.yaml").path)
        return try #require(result.model).snapshot(at: day)
    }

    static func names(_ chains: [Chain]) -> [String] { chains.map { $0.actors.joined(separator: ">") } }

    @Test("strongest cooperative chains: the product of weights decides, not the number of ties")
    func cooperative() throws {
        let chains = ChainSearch.strongestCooperative(in: try Self.snapshot(), from: "Israel", to: "Iran", limit: 3)
        // 0.9·0.5·0.6 = 0.27, then 0.7·0.8·0.5·0.6 = 0.168, then 0.9·0.8·0.3·0.6 = 0.1296 (four ties),
        // which beats the three-tie Israel>Azerbaijan>Russia>Iran at 0.7·0.3·0.6 = 0.126.
        #expect(Self.names(chains) == ["Israel>USA>Armenia>Iran", "Israel>Azerbaijan>USA>Armenia>Iran", "Israel>USA>Azerbaijan>Russia>Iran"])
        AnalysisCheck.close(chains.map(\.strength), [0.27, 0.168, 0.1296], tolerance: 1e-12)
        #expect(chains.allSatisfy { $0.sign == 1 })
        let four = ChainSearch.strongestCooperative(in: try Self.snapshot(), from: "Israel", to: "Iran", limit: 4)
        #expect(Self.names(four).last == "Israel>Azerbaijan>Russia>Iran")
    }

    @Test("a step is the pair's relation, with every tie behind it")
    func steps() throws {
        let snapshot = try Self.snapshot()
        let chain = try #require(ChainSearch.strongestCooperative(in: snapshot, from: "USA", to: "Russia", limit: 1).first)
        #expect(chain.actors == ["USA", "Azerbaijan", "Russia"])
        let step = chain.steps[1]
        // cooperation +0.5 and friction −0.2 make a relation of +0.3.
        AnalysisCheck.close([step.weight], [0.3], tolerance: 1e-12)
        #expect(step.ties.map { snapshot.model.ties[$0].kind } == [.cooperation, .friction])
    }

    @Test("shortest signed chains: fewest ties, strongest first, sign the product of signs")
    func signed() throws {
        let snapshot = try Self.snapshot()
        let friendOfEnemy = ChainSearch.shortestSigned(in: snapshot, from: "Israel", to: "Iran", limit: 3)
        #expect(Self.names(friendOfEnemy) == ["Israel>USA>Iran", "Israel>Azerbaijan>Iran"])
        #expect(friendOfEnemy.map(\.sign) == [-1, -1])
        let mixed = ChainSearch.shortestSigned(in: snapshot, from: "Turkiye", to: "Russia", limit: 3)
        #expect(Self.names(mixed) == ["Turkiye>Azerbaijan>Russia", "Turkiye>Iran>Russia"])
        #expect(mixed.map(\.sign) == [1, -1])
        let direct = ChainSearch.shortestSigned(in: snapshot, from: "USA", to: "Iran", limit: 3)
        #expect(Self.names(direct) == ["USA>Iran"])
        #expect(direct[0].sign == -1)
    }

    @Test("no chain: hostile-only neighbours have no cooperative chain; islands none at all")
    func none() throws {
        let snapshot = try Self.snapshot()
        #expect(ChainSearch.strongestCooperative(in: snapshot, from: "Georgia", to: "Iran", limit: 3).isEmpty)
        #expect(Self.names(ChainSearch.shortestSigned(in: snapshot, from: "Georgia", to: "Iran", limit: 3)) == ["Georgia>Russia>Iran"])
        #expect(ChainSearch.shortestSigned(in: snapshot, from: "USA", to: "Nauru", limit: 3).isEmpty)
    }

    @Test("as of a date: a tie that does not yet hold carries no chain")
    func dated() throws {
        let early = try Self.snapshot(at: Day(year: 2019, month: 6, day: 1))
        #expect(Self.names(ChainSearch.strongestCooperative(in: early, from: "USA", to: "Iran", limit: 1)) == ["USA>Azerbaijan>Russia>Iran"])
        #expect(Self.names(ChainSearch.strongestCooperative(in: try Self.snapshot(), from: "USA", to: "Iran", limit: 1)) == ["USA>Armenia>Iran"])
    }
}
