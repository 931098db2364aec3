#!/usr/bin/env python3
"""The graph measures relgraph computes, by NetworkX, on the same graph: a peer for `make bench`.

Reads the graph `relgraph bench-internal --edge-list` wrote (.ci/peer_graph.py: each pair's
relation and its cooperative weight), times each measure as relgraph's docs/ say NetworkX
computes it, and prints 'stage<TAB>seconds' lines. With --values (what `bench-internal
--values` wrote) it also prints, for each measure, the largest difference from relgraph's
values: 'agree-<measure><TAB>max |difference|'.

    networkx_measures.py EDGES [--values VALUES] [--sources K]

--sources K computes betweenness from K sampled sources (networkx's k=K) instead of exactly, and
no closeness: pure-Python exact betweenness takes hours on 10,000 actors.

Where NetworkX's definition differs, and what is done about it:
  - none: relgraph's measures are defined as NetworkX computes them (docs/metrics.md), to the
    order of the additions where it can be kept.
  - sampled betweenness: NetworkX draws its own k sources (seed 1), so its values are not
    compared.
"""
import sys

import networkx as nx

from peer_graph import Graph, main_arguments, print_agreement, print_peak_memory, read_values, timed

try:
    import scipy.sparse  # noqa: F401 -- nx.pagerank imports it on first use: not part of the timing
except ImportError:
    pass


def read_graph(path):
    """The graph of ties (r != 0, weight r) and the cooperative subgraph (weight c, distance 1/c)."""
    edges = Graph(path)
    signed = nx.Graph()
    signed.add_nodes_from(range(edges.nodes))
    signed.add_weighted_edges_from(edges.signed)
    cooperative = nx.Graph()
    cooperative.add_nodes_from(range(edges.nodes))
    cooperative.add_edges_from((i, j, {"weight": c, "distance": 1 / c}) for i, j, c in edges.cooperative)
    return signed, cooperative


def main():
    args = main_arguments(__doc__.splitlines()[0],
                          "betweenness from K sampled sources (networkx's k=K) instead of exactly, and no closeness")
    nonzero, cooperative = timed("read", lambda: read_graph(args.edges))

    results = {}
    def strength_and_degree():
        positive = {node: 0.0 for node in nonzero}
        negative = {node: 0.0 for node in nonzero}
        for u, v, w in nonzero.edges(data="weight"):
            side = positive if w > 0 else negative
            side[u] += abs(w)
            side[v] += abs(w)
        return positive, negative, dict(nonzero.degree())

    results["positive-strength"], results["negative-strength"], results["degree"] = timed("strength+degree", strength_and_degree)
    if args.sources:
        results["betweenness-sampled"] = timed("betweenness-sampled", lambda: nx.betweenness_centrality(
            cooperative, k=args.sources, seed=1, weight="distance", normalized=True))
    else:
        results["betweenness"] = timed("betweenness", lambda: nx.betweenness_centrality(
            cooperative, weight="distance", normalized=True))
        results["closeness"] = timed("closeness", lambda: nx.closeness_centrality(cooperative, distance="distance"))
    results["pagerank"] = timed("pagerank", lambda: nx.pagerank(cooperative, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000))
    results["eigenvector"] = timed("eigenvector", lambda: nx.eigenvector_centrality(cooperative, weight="weight", max_iter=1000, tol=1e-12))
    triangles = timed("triangles", lambda: sum(nx.triangles(nonzero).values()) // 3)
    # What relgraph's connectedComponents returns: every component's members, sorted.
    components = timed("components", lambda: sorted(sorted(c) for c in nx.connected_components(nonzero)))

    if args.values:
        # Sampled betweenness draws other sources than relgraph's: nothing to compare.
        results.pop("betweenness-sampled", None)
        print_agreement(results, read_values(args.values), triangles, components)
    print_peak_memory()


if __name__ == "__main__":
    sys.exit(main())
