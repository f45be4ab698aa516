#!/usr/bin/env python3
"""Layout quality figures, measured the same way for Kizuna and its peers (standard library only).

    layout_quality.py MAP.kizuna [--positions FILE]

The graph is the map's (its relations, taken as undirected); the positions are the map's own or,
with --positions, those in FILE: one "node-id x y" per line (whitespace separated), or Graphviz
`-Tplain` output ("node NAME X Y ..." lines, NAME being the map's node id).
Prints one JSON object:

- stress: over 4,000 sampled node pairs (40 sources, 100 targets each, seeded), the normalised
  stress sum(((s * |xi - xj| - dij) / dij)^2) / pairs, where dij is the number of hops between
  them and s the scale that minimises it (so the drawing's size does not matter). Lower is better.
- distance_correlation: Pearson correlation of drawn distance with hops over the same pairs.
  Higher is better.
- crossings_sampled: proper crossings among 2,000 relations sampled (seeded) from the map, pairs
  that share a node left out; crossings_estimate scales that to every pair of relations.
  Lower is better. The same relations are sampled whatever the positions.
"""
import argparse
import json
import math
import random
import sqlite3
import sys
from collections import deque

SOURCES, TARGETS_PER_SOURCE, SAMPLED_EDGES = 40, 100, 2000


def read_map(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    positions = {i: (x, y) for i, x, y in db.execute("SELECT id, x, y FROM node")}
    edges = [(s, t) for s, t in db.execute("SELECT source_id, target_id FROM edge ORDER BY id")
             if s != t]
    return positions, edges


def read_positions(path):
    positions = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 4 and parts[0] == "node":  # Graphviz -Tplain
                parts = parts[1:4]
            elif len(parts) != 3 or parts[0] in ("graph", "edge", "stop"):
                continue
            try:
                positions[int(parts[0].strip('"'))] = (float(parts[1]), float(parts[2]))
            except ValueError:
                continue
    return positions


def hops_from(source, adjacency):
    dist = {source: 0}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v in adjacency[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def stress_figures(positions, edges, ids):
    adjacency = {i: [] for i in ids}
    for s, t in edges:
        adjacency[s].append(t)
        adjacency[t].append(s)
    rng = random.Random(7)
    pairs = []
    for source in rng.sample(ids, min(SOURCES, len(ids))):
        dist = hops_from(source, adjacency)
        targets = sorted(t for t in dist if t != source)
        for target in rng.sample(targets, min(TARGETS_PER_SOURCE, len(targets))):
            (x1, y1), (x2, y2) = positions[source], positions[target]
            pairs.append((math.hypot(x1 - x2, y1 - y2), dist[target]))
    if not pairs:
        return None, None, 0
    num = sum(x / d for x, d in pairs)
    den = sum((x / d) ** 2 for x, d in pairs)
    scale = num / den if den > 0 else 1.0
    stress = sum(((scale * x - d) / d) ** 2 for x, d in pairs) / len(pairs)
    n = len(pairs)
    mx = sum(x for x, _ in pairs) / n
    md = sum(d for _, d in pairs) / n
    cov = sum((x - mx) * (d - md) for x, d in pairs)
    sx = math.sqrt(sum((x - mx) ** 2 for x, _ in pairs))
    sd = math.sqrt(sum((d - md) ** 2 for _, d in pairs))
    corr = cov / (sx * sd) if sx > 0 and sd > 0 else 0.0
    return stress, corr, n


def orientation(ax, ay, bx, by, cx, cy):
    v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (v > 0) - (v < 0)


def crossing_figures(positions, edges):
    sample = random.Random(11).sample(edges, min(SAMPLED_EDGES, len(edges)))
    segments = [(s, t) + positions[s] + positions[t] for s, t in sample]
    count = 0
    for i in range(len(segments)):
        s1, t1, ax, ay, bx, by = segments[i]
        for j in range(i + 1, len(segments)):
            s2, t2, cx, cy, dx, dy = segments[j]
            if s1 == s2 or s1 == t2 or t1 == s2 or t1 == t2:
                continue
            # bounding boxes first: most pairs are far apart
            if max(ax, bx) < min(cx, dx) or max(cx, dx) < min(ax, bx) or \
               max(ay, by) < min(cy, dy) or max(cy, dy) < min(ay, by):
                continue
            if orientation(ax, ay, bx, by, cx, cy) * orientation(ax, ay, bx, by, dx, dy) < 0 and \
               orientation(cx, cy, dx, dy, ax, ay) * orientation(cx, cy, dx, dy, bx, by) < 0:
                count += 1
    m, s = len(edges), len(segments)
    estimate = count * (m * (m - 1) / 2) / (s * (s - 1) / 2) if s > 1 else 0
    return count, estimate, s


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("map")
    parser.add_argument("--positions")
    args = parser.parse_args()
    positions, edges = read_map(args.map)
    if args.positions:
        theirs = read_positions(args.positions)
        missing = [i for i in positions if i not in theirs]
        if missing:
            sys.exit("layout_quality: %s has no position for %d nodes (node %d, ...)"
                     % (args.positions, len(missing), missing[0]))
        positions = theirs
    elif any(p[0] is None for p in positions.values()):
        sys.exit("layout_quality: %s has nodes without a position" % args.map)
    ids = sorted(positions)
    stress, corr, pairs = stress_figures(positions, edges, ids)
    crossings, estimate, sampled = crossing_figures(positions, edges)
    print(json.dumps({"stress": round(stress, 4) if stress is not None else None,
                      "distance_correlation": round(corr, 4) if corr is not None else None,
                      "pairs": pairs, "crossings_sampled": crossings,
                      "crossings_estimate": round(estimate), "edges_sampled": sampled}))


if __name__ == "__main__":
    main()
