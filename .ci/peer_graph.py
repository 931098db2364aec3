"""What the measure peers of `make bench` share (.ci/networkx_measures.py, igraph_measures.py,
networkit_measures.py): reading the graph relgraph measured, timing a call as relgraph times
its own, relgraph's sampled betweenness sources, and the agreement lines.

The graph is what `relgraph bench-internal --edge-list` wrote: a first line '# nodes N', then
one line per pair with a tie, 'i<TAB>j<TAB>relation<TAB>cooperative': the pair's relation r
(what degree, strength, triangles and components read; a pair of r = 0 is no tie) and its
weight in the cooperative subgraph (0 when the pair is not in it; brokerage, closeness and
influence read it, with distance 1/weight). A file of three columns (older builds) takes
max(r, 0) for the cooperative weight.
"""
import sys
import time


class Graph:
    """The pairs of one measured graph, split the ways the measures read them."""

    def __init__(self, path):
        with open(path) as lines:
            header = lines.readline().split()
            self.nodes = int(header[2])
            self.pairs = []
            for line in lines:
                fields = line.rstrip("\n").split("\t")
                i, j, relation = int(fields[0]), int(fields[1]), float(fields[2])
                cooperative = float(fields[3]) if len(fields) > 3 else max(relation, 0.0)
                self.pairs.append((i, j, relation, cooperative))
        # Ties of r != 0: degree, strengths, triangles, components.
        self.signed = [(i, j, r) for i, j, r, _ in self.pairs if r != 0]
        # The cooperative subgraph, one edge per pair: (i, j, weight c).
        self.cooperative = [(i, j, c) for i, j, _, c in self.pairs if c > 0]


def read_values(path):
    """relgraph's values, as `bench-internal --values` wrote them: {measure: {node: value}}."""
    values = {}
    with open(path) as lines:
        for line in lines:
            measure, node, value = line.rstrip("\n").split("\t")
            values.setdefault(measure, {})[int(node)] = float(value)
    return values


def timed(stage, function):
    """The median of repeated runs, as relgraph bench-internal times its own: at least three,
    more while they take under 0.3 s together (at most 25); one when a run takes over 3 s.
    Prints 'stage<TAB>seconds' and returns the last result."""
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


MASK = (1 << 64) - 1


def sampled_sources(count, k, seed=1):
    """relgraph's sampledSources(count:k:seed:): the first k of a Fisher–Yates shuffle of
    0 ..< count driven by SplitMix64 (Lemire's bounded integers), ascending. The seed is
    BrokerageMethod.sampleSeed."""
    state = seed

    def next_bits():
        nonlocal state
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(bound):
        product = next_bits() * bound
        if product & MASK < bound:
            threshold = ((1 << 64) - bound) % bound
            while product & MASK < threshold:
                product = next_bits() * bound
        return product >> 64

    nodes = list(range(count))
    for i in range(min(k, count)):
        j = i + below(count - i)
        nodes[i], nodes[j] = nodes[j], nodes[i]
    return sorted(nodes[:min(k, count)])


def wasserman_faust(closeness, component_sizes, n):
    """Closeness over the actors each reaches, (r − 1)/Σd, times (r − 1)/(n − 1): relgraph's
    (and NetworkX's wf_improved) form for disconnected graphs. component_sizes[v] = r."""
    return [value * (component_sizes[v] - 1) / (n - 1) if n > 1 else 0.0 for v, value in enumerate(closeness)]


def print_agreement(results, values, triangles=None, components=None):
    """'agree-<measure><TAB>max |difference|' for each measure both computed, from relgraph's
    values (`read_values`). results: {measure: sequence or dict by node}; triangles: the count;
    components: every component's members, each sorted, the components sorted."""
    for measure, theirs in results.items():
        # Sampled betweenness needs the same sources on both sides: the peer says so by
        # naming its result 'betweenness-sampled'; NetworkX and NetworKit draw their own.
        if measure not in values or theirs is None:
            continue
        pairs = theirs.items() if isinstance(theirs, dict) else enumerate(theirs)
        difference = max((abs(values[measure][node] - value) for node, value in pairs), default=0.0)
        print(f"agree-{measure}\t{difference:.3g}")
    if triangles is not None and "triangles" in values:
        print(f"agree-triangles\t{abs(values['triangles'][0] - triangles):.3g}")
    if components is not None and "components" in values:
        print(f"agree-components\t{abs(values['components'][0] - len(components)):.3g}")
        members = [node for component in components for node in list(component) + [-1]]
        mine = values["component-members"]
        same = len(members) == len(mine) and all(float(node) == mine[i] for i, node in enumerate(members))
        print(f"agree-component-members\t{0 if same else 1}")


def print_peak_memory():
    """'peak-memory<TAB>MB': the process's maximum resident set so far (Python and the library)."""
    import resource
    print(f"peak-memory\t{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")


def main_arguments(description, sources_help):
    """EDGES [--values VALUES] [--sources K], as every peer takes them."""
    import argparse
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("edges", help="the graph, as bench-internal --edge-list wrote it")
    parser.add_argument("--values", help="relgraph's values, as bench-internal --values wrote them")
    parser.add_argument("--sources", type=int, default=0, help=sources_help)
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit("a module for the peers of .ci/bench.py, not a program")
