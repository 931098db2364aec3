#!/usr/bin/env python3
"""The NumPy peer of relgraph's scenario draws: the same rule and sampling, vectorised.

Reads the engine problem `relgraph bench-internal MODEL --stages scenario-draws --export-problem
P.json` writes (the ties with what the shocks did to them, their sources' belief probabilities,
readings and confidence spreads, the coupling and its range, the effects tracked), then:

  - draws every tie in every draw at once: each report believed with its probability, the tie
    there when one is, its weight the mean of the believed readings plus Normal(0, sigma),
    reflected into 0..1 with the tie's sign; the coupling uniformly in its range;
  - makes each pair's relation (docs/relations.md: c = 1 - (1 - p1) * prod(1 - p_i / 2), the
    same for d, r = c - d) before and after the shocks;
  - solves the balance equilibrium atanh(W) = atanh(R0) + alpha * (P(W) - P(R0)) / n by Jacobi
    sweeps of all draws together until no relation moves by more than 1e-9;
  - reads each tracked effect's median change, 90 % interval, share of draws and verdict; for
    findings, the three ties whose drawn weight correlates most with the change, and the sources
    whose removal from the central run loses it.

Prints 'stage<TAB>seconds' lines like bench-internal, and the number of findings (which should
match relgraph's, given in the problem, up to sampling noise: the generators differ).

    python3 .ci/draws_numpy.py problem.json
"""
import json
import sys
import time

import numpy as np

BETA = 0.5
TOLERANCE = 1e-9


def structure(problem):
    """Pairs, their ties, which may move, reach n_ij and wedges, from the slots."""
    slots = problem["slots"]
    removed = set(problem["removed"])
    keys = sorted({(min(s["from"], s["to"]), max(s["from"], s["to"])) for s in slots})
    index = {key: p for p, key in enumerate(keys)}
    slot_pair = np.array([index[(min(s["from"], s["to"]), max(s["from"], s["to"]))] for s in slots])
    P = len(keys)
    tied_before = np.zeros(P, bool)
    tied_after = np.zeros(P, bool)
    frozen = np.zeros(P, bool)
    for s, p in zip(slots, slot_pair):
        tied_before[p] |= s["baseline"]
        tied_after[p] |= s["fate"] != "removed"
        frozen[p] |= s["fate"] != "unchanged"
    movable = tied_after & ~frozen & np.array([a not in removed and b not in removed for a, b in keys])
    neighbours = [set() for _ in range(problem["nodes"])]
    for a, b in keys:
        neighbours[a].add(b)
        neighbours[b].add(a)

    def wedges_of(pairs):
        owner, left, right, reach = [], [], [], []
        for number, (a, b) in enumerate(pairs):
            common = sorted(neighbours[a] & neighbours[b])
            for k in common:
                owner.append(number)
                left.append(index[(min(a, k), max(a, k))])
                right.append(index[(min(b, k), max(b, k))])
            reach.append(max(1, len(common)))  # n_ij: the pair's triangles
        return np.array(owner, int), np.array(left, int), np.array(right, int), np.array(reach, float)

    moving = np.flatnonzero(movable)
    owner, left, right, reach = wedges_of([keys[p] for p in moving])
    untied = [tuple(pair) for pair in problem["untied"]]
    u_owner, u_left, u_right, u_reach = wedges_of(untied)
    return {
        "keys": keys, "index": index, "slot_pair": slot_pair, "P": P, "movable": movable, "moving": moving,
        "owner": owner, "left": left, "right": right, "reach": reach,
        "u_owner": u_owner, "u_left": u_left, "u_right": u_right, "u_reach": u_reach, "U": len(untied),
        "tracked": np.array([index[tuple(pair)] for pair in problem["tracked"]], int),
    }


def relations(effective, present, slot_pair, P):
    """r per pair from effective weights (draws x slots) and presence: c - d."""
    D = effective.shape[0]
    e = np.where(present, effective, 0.0)
    result = np.zeros((D, P))
    for sign in (1.0, -1.0):
        magnitude = np.maximum(sign * e, 0.0)
        largest = np.zeros((D, P))
        np.maximum.at(largest.T, slot_pair, magnitude.T)
        logs = np.zeros((D, P))
        np.add.at(logs.T, slot_pair, np.log1p(-BETA * magnitude).T)
        part = 1 - (1 - largest) * np.exp(logs) / (1 - BETA * largest)
        result += sign * part
    return result


def pressure(values, owner, left, right, count):
    D = values.shape[0]
    sums = np.zeros((D, count))
    if len(owner):
        np.add.at(sums.T, owner, (values[:, left] * values[:, right]).T)
    return sums


def solve(before, shocked, live, alpha, s):
    """Jacobi sweeps of every draw together; returns W (draws x pairs)."""
    moving, owner, left, right, reach = s["moving"], s["owner"], s["left"], s["right"], s["reach"]
    current = shocked.copy()
    if len(owner) == 0:
        return current
    has_wedges = np.zeros(len(moving), bool)
    has_wedges[owner] = True
    active = live[:, moving] & has_wedges
    z0 = np.arctanh(np.clip(before[:, moving], -1, 1))
    p0 = pressure(before, owner, left, right, len(moving))
    for _ in range(100_000):
        change = pressure(current, owner, left, right, len(moving)) - p0
        value = np.where(change == 0, before[:, moving], np.tanh(z0 + alpha[:, None] * change / reach))
        value = np.where(active, value, current[:, moving])
        largest = np.max(np.abs(value - current[:, moving])) if value.size else 0.0
        current[:, moving] = value
        if largest <= TOLERANCE:
            return current
    raise SystemExit("did not converge")


def tendencies(before, after, alpha, s):
    if s["U"] == 0:
        return np.zeros((before.shape[0], 0))
    change = pressure(after, s["u_owner"], s["u_left"], s["u_right"], s["U"]) - pressure(before, s["u_owner"], s["u_left"], s["u_right"], s["U"])
    return np.where(change == 0, 0.0, np.tanh(alpha[:, None] * change / s["u_reach"]))


def world(problem, s, weights, present, alpha):
    """Relations before and after the shocks, solved, for draws x slots of raw weights."""
    slots = problem["slots"]
    share = np.array([slot["share"] for slot in slots])
    baseline = np.array([slot["baseline"] for slot in slots])
    before = relations(weights * share, present & baseline, s["slot_pair"], s["P"])
    after_weights, after_present = weights.copy(), present.copy()
    for j, slot in enumerate(slots):
        if slot["fate"] == "removed":
            after_present[:, j] = False
        elif slot["fate"] == "added":
            after_weights[:, j], after_present[:, j] = slot["weight"], True
        elif slot["fate"] == "rewritten":
            for kind, value in slot["rewrites"]:
                if kind == 0:
                    after_weights[:, j], after_present[:, j] = value, True
                else:
                    after_weights[:, j] = np.clip(after_weights[:, j] * value, -1, 1)
    shocked = relations(after_weights * share, after_present, s["slot_pair"], s["P"])
    live = np.zeros_like(shocked, bool)
    np.logical_or.at(live.T, s["slot_pair"], after_present.T)
    live &= s["movable"]
    solved = solve(before, shocked, live, alpha, s)
    return before, solved, live


def draw(problem, rng):
    """Weights and presence of every slot in every draw, and the couplings."""
    slots = problem["slots"]
    D, S = problem["draws"], len(slots)
    low, high = problem["coupling_range"]
    alpha = low + (high - low) * rng.random(D)
    weights = np.tile(np.array([slot["weight"] for slot in slots]), (D, 1))
    present = np.zeros((D, S), bool)
    owner = np.array([j for j, slot in enumerate(slots) for _ in slot["probabilities"]], int)
    probability = np.array([p for slot in slots for p in slot["probabilities"]])
    reading = np.array([r if r is not None else slot["weight"] for slot in slots for r in slot["readings"]])
    believed = rng.random((D, len(probability))) < probability
    count = np.zeros((D, S))
    total = np.zeros((D, S))
    np.add.at(count.T, owner, believed.T)
    np.add.at(total.T, owner, (believed * reading).T)
    assumption = np.array([slot["assumption"] for slot in slots])
    if assumption.any():
        there = rng.random((D, S)) < 0.9
        count = np.where(assumption, there.astype(float), count)
        total = np.where(assumption, there * weights, total)
    present = count > 0
    base = np.divide(total, count, out=np.zeros_like(total), where=count > 0)
    sign = np.where(base > 0, 1.0, np.where(base < 0, -1.0, np.sign(weights)))
    spread = np.array([slot["spread"] for slot in slots])
    size = np.abs(base) + spread * rng.standard_normal((D, S))
    size = np.where(size < 0, -size, size)
    size = np.where(size > 1, 2 - size, size)
    drawn = sign * np.clip(size, 0, 1)
    baseline = np.array([slot["baseline"] for slot in slots])
    return np.where(baseline, drawn, weights), present & baseline, alpha


def verdicts(changes, m):
    median = np.median(changes, axis=0)
    sign = np.sign(median)
    share = np.where(median == 0, np.mean(changes == 0, axis=0), np.mean((np.sign(changes) == sign) & (changes != 0), axis=0))
    verdict = np.where((median == 0) | (np.abs(median) < m), 3, np.where(share >= 0.9, 0, np.where(share >= 0.7, 1, 2)))
    return median, share, verdict


def main():
    problem = json.load(open(sys.argv[1]))
    start = time.perf_counter()
    s = structure(problem)
    rng = np.random.default_rng(problem["seed"])
    weights, present, alpha = draw(problem, rng)
    before, after, live = world(problem, s, weights, present, alpha)
    tracked = s["tracked"]
    afters = after[:, tracked].copy()
    # A movable pair none of whose ties is there in a draw feels a tendency instead.
    absent = s["movable"][tracked] & ~live[:, tracked]
    if absent.any():
        position = np.searchsorted(s["moving"], tracked)
        change = pressure(after, s["owner"], s["left"], s["right"], len(s["moving"])) - pressure(before, s["owner"], s["left"], s["right"], len(s["moving"]))
        felt = np.where(change == 0, 0.0, np.tanh(alpha[:, None] * change / s["reach"]))
        rows, columns = np.nonzero(absent)
        afters[rows, columns] = felt[rows, position[columns]]
    changes = afters - before[:, tracked]
    tendency = tendencies(before, after, alpha, s)
    changes = np.concatenate([changes, tendency], axis=1)
    afters = np.concatenate([afters, tendency], axis=1)
    m = problem["materiality"]
    median, share, verdict = verdicts(changes, m)
    low, high = np.percentile(afters, [5, 95], axis=0)
    findings = np.flatnonzero(verdict <= 1)
    # Key ties: squared correlation of each tie's drawn effective weight with the change.
    share_k = np.array([slot["share"] for slot in problem["slots"]])
    effective = np.where(present, weights * share_k, 0.0)
    x = effective - effective.mean(axis=0)
    y = changes[:, findings] - changes[:, findings].mean(axis=0)
    covariance = x.T @ y
    variance = np.outer((x * x).sum(axis=0), (y * y).sum(axis=0))
    influence = np.divide(covariance ** 2, variance, out=np.zeros_like(variance), where=variance > 0)
    key = np.argsort(-influence, axis=0)[:3]
    # Leaving each source of the key ties out of the central run.
    slots = problem["slots"]
    coded = np.array([[slot["weight"] for slot in slots]])
    coded_present = np.array([[slot["baseline"] for slot in slots]])
    central_alpha = np.array([problem["coupling"]])
    tested = sorted({source for column in range(len(findings)) for j in key[:, column] for source in slots[j]["sources"]})
    lost = 0
    for source in tested:
        w, there = coded.copy(), coded_present.copy()
        for j, slot in enumerate(slots):
            if source in slot["sources"]:
                others = [r if r is not None else slot["weight"] for r, s2 in zip(slot["readings"], slot["sources"]) if s2 != source]
                if others:
                    w[0, j] = sum(others) / len(others)
                else:
                    there[0, j] = False
        b, a, _ = world(problem, s, w, there, central_alpha)
        change = np.concatenate([a[:, tracked] - b[:, tracked], tendencies(b, a, central_alpha, s)], axis=1)[0]
        lost += int(np.sum((np.sign(change[findings]) != np.sign(median[findings])) | (np.abs(change[findings]) < m)))
    elapsed = time.perf_counter() - start
    print(f"numpy-draws\t{elapsed:.9f}")
    print(f"numpy-findings\t{len(findings)}")
    print(f"relgraph-findings\t{problem['findings']}")
    print(f"numpy-sources-tested\t{len(tested)}")
    print(f"numpy-lost-without-a-source\t{lost}")


if __name__ == "__main__":
    main()
