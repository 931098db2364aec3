#!/usr/bin/env python3
"""Reference values from NetworkX for relgraph's graph measures.

Writes, beside this script, networkx-reference.json: for each fixture graph its nodes, its
pairs and what NetworkX computes on it. Tests/RelGraphTests/Analysis/NetworkXReferenceTests.swift
(and the per-measure suites, through AnalysisFixture) load that file and compare every value
to 1e-9, so the tests need no Python.

Also writes Tests/TestSupport/Fixtures/metrics-reference.json: the same measures for the
model Tests/TestSupport/Fixtures/caucasus-mini.yaml as of 2024-01-01, which
MetricsCommandTests compares with `relgraph metrics --format json|csv`.

Regenerate (needs Python 3 with networkx and PyYAML; written with networkx 3.6.1):

    python3 Tests/TestSupport/Fixtures/analysis/networkx-reference.py

The output is deterministic: keys sorted, floats in Python's shortest round-trip form.

How each value is computed (G: every tie, attributes weight=w and distance=1/|w|;
coop: the ties with w > 0 only, what SignedGraph.cooperativePart keeps; nodes added in the
fixture's order, so isolated nodes exist):
    degree                        dict(G.degree())
    positive_strength             dict(coop.degree(weight="weight"))
    negative_strength             degree(weight="magnitude") on the ties with w < 0, magnitude=|w|
    betweenness                   nx.betweenness_centrality(G, weight="distance", normalized=True)
    betweenness_cooperative       nx.betweenness_centrality(coop, weight="distance", normalized=True)
    betweenness_cooperative_raw   nx.betweenness_centrality(coop, weight="distance", normalized=False)
    closeness                     nx.closeness_centrality(G, distance="distance")
    closeness_cooperative         nx.closeness_centrality(coop, distance="distance")
    pagerank_cooperative          nx.pagerank(coop, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
    eigenvector_cooperative       nx.eigenvector_centrality(coop, weight="weight", max_iter=1000, tol=1e-12)
    density                       nx.density(G)
    components                    sorted(sorted(c) for c in nx.connected_components(G)), by node order
    triangles, balanced_triangles,
    balance, unweighted_balance   from the 3-cliques of nx.enumerate_all_cliques(G): a triangle
                                  is balanced when its signs multiply to +; balance weighs each
                                  triangle by |w_ij w_jk w_ki| (NetworkX has no signed balance)
Blocs have no NetworkX equivalent; they are pinned against brute force in AnalysisBlocsTests.

Chains (`paths` in the output, for shortestSimplePaths and relgraph path):
    cooperative   itertools.islice(nx.shortest_simple_paths(coop, s, t, weight="length"), limit)
                  with length = -log(w): the strongest chains, with their lengths
    fewest-ties   sorted(nx.all_shortest_paths(G, s, t)): every chain with the fewest ties
"""

import calendar
import itertools
import json
import math
import os
from datetime import date

import networkx as nx
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

FIXTURES = [
    {
        "name": "corridor",
        "description": "A chain of groups: two equal routes A-B-D and A-C-D, a weak detour, "
                       "a hostile shortcut A-E, isolated L.",
        "nodes": ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"],
        "pairs": [
            ("A", "B", 1.0), ("A", "C", 1.0), ("B", "D", 1.0), ("C", "D", 1.0), ("D", "E", 0.5),
            ("E", "F", 0.8), ("D", "F", -0.4), ("F", "G", 0.25), ("E", "G", 0.3), ("G", "H", 1.0),
            ("H", "I", -0.6), ("I", "J", 0.7), ("J", "H", 0.9), ("B", "C", -0.2), ("A", "E", -1.0),
            ("I", "K", 0.35), ("K", "J", 0.45),
        ],
    },
    {
        "name": "lattice",
        "description": "A 3x3 lattice with dyadic weights (many equal-length routes) and hostile "
                       "diagonals; Z is isolated.",
        "nodes": ["p11", "p12", "p13", "p21", "p22", "p23", "p31", "p32", "p33", "Z"],
        "pairs": [
            ("p11", "p12", 1.0), ("p12", "p13", 1.0), ("p21", "p22", 1.0), ("p22", "p23", 0.5),
            ("p31", "p32", 1.0), ("p32", "p33", 1.0), ("p11", "p21", 1.0), ("p21", "p31", 0.5),
            ("p12", "p22", 1.0), ("p22", "p32", 1.0), ("p13", "p23", 1.0), ("p23", "p33", 1.0),
            ("p11", "p22", -0.5), ("p13", "p22", -0.25), ("p31", "p13", -1.0), ("p33", "p11", -0.75),
        ],
    },
    {
        "name": "random14",
        "description": "13 nodes with random ties (Python random.Random(20240611), p = 0.36, "
                       "a third negative) and isolated N13.",
        "nodes": ["N%02d" % i for i in range(14)],
        "pairs": [
            ("N00", "N03", -0.25), ("N00", "N04", 1.0), ("N00", "N08", -0.5), ("N00", "N09", 0.34),
            ("N01", "N07", 0.25), ("N02", "N06", 0.96), ("N02", "N11", 0.5), ("N02", "N12", 0.25),
            ("N03", "N08", -0.5), ("N03", "N09", 0.78), ("N03", "N11", 1.0), ("N04", "N06", -0.64),
            ("N04", "N08", -0.25), ("N04", "N10", 0.5), ("N05", "N06", 1.0), ("N06", "N07", 1.0),
            ("N06", "N09", 1.0), ("N06", "N10", 0.5), ("N07", "N09", 0.62), ("N07", "N10", 1.0),
            ("N08", "N09", 0.8), ("N08", "N10", 0.25), ("N08", "N12", 0.25), ("N10", "N12", 0.25),
            ("N11", "N12", 0.5),
        ],
    },
    {
        "name": "archipelago",
        "description": "Three islands: a friendly square with a hostile diagonal, a hostile "
                       "triangle with one friendly spoke, a lone friendly pair; W is isolated. "
                       "Centralities must not leak between islands.",
        "nodes": ["P", "Q", "R", "S", "T", "U", "V", "X", "Y", "Z", "W"],
        "pairs": [
            ("P", "Q", 0.9), ("Q", "R", 0.6), ("R", "S", 0.9), ("S", "P", 0.3), ("P", "R", -0.7),
            ("T", "U", -0.8), ("U", "V", -0.5), ("V", "T", -0.35), ("V", "X", 0.55),
            ("Y", "Z", 0.4),
        ],
    },
]


def gahuku_gama():
    """The Gahuku-Gama network from gahuku-gama.csv, nodes in order of first appearance."""
    nodes, pairs = [], []
    with open(os.path.join(HERE, "gahuku-gama.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            a, b, w = line.strip().split(",")
            for name in (a, b):
                if name not in nodes:
                    nodes.append(name)
            pairs.append((a, b, float(w)))
    return {
        "name": "gahuku-gama",
        "description": "Read (1954), Hage & Harary (1983): 16 subtribes, 58 ties of +1 or -1 "
                       "(gahuku-gama.csv).",
        "nodes": nodes,
        "pairs": pairs,
    }


def graphs(nodes, pairs):
    """G (every tie), coop (w > 0) and neg (w < 0), nodes in the given order."""
    full, coop, neg = nx.Graph(), nx.Graph(), nx.Graph()
    for g in (full, coop, neg):
        g.add_nodes_from(nodes)
    for a, b, w in pairs:
        if w == 0:
            continue
        full.add_edge(a, b, weight=w, distance=1 / abs(w))
        if w > 0:
            coop.add_edge(a, b, weight=w, distance=1 / w)
        else:
            neg.add_edge(a, b, magnitude=-w)
    return full, coop, neg


def triangle_balance(full):
    triangles = balanced = 0
    total = balanced_weight = 0.0
    for clique in nx.enumerate_all_cliques(full):
        if len(clique) < 3:
            continue
        if len(clique) > 3:
            break
        a, b, c = clique
        ws = [full[a][b]["weight"], full[b][c]["weight"], full[a][c]["weight"]]
        product = abs(ws[0] * ws[1] * ws[2])
        triangles += 1
        total += product
        if sum(1 for w in ws if w < 0) % 2 == 0:
            balanced += 1
            balanced_weight += product
    if triangles == 0:
        return 0, 0, 1.0, 1.0
    return triangles, balanced, balanced_weight / total, balanced / triangles


def reference(nodes, pairs):
    full, coop, neg = graphs(nodes, pairs)

    def per_node(values):
        return [values[v] for v in nodes]

    position = {v: i for i, v in enumerate(nodes)}
    components = sorted((sorted(c, key=position.get) for c in nx.connected_components(full)),
                        key=lambda c: position[c[0]])
    triangles, balanced, balance, unweighted = triangle_balance(full)
    return {
        "degree": per_node(dict(full.degree())),
        "positive_strength": per_node(dict(coop.degree(weight="weight"))),
        "negative_strength": per_node(dict(neg.degree(weight="magnitude"))),
        "betweenness": per_node(nx.betweenness_centrality(full, weight="distance", normalized=True)),
        "betweenness_cooperative": per_node(nx.betweenness_centrality(coop, weight="distance", normalized=True)),
        "betweenness_cooperative_raw": per_node(nx.betweenness_centrality(coop, weight="distance", normalized=False)),
        "closeness": per_node(nx.closeness_centrality(full, distance="distance")),
        "closeness_cooperative": per_node(nx.closeness_centrality(coop, distance="distance")),
        "pagerank_cooperative": per_node(nx.pagerank(coop, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)),
        "eigenvector_cooperative": per_node(nx.eigenvector_centrality(coop, weight="weight", max_iter=1000, tol=1e-12)),
        "density": nx.density(full),
        "components": components,
        "triangles": triangles,
        "balanced_triangles": balanced,
        "balance": balance,
        "unweighted_balance": unweighted,
    }


PATHS = [
    {"fixture": "random14", "kind": "cooperative", "source": "N00", "target": "N12", "limit": 8},
    {"fixture": "corridor", "kind": "fewest-ties", "source": "A", "target": "K"},
    {"fixture": "gahuku-gama", "kind": "fewest-ties", "source": "Gaveve", "target": "Gehamo"},
]


def paths_reference(case, fixture):
    full, coop, _ = graphs(fixture["nodes"], fixture["pairs"])
    s, t = case["source"], case["target"]
    result = dict(case)
    if case["kind"] == "cooperative":
        for a, b, data in coop.edges(data=True):
            data["length"] = -math.log(data["weight"])
        found = list(itertools.islice(nx.shortest_simple_paths(coop, s, t, weight="length"), case["limit"]))
        result["paths"] = found
        result["lengths"] = [sum(coop[a][b]["length"] for a, b in zip(p, p[1:])) for p in found]
    else:
        result["paths"] = sorted(nx.all_shortest_paths(full, s, t))
    return result


def partial_date(text, last):
    """A relgraph date (YYYY, YYYY-MM, YYYY-MM-DD) as its first or last day."""
    parts = [int(p) for p in str(text).split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        y, m = parts
        return date(y, m, calendar.monthrange(y, m)[1] if last else 1)
    return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)


def holds(entry, day):
    since, until = entry.get("since"), entry.get("until")
    if since is not None and day < partial_date(since, last=False):
        return False
    if until is not None and day > partial_date(until, last=True):
        return False
    return True


def model_reference(path, at):
    """A relgraph model as of a day: actors that exist, ties that hold, each pair's relation
    made from its ties as relgraph's Relation makes it (docs/relations.md), then reference() on
    it. The cooperative subgraph of reference() keeps the pairs with r > 0, which is relgraph's
    (pairs with c > 0, weighted by c) only when no pair mixes signs: asserted below."""
    with open(path, encoding="utf-8") as f:
        model = yaml.load(f, Loader=yaml.BaseLoader)  # strings only: dates stay as written
    day = partial_date(at, last=False)
    actors = [a for a in model["actors"] if holds(a, day)]
    present = {a["id"] for a in actors}
    ties = {}
    for tie in model.get("ties", []):
        a, b = tie["between"] if "between" in tie else (tie["from"], tie["to"])
        if not holds(tie, day) or a not in present or b not in present:
            continue
        share = 0.5 if "from" in tie and tie["kind"] in ("mediation", "leverage") else 1.0
        ties.setdefault(tuple(sorted((a, b))), []).append(share * float(tie["weight"]))
    pairs = []
    for (a, b), weights in sorted(ties.items()):
        assert not (any(w > 0 for w in weights) and any(w < 0 for w in weights)), "a mixed pair: see the docstring"
        pairs.append((a, b, relation(weights)))
    nodes = [a["id"] for a in actors]
    return {"model": os.path.relpath(path, ROOT), "date": at, "nodes": nodes,
            "labels": [a.get("label", a["id"]) for a in actors], "expected": reference(nodes, pairs)}


def relation(weights):
    """r = c - d: c = 1 - (1 - p1) * prod(1 - p_i / 2) over the positive weights, largest first;
    d the same over the magnitudes of the negative ones."""
    def part(magnitudes):
        if len(magnitudes) < 2:
            return magnitudes[0] if magnitudes else 0.0
        magnitudes = sorted(magnitudes, reverse=True)
        gap = 1 - magnitudes[0]
        for p in magnitudes[1:]:
            gap *= 1 - 0.5 * p
        return 1 - gap
    return part([w for w in weights if w > 0]) - part([-w for w in weights if w < 0])


def write(path, document):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def main():
    fixtures = []
    for fixture in FIXTURES + [gahuku_gama()]:
        fixtures.append({
            "name": fixture["name"],
            "description": fixture["description"],
            "nodes": fixture["nodes"],
            "pairs": [list(p) for p in fixture["pairs"]],
            "expected": reference(fixture["nodes"], fixture["pairs"]),
        })
    by_name = {f["name"]: f for f in fixtures}
    paths = [paths_reference(case, by_name[case["fixture"]]) for case in PATHS]
    write(os.path.join(HERE, "networkx-reference.json"),
          {"networkx": nx.__version__, "generator": "networkx-reference.py", "fixtures": fixtures, "paths": paths})

    mini = model_reference(os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "caucasus-mini.yaml"), "2024-01-01")
    mini["networkx"] = nx.__version__
    mini["generator"] = "Tests/TestSupport/Fixtures/analysis/networkx-reference.py"
    write(os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "metrics-reference.json"), mini)


if __name__ == "__main__":
    main()
