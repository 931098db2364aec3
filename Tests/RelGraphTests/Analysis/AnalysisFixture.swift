import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// Small weighted fixtures with mixed signs, equal-length alternative routes, disconnected
/// parts and isolated nodes, and what NetworkX computes on them.
///
/// Graphs and values come from Tests/TestSupport/Fixtures/analysis/networkx-reference.json, written by
/// networkx-reference.py beside it (NetworkX 3.6.1; the script's docstring gives the
/// exact call behind every value, and how to regenerate the file). `full` is every tie with
/// distance 1/|w|, `cooperative` the ties with w > 0 (what `cooperativePart` keeps).
struct AnalysisFixture: Sendable, CustomStringConvertible {
    let name: String
    let nodes: [String]
    let pairs: [(String, String, Double)]
    let expected: Expected

    /// The reference values, one entry per node in `nodes` order where per node.
    struct Expected: Decodable, Sendable {
        let degree: [Int]
        let positiveStrength: [Double]
        let negativeStrength: [Double]
        let betweenness: [Double]
        let betweennessCooperative: [Double]
        let betweennessCooperativeRaw: [Double]
        let closeness: [Double]
        let closenessCooperative: [Double]
        let pagerankCooperative: [Double]
        let eigenvectorCooperative: [Double]
        let density: Double
        /// Node ids, each component in node order, components by their first node.
        let components: [[String]]
        let triangles: Int
        let balancedTriangles: Int
        let balance: Double
        let unweightedBalance: Double
    }

    var graph: SignedGraph { SignedGraph(nodes: nodes, pairs: pairs) }
    var description: String { name }

    var betweennessFull: [Double] { expected.betweenness }
    var betweennessCooperative: [Double] { expected.betweennessCooperative }
    var betweennessCooperativeRaw: [Double] { expected.betweennessCooperativeRaw }
    var closenessFull: [Double] { expected.closeness }
    var closenessCooperative: [Double] { expected.closenessCooperative }
    var pagerankCooperative: [Double] { expected.pagerankCooperative }
    var eigenvectorCooperative: [Double] { expected.eigenvectorCooperative }

    /// Every fixture of the reference file, in its order; empty when the file cannot be read
    /// (NetworkXReferenceTests then fails on the list of names).
    static let all: [AnalysisFixture] = document?.fixtures.map { entry in
        AnalysisFixture(name: entry.name, nodes: entry.nodes, pairs: entry.pairs.map { ($0.a, $0.b, $0.weight) }, expected: entry.expected)
    } ?? []

    /// Chains NetworkX finds on the fixtures: the reference for `shortestSimplePaths`.
    static let paths: [PathReference] = document?.paths ?? []

    /// A chain of groups: two equal routes A–B–D and A–C–D, a weak detour, a hostile shortcut A–E, isolated L.
    static var corridor: AnalysisFixture { named("corridor") }
    /// A 3×3 lattice with dyadic weights (many equal-length routes) and hostile diagonals; Z is isolated.
    static var lattice: AnalysisFixture { named("lattice") }
    /// 13 nodes with random ties (Python random.Random(20240611), p = 0.36, a third negative) and isolated N13.
    static var random14: AnalysisFixture { named("random14") }

    static func named(_ name: String) -> AnalysisFixture {
        all.first { $0.name == name } ?? AnalysisFixture(name: name, nodes: [], pairs: [], expected: .none)
    }

    private struct Document: Decodable {
        struct Entry: Decodable {
            let name: String
            let nodes: [String]
            let pairs: [PairEntry]
            let expected: Expected
        }
        let fixtures: [Entry]
        let paths: [PathReference]
    }

    /// `["A", "B", 0.5]` in the JSON.
    private struct PairEntry: Decodable {
        let a: String, b: String, weight: Double
        init(from decoder: any Decoder) throws {
            var list = try decoder.unkeyedContainer()
            a = try list.decode(String.self)
            b = try list.decode(String.self)
            weight = try list.decode(Double.self)
        }
    }

    private static let document: Document? = {
        guard let data = try? Data(contentsOf: Fixture.url("analysis/networkx-reference.json")) else { return nil }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(Document.self, from: data)
    }()
}

/// Paths between two nodes of a fixture, as NetworkX lists them.
struct PathReference: Decodable, Sendable, CustomStringConvertible {
    /// `cooperative`: the first `limit` of `shortest_simple_paths` with length −log w over
    /// positive ties, with `lengths`; `fewest-ties`: every path with the fewest ties, sorted.
    let kind: String
    let fixture: String
    let source: String
    let target: String
    let limit: Int?
    let paths: [[String]]
    let lengths: [Double]?

    var description: String { "\(fixture) \(source)→\(target) (\(kind))" }
}

extension AnalysisFixture.Expected {
    /// No values: what a fixture missing from the file compares against, so its tests fail.
    static let none = Self(degree: [], positiveStrength: [], negativeStrength: [], betweenness: [], betweennessCooperative: [],
                           betweennessCooperativeRaw: [], closeness: [], closenessCooperative: [], pagerankCooperative: [],
                           eigenvectorCooperative: [], density: .nan, components: [], triangles: -1, balancedTriangles: -1,
                           balance: .nan, unweightedBalance: .nan)
}
