#!/usr/bin/env python3
"""`make bench`: relgraph against its peers on synthetic models, ratios from one run.

Models of 100, 1,000, 10,000 and 100,000 ties come from `relgraph generate` with fixed seeds.
For each: load and check (against PyYAML's C loader reading the same file), every graph
measure in-process (against NetworkX, igraph and NetworKit on the same graph, with the largest
difference from each), the scenario engine without pictures, and rendering (against `neato -Tsvg` below 500
actors and `sfdp -Tsvg` beyond, the engines relgraph uses, on the DOT relgraph emits), with
peak memory. Also the default model's render against `neato -Tsvg`. Writes docs/benchmarks.md
(or --output) and prints it.

Whole processes are timed with hyperfine, except the default model's render and its peers,
which run in turn, round after round (see `interleaved`); in-process stages with
`relgraph bench-internal` (a hidden command; see docs/benchmarks.md), median of several runs on
the small models.

`--only measures` runs the graph measures and their peers only (for iterating on a measure:
`.ci/bench --sizes 100000 --only measures`); it prints the measures' section and writes it
only to an --output given.

The scenario's uncertainty draws (issue 13): 1,000 draws of `--remove Russia-peacekeepers` on
the default model, the whole process with pictures and reports, and in-process against
`.ci/draws_numpy.py`, a NumPy implementation of the same rule and sampling; 100 draws on the
100,000-tie model with peak memory.
"""
import argparse
import ast
import datetime
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "relgraph")
# (actors, ties): each model about ten ties per actor, like event data's dyads.
SIZES = {100: (40, 100), 1000: (200, 1000), 10000: (1000, 10000), 100000: (10000, 100000)}
SEED = 1
LARGE_ACTORS = 500          # SizePolicy.largeActorCount: sfdp beyond, neato below
SAMPLED_SOURCES = 500       # BrokerageMethod.standardSample
DEFAULT_MODEL_ROUNDS = 100
# PictureRenderer.layoutAttributes: what relgraph gives each engine for its layout pass.
NEATO_ATTRIBUTES = ["overlap=prism", "overlap_scaling=-2", "sep=+6", "esep=+2", "splines=line", "start=7", "mode=major", "model=subset"]
# TieRouting.budget: up to actors² × ties this, relgraph routes ties round the actors (splines=true).
ROUTING_BUDGET = 2_000_000


def neato_attributes(dot_text):
    """NEATO_ATTRIBUTES with the splines relgraph chooses for the graph in `dot_text`."""
    actors = len(re.findall(r'\[id="actor-', dot_text))
    ties = len(re.findall(r' -> .*\[id="(?!legend)', dot_text))
    routed = 0 < actors * actors * ties <= ROUTING_BUDGET
    return [a.replace("splines=line", "splines=true") if routed else a for a in NEATO_ATTRIBUTES]
SFDP_ATTRIBUTES = ["overlap=prism", "sep=+4", "splines=line", "start=7"]
# What the profile of the default model's render showed; static text, kept with the table.
DEFAULT_MODEL_NOTES = [
    "Where the instructions go (callgrind, one run of `relgraph render`, 2026-12-07; 317 M, all on",
    "one thread): the neato layout and the pinned pass's `nop2` layout 155 M (stress majorization",
    "74 M, prism overlap removal 45 M, measuring every label's text 22 M), loading and checking the",
    "YAML 34 M (libyaml's own parser 24 M), fontconfig's start-up 24 M, drawing the pinned picture",
    "with its legend 23 M, building Graphviz's graphs 18 M, swift-argument-parser 14 M, Graphviz's",
    "context and plugins 11 M, the picture's description 8 M, hover text 5.5 M, SVG finishing 4.5 M.",
    "",
    "What changed this round: the start-up machinery is gone (a warm-up thread that started",
    "fontconfig and Graphviz's plugins while the arguments and the model were read, the hover text",
    "and the SVG finishing on another thread, a lone picture drawn as laid out with its title and",
    "legend laid over). Everything runs on one thread and a lone picture takes the pinned route like",
    "every other: 293 M instructions on three threads (257 M on the main one) became 317 M on one.",
    "The target is no longer to beat `dot -Tsvg` (another layout engine) but to stay near",
    "`neato -Tsvg`, which lays out the same graph with the same engine and settings and draws no",
    "title, legend or hover text.",
]
MEASURES = ["strength+degree", "betweenness", "betweenness-sampled", "closeness", "pagerank", "eigenvector",
            "triangles", "components", "blocs"]


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, **kwargs).stdout


def peak(command):
    """Seconds and peak resident memory (MB) of one run, by /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        seconds, kilobytes = report.read().split()[-2:]
    return float(seconds), int(kilobytes) / 1024


def hyperfine(commands, runs, warmup=1):
    """Medians in seconds, by name; the commands run without a shell."""
    if not shutil.which("hyperfine"):
        return {}
    with tempfile.NamedTemporaryFile("r", suffix=".json") as export:
        arguments = ["hyperfine", "-N", "--warmup", str(warmup), "--runs", str(runs), "--export-json", export.name]
        for name, command in commands.items():
            arguments += ["-n", name, shlex.join(command)]
        subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        return {result["command"]: result["median"] for result in json.load(export)["results"]}


def stage_lines(text):
    result = {}
    for line in text.splitlines():
        name, value = line.split("\t")
        try:
            result[name] = float(value)
        except ValueError:
            result[name] = value
    return result


def stages(command, repeat):
    """In-process stage times, median over `repeat` runs."""
    runs = [stage_lines(run(command)) for _ in range(repeat)]
    return {name: statistics.median(r[name] for r in runs) if isinstance(runs[0][name], float) else runs[0][name]
            for name in runs[0]}


def unpinned_dot(text):
    """relgraph's DOT without the pinned positions of its second pass."""
    text = re.sub(r', (pos|lp)="[^"]*"', "", text)
    text = re.sub(r'(pos|lp)="[^"]*", ', "", text)
    return text.replace('notranslate="true", ', "")


# The peers for the graph measures: each a script in .ci/ that reads the graph relgraph measured
# (.ci/peer_graph.py) and prints its times and its agreement with relgraph's values.
MEASURE_PEERS = {"networkx": ("NetworkX", "networkx_measures.py"), "igraph": ("igraph", "igraph_measures.py"),
                 "networkit": ("NetworKit", "networkit_measures.py")}
# OpenMP (NetworKit, and igraph's PageRank) waits for work by spinning by default: on a shared,
# loaded machine a spinning thread holds a core the other one needs, and igraph's PageRank took
# 1.3 s instead of 40 ms. Passive waiting is each peer's better showing here.
PEER_ENVIRONMENT = dict(os.environ, OMP_WAIT_POLICY="passive")


def has_module(name):
    return subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True).returncode == 0


def module_version(name):
    return run([sys.executable, "-c", f"import {name}; print({name}.__version__)"]).strip()


def has_pyyaml():
    return subprocess.run([sys.executable, "-c", "import yaml; yaml.CSafeLoader"], capture_output=True).returncode == 0


def fmt(seconds):
    if seconds is None:
        return "—"
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def ratio(other, mine):
    if other is None or mine is None or mine <= 0:
        return "—"
    return f"{other / mine:.1f}" if other / mine >= 10 else f"{other / mine:.2f}"


def machine():
    graphviz = subprocess.run(["neato", "-V"], capture_output=True, text=True).stderr.strip() if shutil.which("neato") else "not installed"
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0] if shutil.which("swift") else "unknown"
    cores = os.cpu_count()
    kernel = os.uname()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return (f"{datetime.date.today().isoformat()}, {kernel.machine} ({kernel.sysname} {kernel.release}), {cores} cores; "
            f"{graphviz}; {swift}; relgraph {commit or 'unknown'}, release build, standard library linked statically")


def layout_dot(pinned_text):
    """The DOT relgraph's layout pass is given, from the pinned DOT it emits: positions, the
    legend and the canvas corners taken out, the layout attributes put in."""
    lines = [line for line in pinned_text.splitlines() if not re.match(r'\s*"(legend|canvas)-', line)]
    text = "\n".join(lines)
    text = re.sub(r', (pos|lp)="[^"]*"', "", text)
    return text.replace('notranslate="true", splines="line"', ", ".join(f'{a.split("=")[0]}="{a.split("=", 1)[1]}"' for a in neato_attributes(text)))


def interleaved(commands, rounds, warmup=3):
    """Medians in seconds, by name, of `rounds` rounds that each run every command once, in turn.

    Turn by turn rather than one command's runs after another's (as hyperfine does): on a shared
    machine the load drifts over seconds, and alternating puts every command under the same
    drift. Also counts the rounds in which the first command beat each other one."""
    times = {name: [] for name in commands}
    devnull = os.open(os.devnull, os.O_WRONLY)
    for round_number in range(warmup + rounds):
        for name, command in commands.items():
            start = time.perf_counter()
            pid = os.posix_spawnp(command[0], command, os.environ, file_actions=[
                (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
            _, status = os.waitpid(pid, 0)
            elapsed = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"{shlex.join(command)} failed")
            if round_number >= warmup:
                times[name].append(elapsed)
    os.close(devnull)
    first = next(iter(commands))
    wins = {name: sum(a < b for a, b in zip(times[first], times[name])) for name in commands if name != first}
    spread = {name: (statistics.quantiles(values, n=10)[0], statistics.quantiles(values, n=10)[-1]) for name, values in times.items()}
    return {name: statistics.median(values) for name, values in times.items()}, wins, spread


def default_model_render(work):
    model = "graphs/south-caucasus.yaml"
    pinned = os.path.join(work, "pinned.dot")
    run([BIN, "render", model, "--format", "dot", "-o", pinned])
    unpinned = os.path.join(work, "layout.dot")
    with open(pinned) as source, open(unpinned, "w") as target:
        target.write(layout_dot(source.read()))
    medians, wins, spread = interleaved({
        "relgraph": [BIN, "render", model, "-o", os.path.join(work, "a.svg")],
        "neato -Tsvg": ["neato", "-Tsvg", unpinned, "-o", os.path.join(work, "d.svg")],
        "neato -n2 -Tsvg": ["neato", "-n2", "-Tsvg", pinned, "-o", os.path.join(work, "c.svg")],
    }, rounds=DEFAULT_MODEL_ROUNDS)
    medians.update(hyperfine({
        "relgraph scenario": [BIN, "scenario", "--remove", "Russia-peacekeepers", "--out", os.path.join(work, "scenario")],
    }, runs=30, warmup=3))
    medians["rounds"] = DEFAULT_MODEL_ROUNDS
    medians["wins"] = wins
    medians["spread"] = spread
    return medians


def scenario_draws(work, log):
    """1,000 draws on the default model (whole process and in-process) against the NumPy peer,
    whose problem relgraph exports; ratios from this one run."""
    problem = os.path.join(work, "problem.json")
    row = {}
    row["stages"] = stages([BIN, "bench-internal", "graphs/south-caucasus.yaml", "--stages", "scenario,scenario-draws",
                            "--draws", "1000", "--remove", "Russia-peacekeepers", "--export-problem", problem], 3)
    log("  draws: relgraph in-process")
    if has_numpy():
        row["numpy"] = stages([sys.executable, os.path.join(ROOT, ".ci", "draws_numpy.py"), problem], 3)
        log("  draws: NumPy in-process")
    commands = {"relgraph scenario": [BIN, "scenario", "--remove", "Russia-peacekeepers", "--out", os.path.join(work, "draws")]}
    if has_numpy():
        commands["numpy"] = [sys.executable, os.path.join(ROOT, ".ci", "draws_numpy.py"), problem]
    row["whole"] = hyperfine(commands, runs=10, warmup=2)
    row["whole-peak"] = peak(commands["relgraph scenario"])[1]
    log("  draws: whole processes")
    return row


def large_draws(model, log):
    """100 draws on the 100,000-tie model: time and peak memory of the engine, without pictures."""
    command = [BIN, "bench-internal", model, "--stages", "scenario-draws", "--draws", "100"]
    seconds, megabytes = peak(command)
    log("  100,000 ties: 100 draws")
    return {"stages": stage_lines(run(command)), "peak": megabytes, "process": seconds}


def has_numpy():
    return subprocess.run([sys.executable, "-c", "import numpy"], capture_output=True).returncode == 0


LARGE_TEXT_MEGABYTES = 50


def large_text(work):
    """`relgraph check` of a 50 MB file whose bulk is one folded description, and of one whose
    bulk is comments: text values have no length limit (docs/format.md), so both must load in
    about the time it takes to scan them. (This was a timed unit test; timings live here.)"""
    size = LARGE_TEXT_MEGABYTES << 20
    folded = os.path.join(work, "large-description.yaml")
    with open(folded, "w") as f:
        f.write("relgraph: 1\ntitle: Big\nas_of: 2024\nsources: []\nactors: [{id: A, kind: state}]\ndescription: >\n")
        line = "  " + "word " * 20 + "\n"
        f.write(line * (size // len(line)))
    comments = os.path.join(work, "large-comments.yaml")
    with open(comments, "w") as f:
        f.write("relgraph: 1\ntitle: Big\nas_of: 2024\nsources: []\nactors: [{id: A, kind: state}]\n")
        line = "# " + "c" * 1000 + "\n"
        f.write(line * (size // len(line)))
    commands = {"description": [BIN, "check", "--quiet", folded], "comments": [BIN, "check", "--quiet", comments]}
    # An isolated actor is a warning, not an error: both commands exit 0.
    times = hyperfine(commands, runs=5)
    return {name: (times.get(name), peak(command)[1]) for name, command in commands.items()}


def measure_peers(row, edges, values, large, peers, log):
    """The measure peers on the graph relgraph measured (`edges`), compared with its `values`:
    their stage times, agreement and peak memory, under row[peer]. Beyond LARGE_ACTORS actors
    NetworkX computes sampled betweenness instead of exact (and no closeness); igraph and
    NetworKit compute both."""
    for key, (name, script) in MEASURE_PEERS.items():
        if not peers[key]:
            continue
        command = [sys.executable, os.path.join(ROOT, ".ci", script), edges, "--values", values]
        if large:
            command += ["--sources", str(SAMPLED_SOURCES)]
        row[key] = stage_lines(run(command, env=PEER_ENVIRONMENT))
        log(f"  {row['ties']} ties: {name}")


def bench_measures(ties, work, peers, log):
    """`--only measures`: the model, relgraph's measures in-process and its peers', nothing else."""
    actors, _ = SIZES[ties]
    large = actors > LARGE_ACTORS
    model = os.path.join(work, f"synthetic-{ties}.yaml")
    run([BIN, "generate", "--actors", str(actors), "--ties", str(ties), "--seed", str(SEED), "-o", model])
    row = {"actors": actors, "ties": ties, "large": large}
    edges, values = os.path.join(work, f"edges-{ties}.tsv"), os.path.join(work, f"values-{ties}.tsv")
    row["stages"] = stages([BIN, "bench-internal", model, "--stages", "measures", "--sampled-sources",
                            str(SAMPLED_SOURCES) if large else "0", "--edge-list", edges, "--values", values],
                           1 if ties >= 100000 else 3)
    log(f"  {ties} ties: measures")
    measure_peers(row, edges, values, large, peers, log)
    return row


def bench_size(ties, work, peers, log):
    actors, _ = SIZES[ties]
    large = actors > LARGE_ACTORS
    model = os.path.join(work, f"synthetic-{ties}.yaml")
    generate = hyperfine({"generate": [BIN, "generate", "--actors", str(actors), "--ties", str(ties), "--seed", str(SEED), "-o", model]},
                         runs=3 if ties >= 100000 else 10).get("generate")
    if generate is None:
        run([BIN, "generate", "--actors", str(actors), "--ties", str(ties), "--seed", str(SEED), "-o", model])
    row = {"actors": actors, "ties": ties, "bytes": os.path.getsize(model), "generate": generate, "large": large}
    log(f"  {ties} ties: generated ({row['bytes'] / 1e6:.1f} MB)")

    # Load and check: whole process against PyYAML's C loader on the same file.
    commands = {"check": [BIN, "check", model]}
    if peers["pyyaml"]:
        commands["pyyaml"] = [sys.executable, "-c", f"import yaml; yaml.load(open('{model}'), Loader=yaml.CSafeLoader)"]
    row["load"] = hyperfine(commands, runs=2 if ties >= 100000 else 10)
    row["check-peak"] = peak([BIN, "check", model])[1]
    log(f"  {ties} ties: load and check")

    # Measures in-process, and NetworkX on the very graph relgraph measured.
    edges, values = os.path.join(work, f"edges-{ties}.tsv"), os.path.join(work, f"values-{ties}.tsv")
    repeat = 1 if ties >= 100000 else 3
    row["stages"] = stages([BIN, "bench-internal", model, "--stages", "load,measures,scenario" + (",scenario-exact" if large else ""),
                            "--sampled-sources", str(SAMPLED_SOURCES) if large else "0", "--edge-list", edges, "--values", values], repeat)
    row["measures-peak"] = peak([BIN, "bench-internal", model, "--stages", "measures", "--sampled-sources", "0"])[1]
    row["engine-peak"] = peak([BIN, "bench-internal", model, "--stages", "scenario"])[1]
    if large:
        row["engine-exact-peak"] = peak([BIN, "bench-internal", model, "--stages", "scenario-exact"])[1]
    log(f"  {ties} ties: measures and scenario engine")
    if ties >= 100000:
        row["draws"] = large_draws(model, log)
    measure_peers(row, edges, values, large, peers, log)

    # Rendering: relgraph's whole command against Graphviz's programs on the DOT relgraph emits.
    dot = os.path.join(work, f"synthetic-{ties}.dot")
    run([BIN, "render", model, "--format", "dot", "-o", dot])
    if large:
        peer_commands = {
            "sfdp -Tsvg": ["sfdp", "-Tsvg", dot],
            "sfdp -Tsvg, relgraph's overlap removal": ["sfdp", "-Tsvg"] + [f"-G{a}" for a in SFDP_ATTRIBUTES] + [dot],
        }
    else:
        # The emitted DOT has every node pinned: neato gets it without positions, so that it
        # lays the graph out as relgraph did, with relgraph's layout attributes.
        unpinned = os.path.join(work, f"synthetic-{ties}-unpinned.dot")
        with open(dot) as source, open(unpinned, "w") as target:
            emitted = source.read()
            target.write(unpinned_dot(emitted))
        peer_commands = {"neato -Tsvg, relgraph's layout attributes": ["neato", "-Tsvg"] + [f"-G{a}" for a in neato_attributes(emitted)] + [unpinned]}
    runs = 2 if ties >= 100000 else 5
    commands = {"relgraph": [BIN, "render", model, "-o", os.path.join(work, f"r-{ties}.svg")]}
    for index, (name, command) in enumerate(peer_commands.items()):
        commands[name] = command + ["-o", os.path.join(work, f"g-{ties}-{index}.svg")]
    row["render"] = hyperfine(commands, runs=runs, warmup=0 if ties >= 100000 else 1)
    row["render-peaks"] = {name: peak(command)[1] for name, command in commands.items()}
    log(f"  {ties} ties: rendering")
    return row


def peer_differences(script):
    """The bullets of a peer script's docstring that say where its definitions differ from
    relgraph's, as Markdown: the script is where they are written, the report quotes them."""
    text = ast.get_docstring(ast.parse(open(os.path.join(ROOT, ".ci", script)).read()))
    lines = text.split("\n\n")
    section = next((part for part in lines if part.startswith("Where ")), "")
    return [line[2:] for line in section.splitlines()[1:]]


def measures_report(add, rows, peers):
    """The graph measures against NetworkX, igraph and NetworKit: times, agreement, peak memory,
    where the definitions differ, and the 100,000-tie model against the fastest peer."""
    present = [key for key in MEASURE_PEERS if peers[key]]
    names = {key: MEASURE_PEERS[key][0] for key in MEASURE_PEERS}
    add("### Graph measures against NetworkX, igraph and NetworKit")
    add("")
    versions = ", ".join(f"{names[key]} {module_version(key)}" for key in present)
    add("In-process times on the graph relgraph measured, which `bench-internal --edge-list` exports for the")
    add("peers (each pair's relation, and its weight in the cooperative subgraph: docs/relations.md), with")
    add("the definitions docs/ and the Analysis sources give. The peers run through their Python interfaces")
    add(f"({versions or 'none installed'}): NetworkX is Python, igraph C, NetworKit C++ with OpenMP. Only the")
    add("library call is timed (median of repeated runs, as relgraph's); bringing its result to relgraph's")
    add("definition (a factor, a norm) is not. relgraph's betweenness and closeness, and every NetworKit call,")
    add("use both cores; igraph and NetworkX one. OpenMP's threads wait passively (`OMP_WAIT_POLICY=passive`):")
    add("spinning, they take the core the other thread needs on this shared machine (igraph's PageRank took")
    add("1.3 s instead of 40 ms at 100,000 ties). Beyond 500 actors NetworkX computes betweenness from")
    add(f"{SAMPLED_SOURCES} sampled sources (`k={SAMPLED_SOURCES}`; pure Python would take hours exactly) and no closeness; igraph")
    add(f"and NetworKit compute both, and sampled betweenness too: igraph from relgraph's own {SAMPLED_SOURCES} sources (so")
    add(f"its values are compared), NetworKit's `EstimateBetweenness` from {SAMPLED_SOURCES} of its own. Blocs have no")
    add("counterpart in any of them.")
    add("")
    missing = [key for key in MEASURE_PEERS if peers[key] is False]
    if missing:
        add(f"Not installed, left out: {', '.join(names[key] for key in missing)} (`pip install {' '.join(missing)}`).")
        add("")
    header = "| ties | measure | relgraph | " + " | ".join(f"{names[key]} | {names[key]} / relgraph" for key in present) + " |"
    add(header)
    add("|" + " --- |" * (3 + 2 * len(present)))
    for r in rows:
        for measure in MEASURES:
            mine = r["stages"].get(measure)
            if mine is None:
                continue
            cells = []
            for key in present:
                theirs = r.get(key, {}).get(measure)
                cells += [fmt(theirs), ratio(theirs, mine)]
            add(f"| {r['ties']:,} | {measure} | {fmt(mine)} | " + " | ".join(cells) + " |")
    add("")
    add("The largest difference from relgraph's values over all actors (for triangles and components, from")
    add("the count; a component's members must match too):")
    add("")
    add("| ties | measure | " + " | ".join(names[key] for key in present) + " |")
    add("|" + " --- |" * (2 + len(present)))
    for r in rows:
        for measure in MEASURES:
            if measure not in r["stages"] or measure == "blocs":
                continue
            cells = [agreement(r.get(key, {}), measure) for key in present]
            add(f"| {r['ties']:,} | {measure} | " + " | ".join(cells) + " |")
    add("")
    add("Where a peer's definition differs from relgraph's, and what is done about it (from each peer's script in `.ci/`):")
    add("")
    for key in present:
        add(f"{names[key]} (`.ci/{MEASURE_PEERS[key][1]}`):")
        add("")
        for line in peer_differences(MEASURE_PEERS[key][1]) or ["- none"]:
            add(line)
        add("")
    add("| ties | peak memory, relgraph (all measures) | " + " | ".join(f"peak memory, {names[key]}" for key in present) + " |")
    add("|" + " --- |" * (2 + len(present)))
    for r in rows:
        mine = f"{r['measures-peak']:.0f} MB" if "measures-peak" in r else "—"
        cells = []
        for key in present:
            theirs = r.get(key, {}).get("peak-memory")
            cells.append(f"{theirs:.0f} MB" if theirs else "—")
        add(f"| {r['ties']:,} | {mine} | " + " | ".join(cells) + " |")
    add("")
    biggest = next((r for r in rows if r["ties"] == 100000), None)
    if biggest and present:
        add("#### Against the fastest peer, 10,000 actors and 100,000 ties")
        add("")
        add("Target (issue 13): every measure at least level with the fastest peer (ratio ≥ 1).")
        add("")
        add("| measure | relgraph | fastest peer | its time | ratio (peer / relgraph) | |")
        add("| --- | --- | --- | --- | --- | --- |")
        for measure in MEASURES:
            mine = biggest["stages"].get(measure)
            timed = [(biggest[key][measure], names[key]) for key in present if biggest.get(key, {}).get(measure) is not None]
            if mine is None or not timed:
                continue
            theirs, name = min(timed)
            add(f"| {measure} | {fmt(mine)} | {name} | {fmt(theirs)} | {ratio(theirs, mine)} | {'met' if theirs >= mine else 'not met'} |")
        add("")


def agreement(times, measure):
    """A peer's largest difference from relgraph on one measure, as the table shows it."""
    if measure == "strength+degree":
        parts = [times.get(f"agree-{name}") for name in ("positive-strength", "negative-strength", "degree")]
        known = [part for part in parts if part is not None]
        if not known:
            return "—"
        return f"{max(known):.3g}" + ("" if len(known) == 3 else " (degree)")
    value = times.get(f"agree-{measure}")
    if value is None:
        return "—"
    if measure == "components":
        value = max(value, times.get("agree-component-members", 0))
    return f"{value:.3g}"


def draws_report(add, draws, rows):
    add("## Scenario uncertainty draws")
    add("")
    add("`relgraph scenario --remove Russia-peacekeepers` on the default model runs 1,000 draws by default")
    add("(docs/scenarios.md, *Uncertainty*). In-process: `bench-internal --stages scenario-draws` (the whole")
    add("engine: central run, measures, draws, key ties, sources left out; median of three runs) against")
    add("`.ci/draws_numpy.py`, which runs the same rule and sampling in NumPy, vectorised over all draws at")
    add("once, on the problem relgraph exports (`--export-problem`), so neither reads the YAML. Whole")
    add("processes with hyperfine: relgraph with its pictures and reports, the peer with Python's start-up.")
    add("")
    if not draws:
        add("Not measured.")
        add("")
        return
    mine = draws["stages"].get("scenario-draws")
    theirs = draws.get("numpy", {}).get("numpy-draws")
    whole, peer_whole = draws["whole"].get("relgraph scenario"), draws["whole"].get("numpy")
    add("| measure | relgraph | NumPy | ratio (NumPy / relgraph) |")
    add("| --- | --- | --- | --- |")
    add(f"| 1,000 draws, in-process | {fmt(mine)} | {fmt(theirs)} | {ratio(theirs, mine)} |")
    add(f"| whole process (relgraph: with pictures and reports) | {fmt(whole)} | {fmt(peer_whole)} | {ratio(peer_whole, whole)} |")
    add("")
    findings = draws.get("numpy", {})
    if findings:
        add(f"Findings (robust or likely effects): relgraph {int(findings.get('relgraph-findings', 0))}, NumPy {int(findings.get('numpy-findings', 0))} "
            "(their generators differ, so their draws do too).")
        add("")
    targets = [("1,000 draws of the default model, whole process with pictures and reports, ≤ 1 s", whole, whole is not None and whole <= 1),
               ("≥ 3× faster than NumPy in-process", mine, theirs is not None and mine is not None and theirs / mine >= 3)]
    biggest = next((r for r in rows if r["ties"] == 100000 and "draws" in r), None)
    if biggest:
        d = biggest["draws"]
        seconds = d["stages"].get("scenario-draws")
        targets.append(("100 draws on 10,000 actors / 100,000 ties ≤ 60 s", seconds, seconds is not None and seconds <= 60))
        targets.append((f"… peak memory ≤ 1 GiB ({d['peak']:.0f} MB)", None, d["peak"] <= 1024))
    add("| target | measured | |")
    add("| --- | --- | --- |")
    for name, value, met in targets:
        add(f"| {name} | {fmt(value)} | {'met' if met else 'not met'} |")
    add("")


def report(rows, default, peers, draws=None, large=None):
    out = []
    add = out.append
    add("# Benchmarks")
    add("")
    add("Generated by `make bench` (`.ci/bench`); do not edit by hand. Ratios come from one run on one")
    add("machine: the machines are shared and noisy, so a lone time means little. Whole processes are")
    add("timed with hyperfine (median); stages inside a process with `relgraph bench-internal`, a hidden")
    add("command that times loading, each measure and the scenario engine without Graphviz (median of")
    add("three runs, one on the largest model). Peak memory is the maximum resident set (`/usr/bin/time`).")
    add("")
    add(f"Machine: {machine()}.")
    add("")
    add("## `relgraph render` of the default model")
    add("")
    add("The DOT given to `neato -n2` is what `relgraph render --format dot` emits for the model (66 actors,")
    add("246 ties); `neato -Tsvg` gets the same DOT without its pinned positions and legend, with the layout")
    add("attributes relgraph gives neato: the graph relgraph lays out. The three commands run in turn,")
    add("round after round, so that all of them see the same load on the shared machine; medians of the")
    add("rounds. The scenario is timed with hyperfine.")
    add("")
    if default:
        base = default.get("relgraph")
        add("| command | median | ratio to relgraph |")
        add("| --- | --- | --- |")
        names = {"relgraph": "`relgraph render` (load and check, neato layout, picture with title and legend, SVG finishing)",
                 "neato -Tsvg": "`neato -Tsvg` on the DOT relgraph lays out (the same engine and settings, no legend)",
                 "neato -n2 -Tsvg": "`neato -n2 -Tsvg` on relgraph's DOT (positions already fixed: render only)",
                 "relgraph scenario": "`relgraph scenario --remove Russia-peacekeepers` (three SVGs, chart, both reports, effects.json)"}
        for name, label in names.items():
            add(f"| {label} | {fmt(default.get(name))} | {ratio(default.get(name), base)} |")
        add("")
        if default.get("neato -Tsvg") and base:
            factor = base / default["neato -Tsvg"]
            add(f"relgraph takes **{factor:.2f}×** the time of `neato -Tsvg` on the graph it lays out (the same engine")
            add("and settings); the difference is the model's loading and checking, the pinned pass that puts the")
            add("title and legend into the picture, and the hover text.")
            add(f"In {default['wins']['neato -Tsvg']} of {default['rounds']} rounds (each runs every command once, in turn) relgraph finished first.")
            (fast, slow), (neato_fast, neato_slow) = default["spread"]["relgraph"], default["spread"]["neato -Tsvg"]
            add(f"In the fastest tenth of the rounds relgraph took at most {fmt(fast)} (`neato -Tsvg` {fmt(neato_fast)}), in the")
            add(f"slowest tenth at least {fmt(slow)} (`neato -Tsvg` {fmt(neato_slow)}).")
            add("")
        if default.get("neato -Tsvg") and default.get("relgraph scenario"):
            factor = default["relgraph scenario"] / default["neato -Tsvg"]
            add(f"A whole scenario on the default model (one layout, three pinned pictures, the reports) takes **{factor:.2f}×**")
            add("one `neato -Tsvg`.")
            add("")
    else:
        add("hyperfine not found: not measured.")
        add("")
    for line in DEFAULT_MODEL_NOTES:
        add(line)
    add("")

    add("## Synthetic models")
    add("")
    add(f"`relgraph generate --actors A --ties T --seed {SEED}` (docs/generate.md): blocs, hubs, mixed signs,")
    add("directed and dated ties, every tie cited. Measures are taken on the model as of its date, the")
    add("centralities on the cooperative relations; the scenario removes the actor with the most ties.")
    add("")
    add("| ties | actors | file | generate |")
    add("| --- | --- | --- | --- |")
    for r in rows:
        add(f"| {r['ties']:,} | {r['actors']:,} | {r['bytes'] / 1e6:.1f} MB | {fmt(r['generate'])} |")
    add("")

    add("### Load and check")
    add("")
    add("`relgraph check` as a whole process against PyYAML's C loader (`yaml.CSafeLoader`) reading the")
    add("same file into Python objects, which checks nothing; in-process: libyaml events to a tree, the")
    add("model read and validated.")
    add("")
    add("| ties | `relgraph check` | PyYAML C loader | ratio (PyYAML / relgraph) | in-process load + check | peak memory |")
    add("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        check, pyyaml = r["load"].get("check"), r["load"].get("pyyaml")
        add(f"| {r['ties']:,} | {fmt(check)} | {fmt(pyyaml)} | {ratio(pyyaml, check)} | {fmt(r['stages']['load+check'])} | {r['check-peak']:.0f} MB |")
    add("")

    if large:
        add(f"### Large text: a {LARGE_TEXT_MEGABYTES} MB file")
        add("")
        add("`relgraph check` of a model whose bulk is one folded `description` (text values have no length")
        add("limit), and of one whose bulk is comments.")
        add("")
        add("| bulk | `relgraph check` | peak memory |")
        add("| --- | --- | --- |")
        for name, (seconds, megabytes) in large.items():
            add(f"| {name} | {fmt(seconds)} | {megabytes:.0f} MB |")
        add("")

    measures_report(add, rows, peers)

    add("### Scenario engine, without pictures")
    add("")
    add("`ScenarioEngine.run` (the central run, no draws): shocks, the balance equilibrium, every measure before and after,")
    add("explanations, expectations. Brokerage (betweenness) is exact up to 10⁸ actors × cooperative")
    add(f"relations and estimated from {SAMPLED_SOURCES} sampled actors beyond (docs/scenarios.md); *exact* forces it.")
    add("")
    add("| ties | engine | brokerage | peak memory | engine, exact brokerage | peak memory |")
    add("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        s = r["stages"]
        sources = int(s.get("scenario-brokerage-sources", 0))
        brokerage = f"sampled, {sources} sources" if sources else "exact"
        exact = fmt(s.get("scenario-engine-exact")) if "scenario-engine-exact" in s else "(same)"
        exact_peak = f"{r['engine-exact-peak']:.0f} MB" if "engine-exact-peak" in r else "—"
        add(f"| {r['ties']:,} | {fmt(s['scenario-engine'])} | {brokerage} | {r['engine-peak']:.0f} MB | {exact} | {exact_peak} |")
    add("")

    add("### Rendering")
    add("")
    add("`relgraph render` (whole process: load, layout, the picture drawn pinned with its title and legend,")
    add("SVG finishing with tooltips) against Graphviz's programs on the DOT relgraph emits (`relgraph render")
    add("--format dot`). Up to 500 actors relgraph lays out with neato: the peer is `neato -Tsvg` given the")
    add("same DOT without its pinned positions, with relgraph's layout attributes. Beyond 500 actors")
    add("relgraph switches to sfdp, names only the largest actors and draws the rest as dots (SizePolicy):")
    add("the peers are `sfdp -Tsvg` with its defaults (no overlap removal) and with relgraph's prism")
    add("overlap removal.")
    add("")
    add("| ties | relgraph layout | `relgraph render` | Graphviz | median | ratio (Graphviz / relgraph) | peak memory, relgraph | peak memory, Graphviz |")
    add("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        mine = r["render"].get("relgraph")
        layout = "sfdp" if r["large"] else "neato"
        for name, theirs in r["render"].items():
            if name == "relgraph":
                continue
            add(f"| {r['ties']:,} | {layout} | {fmt(mine)} | `{name}` | {fmt(theirs)} | {ratio(theirs, mine)} | "
                f"{r['render-peaks']['relgraph']:.0f} MB | {r['render-peaks'][name]:.0f} MB |")
    add("")

    draws_report(add, draws, rows)

    biggest = next((r for r in rows if r["ties"] == 100000), None)
    if biggest:
        s = biggest["stages"]
        peaks = [biggest["check-peak"], biggest["measures-peak"], biggest["engine-peak"], biggest.get("engine-exact-peak", 0)]
        targets = [
            ("load and check ≤ 2 s", s["load+check"], 2),
            ("scenario engine, all measures but exact betweenness ≤ 3 s", s["scenario-engine"], 3),
            ("exact betweenness (one graph) ≤ 10 s", s.get("betweenness"), 10),
            ("scenario engine with exact brokerage (two graphs) ≤ 10 s", s.get("scenario-engine-exact"), 10),
        ]
        add("### Targets at 10,000 actors and 100,000 ties")
        add("")
        add("| target | measured | |")
        add("| --- | --- | --- |")
        for name, value, limit in targets:
            add(f"| {name} | {fmt(value)} | {'met' if value is not None and value <= limit else 'not met'} |")
        add(f"| peak memory ≤ 1 GiB (check, measures, engine) | {max(peaks):.0f} MB | {'met' if max(peaks) <= 1024 else 'not met'} |")
        add("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000,100000", help="tie counts, comma-separated")
    parser.add_argument("--output", help="where the report goes (default: docs/benchmarks.md; with --only, nowhere)")
    parser.add_argument("--only", choices=["measures"], help="only the graph measures and their peers")
    parser.add_argument("--peers", help="measure peers to run, comma-separated (default: every one installed): "
                        + ", ".join(MEASURE_PEERS))
    args = parser.parse_args()
    if not os.access(BIN, os.X_OK):
        sys.exit(f"{BIN} not found: run `make build` (or `make bench`)")
    wanted = set(args.peers.split(",")) if args.peers else set(MEASURE_PEERS)
    if wanted - set(MEASURE_PEERS):
        parser.error(f"unknown peer: {', '.join(sorted(wanted - set(MEASURE_PEERS)))}")
    # A measure peer is True (run), False (asked for but not installed) or None (not asked for).
    peers = {"pyyaml": has_pyyaml()}
    for key, (name, _) in MEASURE_PEERS.items():
        peers[key] = has_module(key) if key in wanted else None
        if peers[key] is False:
            print(f"{name} is not installed (pip install {key}): left out", file=sys.stderr)
    log = lambda text: print(text, file=sys.stderr, flush=True)
    if args.only == "measures":
        with tempfile.TemporaryDirectory() as work:
            rows = [bench_measures(int(size), work, peers, log) for size in args.sizes.split(",")]
        lines = []
        measures_report(lines.append, rows, peers)
        text = f"Machine: {machine()}.\n\n" + "\n".join(lines) + "\n"
    else:
        with tempfile.TemporaryDirectory() as work:
            log("default model")
            default = default_model_render(work)
            log("scenario draws")
            draws = scenario_draws(work, log)
            rows = [bench_size(int(size), work, peers, log) for size in args.sizes.split(",")]
            log(f"{LARGE_TEXT_MEGABYTES} MB of text")
            large = large_text(work)
        text = report(rows, default, peers, draws, large) + "\n"
    output = args.output or (None if args.only else os.path.join(ROOT, "docs", "benchmarks.md"))
    if output:
        with open(output, "w") as file:
            file.write(text)
    print(text)


if __name__ == "__main__":
    main()
