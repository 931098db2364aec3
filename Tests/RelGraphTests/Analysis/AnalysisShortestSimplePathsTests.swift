import Foundation
import Testing
@testable import RelGraph

@Suite("Analysis: shortest simple paths (Yen)")
struct AnalysisShortestSimplePathsTests {
    /// Strongest first: length −log w over positive ties, then fewer ties.
    static func cooperative(_ weight: Double) -> (Double, Double)? { weight > 0 ? (-log(weight), 1) : nil }
    /// Fewest ties first, then strongest.
    static func fewestTies(_ weight: Double) -> (Double, Double)? { (1, -log(abs(weight))) }

    @Test("agrees with networkx.shortest_simple_paths and all_shortest_paths", arguments: AnalysisFixture.paths)
    func networkx(reference: PathReference) throws {
        let fixture = AnalysisFixture.named(reference.fixture)
        let g = fixture.graph
        let source = try #require(g.index[reference.source]), target = try #require(g.index[reference.target])
        func names(_ paths: [[Int]]) -> [[String]] { paths.map { $0.map { g.nodes[$0] } } }
        if reference.kind == "cooperative" {
            let found = shortestSimplePaths(g, from: source, to: target, limit: try #require(reference.limit), length: Self.cooperative)
            let lengths = found.map { path in zip(path, path.dropFirst()).reduce(0.0) { $0 - log(g.weight($1.0, $1.1)!) } }
            AnalysisCheck.close(lengths, try #require(reference.lengths))
            // Paths of equal length may come in another order: compare each length's set.
            var groups: [Double: Set<[String]>] = [:], expectedGroups: [Double: Set<[String]>] = [:]
            for (length, path) in zip(lengths, names(found)) { groups[(length * 1e9).rounded(), default: []].insert(path) }
            for (length, path) in zip(reference.lengths ?? [], reference.paths) { expectedGroups[(length * 1e9).rounded(), default: []].insert(path) }
            #expect(groups == expectedGroups)
        } else {
            // One more than there are: the last found must be longer.
            let found = shortestSimplePaths(g, from: source, to: target, limit: reference.paths.count + 1, length: Self.fewestTies)
            #expect(found.count == reference.paths.count + 1)
            #expect(Set(names(Array(found.prefix(reference.paths.count)))) == Set(reference.paths))
            #expect((found.last?.count ?? 0) > (reference.paths.first?.count ?? 0))
        }
    }

    @Test("equal strength: the chain with fewer ties first, then by ids")
    func tieBreaks() {
        // 0–1–3 at 0.5·0.5 = 0.25 and 0–3 at 0.25 directly; 0–2–3 at 1·0.25.
        let g = AnalysisCheck.graph(4, [(0, 1, 0.5), (1, 3, 0.5), (0, 3, 0.25), (0, 2, 1), (2, 3, 0.25)])
        #expect(shortestSimplePaths(g, from: 0, to: 3, limit: 5, length: Self.cooperative) == [[0, 3], [0, 1, 3], [0, 2, 3]])
    }

    @Test("only accepted ties; no path gives none; a path never repeats a node")
    func limits() {
        let g = AnalysisCheck.graph(5, [(0, 1, 0.9), (1, 2, -0.9), (0, 2, 0.1), (3, 4, 1)])
        #expect(shortestSimplePaths(g, from: 0, to: 2, limit: 3, length: Self.cooperative) == [[0, 2]])
        #expect(shortestSimplePaths(g, from: 0, to: 2, limit: 3, length: Self.fewestTies) == [[0, 2], [0, 1, 2]])
        #expect(shortestSimplePaths(g, from: 0, to: 4, limit: 3, length: Self.fewestTies) == [])
        let k5 = AnalysisCheck.complete(5, weight: 0.5)
        let all = shortestSimplePaths(k5, from: 0, to: 4, limit: 100, length: Self.cooperative)
        // K5 has 1 + 3 + 3·2 + 3·2·1 = 16 simple paths between two nodes, each once.
        #expect(all.count == 16 && Set(all).count == 16)
        #expect(all.allSatisfy { Set($0).count == $0.count })
        #expect(all.map(\.count) == all.map(\.count).sorted())
    }

    @Test("the shortest signed chains only: the search stops at the first longer chain, whatever the limit (issue 17 item 13)")
    func shortestOnlyIsBounded() {
        // 0–1 directly, and 30 chains of two ties through 2…31: one shortest chain, many longer.
        let g = AnalysisCheck.graph(32, [(0, 1, 0.5)] + (2 ..< 32).flatMap { [(0, $0, 0.5), ($0, 1, 0.5)] })
        let all = yenPaths(g, from: 0, to: 1, limit: 100, length: Self.fewestTies)
        #expect(all.paths.count == 31)
        let shortest = yenPaths(g, from: 0, to: 1, limit: 100, shortestPrimaryOnly: true, length: Self.fewestTies)
        #expect(shortest.paths == [[0, 1]])
        // The first search, then one spur search from each node of [0, 1] but the last.
        #expect(shortest.searches == 2)
        #expect(all.searches > 30)
        // Equally short chains are all found, and then the search stops.
        let square = AnalysisCheck.graph(4, [(0, 1, 0.5), (1, 3, 0.5), (0, 2, 0.9), (2, 3, 0.9), (0, 3, -0.1)])
        #expect(yenPaths(square, from: 0, to: 3, limit: 100, shortestPrimaryOnly: true, length: Self.fewestTies).paths == [[0, 3]])
        #expect(shortestSimplePaths(square, from: 1, to: 2, limit: 100, shortestPrimaryOnly: true, length: Self.fewestTies) == [[1, 0, 2], [1, 3, 2]])
    }
}
