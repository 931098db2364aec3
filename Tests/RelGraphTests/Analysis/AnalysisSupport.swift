import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// Helpers for the Analysis suites.
enum AnalysisCheck {
    /// Expects two arrays of the same length that agree entry by entry within `tolerance`.
    static func close(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.count, "lengths differ", sourceLocation: sourceLocation)
        for (index, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance) {
            Issue.record("entry \(index): \(a) ≠ \(e) (±\(tolerance))", sourceLocation: sourceLocation)
        }
    }

    /// A graph on nodes "0", "1", … with the given ties.
    static func graph(_ count: Int, _ ties: [(Int, Int, Double)]) -> SignedGraph {
        SignedGraph(nodes: (0 ..< count).map(String.init), pairs: ties.map { (String($0.0), String($0.1), $0.2) })
    }

    static func path(_ count: Int, weight: Double = 1) -> SignedGraph {
        graph(count, (0 ..< max(count - 1, 0)).map { ($0, $0 + 1, weight) })
    }

    /// Node 0 is the hub.
    static func star(leaves: Int, weight: Double = 1) -> SignedGraph {
        graph(leaves + 1, (1 ... leaves).map { (0, $0, weight) })
    }

    static func cycle(_ count: Int, weight: Double = 1) -> SignedGraph {
        graph(count, (0 ..< count).map { ($0, ($0 + 1) % count, weight) })
    }

    static func complete(_ count: Int, weight: Double = 1) -> SignedGraph {
        var ties: [(Int, Int, Double)] = []
        for i in 0 ..< count { for j in i + 1 ..< count { ties.append((i, j, weight)) } }
        return graph(count, ties)
    }

    /// The same graph with node i renumbered `permutation[i]`.
    static func relabel(_ g: SignedGraph, _ permutation: [Int]) -> SignedGraph {
        var nodes = [String](repeating: "", count: g.nodeCount)
        for (old, new) in permutation.enumerated() { nodes[new] = g.nodes[old] }
        // Each pair keeps its relation and its cooperative part (a mixed pair's differs).
        var h = SignedGraph(nodes: nodes)
        for (i, row) in g.adjacency.enumerated() {
            for neighbour in row where neighbour.node > i {
                h.setWeight(h.index[g.nodes[i]]!, h.index[g.nodes[neighbour.node]]!, neighbour.weight, cooperative: neighbour.cooperative)
            }
        }
        return h
    }

    /// A graph of `count` nodes and about `ties` ties, weights in −1…+1 with a third negative,
    /// from a fixed linear congruential generator (the same on every platform).
    static func random(count: Int, ties: Int, seed: UInt64) -> SignedGraph {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        var pairs: [(Int, Int, Double)] = []
        for _ in 0 ..< ties {
            let i = Int(next() % UInt64(count)), j = Int(next() % UInt64(count))
            guard i != j else { continue }
            let magnitude = Double(next() % 100 + 1) / 100
            pairs.append((i, j, next() % 3 == 0 ? -magnitude : magnitude))
        }
        return graph(count, pairs)
    }

    /// The Gahuku-Gama network (Read 1954; Hage & Harary 1983): 16 subtribes, 58 ties ±1,
    /// nodes numbered in order of first appearance in the CSV.
    static func gahukuGama() throws -> SignedGraph {
        let url = Fixture.url("analysis/gahuku-gama.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var nodes: [String] = []
        var pairs: [(String, String, Double)] = []
        for line in lines {
            let fields = line.split(separator: ",").map(String.init)
            try #require(fields.count == 3)
            for name in fields[0 ... 1] where !nodes.contains(name) { nodes.append(name) }
            pairs.append((fields[0], fields[1], try #require(Double(fields[2]))))
        }
        return SignedGraph(nodes: nodes, pairs: pairs)
    }
}
