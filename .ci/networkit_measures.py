#!/usr/bin/env python3
"""The graph measures relgraph computes, by NetworKit (C++ with OpenMP, through its Python
interface), on the same graph: a peer for `make bench`.

Reads the graph `relgraph bench-internal --edge-list` wrote (.ci/peer_graph.py), times each
measure's NetworKit call (`run()`) and prints 'stage<TAB>seconds' lines. Only the call is timed;
reading its scores and bringing them to relgraph's definition is not. With --values it also
prints, per measure, the largest difference from relgraph's values:
'agree-<measure><TAB>max |difference|'.

    networkit_measures.py EDGES [--values VALUES] [--sources K]

Where NetworKit's definition differs, and what is done about it:
  - strength: NetworKit has no call that gives every node's weighted degree (a Python loop over
    `weightedDegree` would time Python): degree only, not compared on time.
  - betweenness and closeness run on a graph whose edge weights are the distances 1/c.
    Closeness: the GENERALIZED variant, which is Wasserman–Faust's form. Sampled betweenness:
    `EstimateBetweenness` draws its own K sources, so its values are not compared.
  - PageRank: on the directed graph with both arcs of each pair and `DistributeSinks`, so an
    isolated actor spreads its share evenly as in relgraph (on an undirected graph NetworKit
    lets that share leak); stops on the L1 change at relgraph's threshold, n · 1e-12.
  - eigenvector: power iteration on A (relgraph: A + I) from the all-ones vector, stopping when
    the eigenvalue estimate changes by less than the tolerance (given relgraph's, 1e-12); the
    eigenvalue settles sooner than the vector, so it stops earlier and looser than relgraph.
  - triangles: `TriangleEdgeScore` (each edge's triangles; their sum / 3).
"""
import sys

import networkit

from peer_graph import Graph, main_arguments, print_agreement, print_peak_memory, read_values, timed

TOLERANCE = 1e-12  # GraphMetrics.tolerance
DAMPING = 0.85     # GraphMetrics.pagerankAlpha


def main():
    args = main_arguments(__doc__.splitlines()[0], "also betweenness estimated from K sampled sources of its own")
    networkit.engineering.setLogLevel("ERROR")
    networkit.setSeed(1, False)
    graph = timed("read", lambda: Graph(args.edges))
    n = graph.nodes

    def build():
        signed = networkit.Graph(n)
        for i, j, _ in graph.signed:
            signed.addEdge(i, j)
        signed.indexEdges()
        distance = networkit.Graph(n, weighted=True)
        weight = networkit.Graph(n, weighted=True)
        arcs = networkit.Graph(n, weighted=True, directed=True)
        for i, j, c in graph.cooperative:
            distance.addEdge(i, j, 1 / c)
            weight.addEdge(i, j, c)
            arcs.addEdge(i, j, c)
            arcs.addEdge(j, i, c)
        return signed, distance, weight, arcs

    signed, distance, weight, arcs = timed("build", build)
    results = {}

    def run(algorithm):
        algorithm.run()
        return algorithm

    degree = timed("degree", lambda: run(networkit.centrality.DegreeCentrality(signed)))
    results["degree"] = degree.scores()
    betweenness = timed("betweenness", lambda: run(networkit.centrality.Betweenness(distance, normalized=True)))
    results["betweenness"] = betweenness.scores()
    if args.sources and args.sources < n:
        timed("betweenness-sampled", lambda: run(networkit.centrality.EstimateBetweenness(distance, args.sources, True, True)))
    closeness = timed("closeness", lambda: run(networkit.centrality.Closeness(
        distance, True, networkit.centrality.ClosenessVariant.GENERALIZED)))
    results["closeness"] = closeness.scores()

    def pagerank():
        algorithm = networkit.centrality.PageRank(arcs, DAMPING, n * TOLERANCE, False, networkit.centrality.SinkHandling.DistributeSinks)
        algorithm.norm = networkit.centrality.Norm.L1_NORM
        algorithm.maxIterations = 1000
        return run(algorithm)

    results["pagerank"] = timed("pagerank", pagerank).scores()
    results["eigenvector"] = timed("eigenvector", lambda: run(networkit.centrality.EigenvectorCentrality(weight, TOLERANCE))).scores()
    triangles = timed("triangles", lambda: run(networkit.sparsification.TriangleEdgeScore(signed)))
    triangle_count = round(sum(triangles.scores()) / 3)
    components = timed("components", lambda: run(networkit.components.ConnectedComponents(signed)))

    if args.values:
        members = sorted(sorted(component) for component in components.getComponents())
        print_agreement(results, read_values(args.values), triangle_count, members)
    print_peak_memory()


if __name__ == "__main__":
    sys.exit(main())
