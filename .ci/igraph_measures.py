#!/usr/bin/env python3
"""The graph measures relgraph computes, by igraph (C, through its Python interface), on the same
graph: a peer for `make bench`.

Reads the graph `relgraph bench-internal --edge-list` wrote (.ci/peer_graph.py), times each
measure's igraph call and prints 'stage<TAB>seconds' lines. Only the library call is timed;
bringing its result to relgraph's definition (a factor, a norm) is not. With --values (what
`bench-internal --values` wrote) it also prints, per measure, the largest difference from
relgraph's values: 'agree-<measure><TAB>max |difference|'.

    igraph_measures.py EDGES [--values VALUES] [--sources K]

Where igraph's definition differs, and what is done about it:
  - betweenness: igraph counts each unordered pair once and does not normalise: times
    2 / ((n − 1)(n − 2)). Path lengths are compared with a relative tolerance of 1e-10
    (relgraph: exactly), so paths of nearly equal length may count differently.
  - closeness: igraph divides by the distances to the actors reached only, without
    Wasserman–Faust's factor (r − 1)/(n − 1): applied, with r the actor's component size.
  - eigenvector: igraph solves with ARPACK (to machine precision) and scales the largest value
    to 1: rescaled to norm 1. relgraph's power iteration stops at a tolerance.
  - PageRank: PRPACK solves the same system (isolated actors spread their share evenly, as in
    relgraph and NetworkX), to its own tolerance.
  - triangles: `list_triangles` lists them (relgraph also sorts them into balanced and not).
  - components: the membership vector, sorted into relgraph's form after timing.
"""
import sys
import warnings

import igraph

# The cooperative subgraph of a synthetic model is not connected: igraph says so on every call.
warnings.filterwarnings("ignore", message="Some eigenvector centralities are nearly zero")

from peer_graph import Graph, main_arguments, print_agreement, print_peak_memory, read_values, sampled_sources, timed, wasserman_faust


def main():
    args = main_arguments(__doc__.splitlines()[0],
                          "also betweenness from relgraph's K sampled sources (the same ones: compared)")
    graph = timed("read", lambda: Graph(args.edges))
    n = graph.nodes

    def build():
        signed = igraph.Graph(n=n, edges=[(i, j) for i, j, _ in graph.signed])
        cooperative = igraph.Graph(n=n, edges=[(i, j) for i, j, _ in graph.cooperative])
        cooperative.es["weight"] = [c for _, _, c in graph.cooperative]
        cooperative.es["distance"] = [1 / c for _, _, c in graph.cooperative]
        positive = [max(r, 0.0) for _, _, r in graph.signed]
        negative = [max(-r, 0.0) for _, _, r in graph.signed]
        return signed, cooperative, positive, negative

    signed, cooperative, positive, negative = timed("build", build)
    results = {}
    pair_scale = 2 / ((n - 1) * (n - 2)) if n >= 3 else 1.0

    results["positive-strength"], results["negative-strength"], results["degree"] = timed("strength+degree", lambda: (
        signed.strength(weights=positive), signed.strength(weights=negative), signed.degree()))
    raw = timed("betweenness", lambda: cooperative.betweenness(weights="distance", directed=False))
    results["betweenness"] = [value * pair_scale for value in raw] if n >= 3 else raw
    if args.sources and args.sources < n:
        sources = sampled_sources(n, args.sources)
        raw = timed("betweenness-sampled", lambda: cooperative.betweenness(weights="distance", directed=False, sources=sources))
        # relgraph's estimator: the sum over the sampled sources, scaled by n/k.
        results["betweenness-sampled"] = [value * pair_scale * n / len(sources) for value in raw]
    raw = timed("closeness", lambda: cooperative.closeness(weights="distance", normalized=True))
    membership = cooperative.connected_components(mode="weak").membership
    sizes = {}
    for label in membership:
        sizes[label] = sizes.get(label, 0) + 1
    results["closeness"] = wasserman_faust([0.0 if value != value else value for value in raw],
                                           [sizes[label] for label in membership], n)
    results["pagerank"] = timed("pagerank", lambda: cooperative.pagerank(weights="weight", damping=0.85, directed=False))
    raw = timed("eigenvector", lambda: cooperative.eigenvector_centrality(weights="weight"))
    norm = sum(value * value for value in raw) ** 0.5 or 1.0
    results["eigenvector"] = [value / norm for value in raw]
    triangles = len(timed("triangles", lambda: signed.list_triangles()))
    clustering = timed("components", lambda: signed.connected_components(mode="weak"))

    if args.values:
        members = {}
        for node, label in enumerate(clustering.membership):
            members.setdefault(label, []).append(node)
        components = sorted(members.values())
        print_agreement(results, read_values(args.values), triangles, components)
    print_peak_memory()


if __name__ == "__main__":
    sys.exit(main())
