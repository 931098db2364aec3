#!/usr/bin/env python3
"""The graph measures relgraph computes, by NetworkX, on the same graph: the peer for `make bench`.

Reads the graph `relgraph bench-internal --edge-list` wrote (node numbers, one pair per line
with its summed and clamped weight), times each measure as relgraph's docs/ say NetworkX
computes it, and prints 'stage<TAB>seconds' lines. With --values (what `bench-internal
--values` wrote) it also prints, for each measure, the largest difference from relgraph's
values: 'agree-<measure><TAB>max |difference|'.

    networkx_measures.py EDGES [--values VALUES] [--sources K]

--sources K computes betweenness from K sampled sources (networkx's k=K) instead of exactly:
pure-Python exact betweenness takes hours on 10,000 actors.
"""
import argparse
import sys
import time

import networkx as nx

try:
    import scipy.sparse  # noqa: F401 -- nx.pagerank imports it on first use: not part of the timing
except ImportError:
    pass


def read_graph(path):
    graph = nx.Graph()
    with open(path) as lines:
        header = lines.readline().split()
        graph.add_nodes_from(range(int(header[2])))
        for line in lines:
            i, j, w = line.split("\t")
            graph.add_edge(int(i), int(j), weight=float(w))
    return graph


def read_values(path):
    values = {}
    with open(path) as lines:
        for line in lines:
            measure, node, value = line.rstrip("\n").split("\t")
            values.setdefault(measure, {})[int(node)] = float(value)
    return values


def timed(stage, function):
    """The median of repeated runs, as relgraph bench-internal times its own: at least three,
    more while they take under 0.3 s together (at most 25); one when a run takes over 3 s."""
    times = []
    while True:
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
        spent = sum(times)
        if times[0] > 3 or len(times) >= 25 or (len(times) >= 3 and spent >= 0.3):
            break
    times.sort()
    print(f"{stage}\t{times[len(times) // 2]:.9f}", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("--values")
    parser.add_argument("--sources", type=int, default=0)
    args = parser.parse_args()

    graph = timed("read", lambda: read_graph(args.edges))
    # What relgraph measures: ties of weight exactly 0 are no ties; centralities on the
    # cooperative part, distance 1/w.
    nonzero = nx.Graph()
    nonzero.add_nodes_from(graph)
    nonzero.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if d["weight"] != 0)
    cooperative = nx.Graph()
    cooperative.add_nodes_from(graph)
    cooperative.add_edges_from((u, v, {"weight": d["weight"], "distance": 1 / d["weight"]})
                               for u, v, d in graph.edges(data=True) if d["weight"] > 0)

    results = {}
    def strength_and_degree():
        positive = {node: 0.0 for node in graph}
        negative = {node: 0.0 for node in graph}
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
        mine = read_values(args.values)
        for measure, theirs in results.items():
            # Sampled betweenness draws other sources than relgraph's: nothing to compare.
            if measure not in mine or measure == "betweenness-sampled":
                continue
            difference = max(abs(mine[measure][node] - value) for node, value in theirs.items())
            print(f"agree-{measure}\t{difference:.3g}")
        print(f"agree-triangles\t{abs(mine['triangles'][0] - triangles):.3g}")
        print(f"agree-components\t{abs(mine['components'][0] - len(components)):.3g}")
        members = [node for component in components for node in component + [-1]]
        same = [float(node) for node in members] == [mine["component-members"][i] for i in range(len(members))]
        print(f"agree-component-members\t{0 if same else 1}")


if __name__ == "__main__":
    sys.exit(main())
