#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How two actors are connected on one day: the strongest chains of cooperation, and the
/// shortest chains of any sign, each step traced to the ties and citations behind it.
///
/// Both searches run on `snapshot.signedGraph`, the relations every measure reads (a pair's
/// `Relation` of its ties; a pair of relation exactly 0 is no relation), with
/// `shortestSimplePaths(_:from:to:limit:length:)` (Yen's algorithm).
public enum ChainSearch {
    /// Up to `limit` chains of cooperative relations (w > 0 at every step), strongest first:
    /// the greatest product of weights, i.e. the shortest paths with length −log w; among
    /// equally strong chains, the one with fewer ties first. Empty when no cooperative chain
    /// joins the two. `from` and `to` must be distinct actors of the snapshot.
    public static func strongestCooperative(in snapshot: Snapshot, from: String, to: String, limit: Int) -> [Chain] {
        search(snapshot, from: from, to: to, limit: limit) { weight in weight > 0 ? (-log(weight), 1) : nil }
    }

    /// Up to `limit` chains with the fewest ties, of any sign, the strongest (greatest product
    /// of |w|) first. Only chains of that least length are returned: "shortest" means shortest.
    /// Empty when the two are not connected at all. The search stops at the first longer
    /// chain, so a large `limit` costs nothing when few chains are that short.
    public static func shortestSigned(in snapshot: Snapshot, from: String, to: String, limit: Int) -> [Chain] {
        search(snapshot, from: from, to: to, limit: limit, shortestPrimaryOnly: true) { weight in (1, -log(abs(weight))) }
    }

    static func search(_ snapshot: Snapshot, from: String, to: String, limit: Int, shortestPrimaryOnly: Bool = false,
                       length: (Double) -> (Double, Double)?) -> [Chain] {
        let graph = snapshot.signedGraph
        guard let source = graph.index[from], let target = graph.index[to], source != target else { return [] }
        let paths = shortestSimplePaths(graph, from: source, to: target, limit: limit, shortestPrimaryOnly: shortestPrimaryOnly, length: length)
        let model = snapshot.model
        var tiesOfPair: [Pair: [Int]] = [:]
        for index in snapshot.tieIndices { tiesOfPair[model.ties[index].unorderedPair, default: []].append(index) }
        return paths.map { path in
            let steps = zip(path, path.dropFirst()).map { a, b in
                Chain.Step(from: graph.nodes[a], to: graph.nodes[b], weight: graph.weight(a, b) ?? 0,
                           ties: tiesOfPair[Pair(graph.nodes[a], graph.nodes[b])] ?? [])
            }
            return Chain(actors: path.map { graph.nodes[$0] }, steps: steps)
        }
    }
}
