#!/usr/bin/env python3
"""Scale benchmark: Kizuna and its peers side by side on one generated graph, in one run.

Run through run_scale_bench.sh (it builds the Release binaries first). Each figure is the median
of --runs runs (heavy ones: --heavy-runs) of wall time and peak memory (the child's max RSS),
with the peer's figure from the same run and the ratio (Kizuna / peer: below 1 is faster).
Prints a table as it goes, then one JSON object on a line starting with "JSON ".
Peers: sqlite3 (.import and indexes), Graphviz (sfdp, neato -n2), python3-igraph (where
installed). A peer that is missing is reported as such, never guessed.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd, stdin=None, env=None, check=True):
    """Runs cmd; returns (seconds, peak MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate(stdin.encode() if stdin else None)
    seconds = time.perf_counter() - start
    if check and proc.returncode != 0:
        sys.exit("scale_bench: %s failed: %s" % (" ".join(cmd), err.decode(errors="replace")))
    return seconds, out.decode(errors="replace")


def measured(cmd, runs, before=None, stdin=None, env=None):
    """Median seconds and peak MiB of `runs` runs of cmd (`before` runs first each time)."""
    times, peaks, out = [], [], ""
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M"] + cmd,
                                stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        stdout, stderr = proc.communicate(stdin.encode() if stdin else None)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit("scale_bench: %s failed:\n%s" % (" ".join(cmd), stderr.decode(errors="replace")[-2000:]))
        peaks.append(int(stderr.decode().strip().splitlines()[-1]) / 1024.0)
        out = stdout.decode(errors="replace")
    return statistics.median(times), max(peaks), out


def igraph_available():
    try:
        import igraph  # noqa: F401
        return True
    except ImportError:
        return False


IGRAPH_SCRIPT = r"""
import sys, time, igraph
t, elapsed = time.perf_counter(), None
what, path = sys.argv[1], sys.argv[2]
if what == "graphml":
    g = igraph.Graph.Read_GraphML(path)
elif what == "neighbors":
    g = igraph.Graph.Read_GraphML(path)
    hub = max(range(g.vcount()), key=g.degree)
    len(g.neighborhood(hub, order=2))
elif what == "path":
    g = igraph.Graph.Read_GraphML(path)
    g.get_shortest_paths(0, to=g.vcount() - 1, mode="all")
elif what == "layout":  # path: a Kizuna map; the positions go to argv[3] as "node-id x y"
    import sqlite3
    db = sqlite3.connect(path)
    ids = [i for (i,) in db.execute("SELECT id FROM node ORDER BY id")]
    at = {i: k for k, i in enumerate(ids)}
    g = igraph.Graph(n=len(ids), edges=[(at[a], at[b]) for a, b in
                                        db.execute("SELECT source_id, target_id FROM edge")])
    t = time.perf_counter()
    layout = g.layout_fruchterman_reingold(grid=True)
    elapsed = time.perf_counter() - t
    with open(sys.argv[3], "w") as out:
        for i, (x, y) in zip(ids, layout.coords):
            out.write("%d %r %r\n" % (i, x, y))
print(elapsed if elapsed is not None else time.perf_counter() - t)
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--canvas-bench", required=True)
    parser.add_argument("--data", required=True, help="gen_graph.py output (csv, graphml, dot)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--heavy-runs", type=int, default=1)
    parser.add_argument("--no-layout", action="store_true", help="skip the layouts (sfdp: minutes)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="kizuna-scale-")
    data = args.data
    nodes_csv, edges_csv = os.path.join(data, "nodes.csv"), os.path.join(data, "edges.csv")
    graphml = os.path.join(data, "graph.graphml")
    cli = args.cli
    figures = []
    with_igraph = igraph_available()

    def figure(name, kizuna, peer_name=None, peer=None, target=None):
        row = {"figure": name, "kizuna_s": round(kizuna[0], 4), "kizuna_mb": round(kizuna[1], 1)}
        if peer_name:
            row["peer"] = peer_name
            if peer is None:
                row["peer_s"] = None
            else:
                row["peer_s"] = round(peer[0], 4)
                if len(peer) > 1 and peer[1] is not None:
                    row["peer_mb"] = round(peer[1], 1)
                row["ratio"] = round(kizuna[0] / peer[0], 2) if peer[0] > 0 else None
        if target:
            row["target"] = target
        figures.append(row)
        peer_text = ""
        if peer_name:
            peer_text = "%-30s %s" % (peer_name, "not installed" if peer is None else
                                        "%8.3f s  ratio %5.2f" % (peer[0], row.get("ratio") or 0))
        print("%-34s %8.3f s %7.0f MB   %s" % (name, kizuna[0], kizuna[1], peer_text), flush=True)

    mapfile = os.path.join(work, "map.kizuna")

    def fresh():
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(mapfile + suffix):
                os.remove(mapfile + suffix)

    # Imports.
    kiz = measured([cli, "import", mapfile, nodes_csv, "--edges", edges_csv], args.runs, fresh)
    sqlite_db = os.path.join(work, "peer.db")

    def fresh_sqlite():
        if os.path.exists(sqlite_db):
            os.remove(sqlite_db)

    peer = measured(["sqlite3", sqlite_db, ".mode csv", ".import %s nodes" % nodes_csv,
                     ".import %s edges" % edges_csv,
                     "CREATE INDEX e_s ON edges(source)", "CREATE INDEX e_t ON edges(target)"],
                    args.runs, fresh_sqlite)
    figure("import CSV pair", kiz, "sqlite3 .import + indexes", peer, "within 2x of sqlite3")
    # The same indexes a map has: relations by source, target and type, nodes by type, and an
    # FTS5 trigram index of the names (Kizuna's search index).
    peer = measured(["sqlite3", sqlite_db, ".mode csv", ".import %s nodes" % nodes_csv,
                     ".import %s edges" % edges_csv,
                     "CREATE INDEX e_s ON edges(source)", "CREATE INDEX e_t ON edges(target)",
                     "CREATE INDEX e_r ON edges(type)", "CREATE INDEX n_t ON nodes(type)",
                     "CREATE VIRTUAL TABLE search USING fts5(text, tokenize = 'trigram')",
                     "INSERT INTO search(rowid, text) SELECT rowid, lower(label) FROM nodes"],
                    args.runs, fresh_sqlite)
    figure("import CSV pair (a map's indexes)", kiz, "sqlite3 + the same indexes", peer,
           "within 2x of sqlite3")
    graphml_map = os.path.join(work, "graphml.kizuna")

    def fresh_graphml():
        if os.path.exists(graphml_map):
            os.remove(graphml_map)

    kiz = measured([cli, "import", graphml_map, graphml], args.heavy_runs, fresh_graphml)
    peer = None
    if with_igraph:
        peer = measured([sys.executable, "-c", IGRAPH_SCRIPT, "graphml", graphml], args.heavy_runs)
    figure("import GraphML", kiz, "igraph Read_GraphML", peer)

    # Read-only commands on the imported map.
    hub = subprocess.run([cli, "stats", mapfile, "--json"], capture_output=True, text=True)
    kiz = measured([cli, "stats", mapfile], args.runs)
    peer = measured(["sqlite3", sqlite_db, "SELECT count(*) FROM nodes; SELECT count(*) FROM edges;"],
                    args.runs)
    figure("kizuna-cli stats", kiz, "sqlite3 two counts", peer, "< 50 ms")
    kiz = measured([cli, "search", mapfile, "Olivia Johnson"], args.runs)
    figure("kizuna-cli search", kiz, target="< 50 ms")
    # The hub: the node with most relations (its id from the file).
    hub_id = subprocess.run(["sqlite3", mapfile,
                             "SELECT n FROM (SELECT source_id AS n FROM edge UNION ALL "
                             "SELECT target_id FROM edge) GROUP BY n ORDER BY count(*) DESC LIMIT 1"],
                            capture_output=True, text=True).stdout.strip()
    last_id = subprocess.run(["sqlite3", mapfile, "SELECT max(id) FROM node"],
                             capture_output=True, text=True).stdout.strip()
    first_id = subprocess.run(["sqlite3", mapfile, "SELECT min(id) FROM node"],
                              capture_output=True, text=True).stdout.strip()
    kiz = measured([cli, "neighbors", mapfile, hub_id, "--depth", "2"], args.runs)
    peer = measured([sys.executable, "-c", IGRAPH_SCRIPT, "neighbors", graphml], args.heavy_runs) \
        if with_igraph else None
    figure("kizuna-cli neighbors hub depth 2", kiz, "igraph load + 2-hop", peer, "< 200 ms")
    kiz = measured([cli, "path", mapfile, first_id, last_id, "--undirected"], args.runs)
    peer = measured([sys.executable, "-c", IGRAPH_SCRIPT, "path", graphml], args.heavy_runs) \
        if with_igraph else None
    figure("kizuna-cli path", kiz, "igraph load + shortest path", peer)

    # Exports of the whole map.
    svg = os.path.join(work, "map.svg")
    kiz = measured([cli, "export", mapfile, svg], args.heavy_runs)
    dot = os.path.join(work, "map.dot")
    subprocess.run([cli, "export", mapfile, dot], check=True, capture_output=True)
    peer = measured(["neato", "-n2", "-Tsvg", "-o", os.path.join(work, "peer.svg"), dot],
                    args.heavy_runs) if shutil.which("neato") else None
    figure("SVG export of the whole map", kiz, "Graphviz neato -n2 -Tsvg", peer,
           "memory < 1 GB, no slower than neato")
    # PDF: on A4 (the default), and on one page sized to the map (capped at 14,400 pt a side).
    kiz = measured([cli, "export", mapfile, os.path.join(work, "map.pdf")], args.heavy_runs)
    figure("PDF export of the whole map (A4)", kiz, target="memory < 1 GB")
    kiz = measured([cli, "export", mapfile, os.path.join(work, "fit.pdf"), "--page", "fit"],
                   args.heavy_runs)
    figure("PDF export, page sized to the map", kiz, target="memory < 1 GB")
    # 48 dpi: at 96 a 100,000-node drawing is larger than a PNG can hold (refused, with advice).
    png = os.path.join(work, "map.png")
    kiz = measured([cli, "export", mapfile, png, "--dpi", "48"], args.heavy_runs)
    figure("PNG export of the whole map (48 dpi)", kiz)

    # Force layout, and how good each picture is (tests/bench/layout_quality.py: stress over
    # sampled node pairs, crossings among sampled relations; the same samples for all three).
    if not args.no_layout:
        quality_script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "layout_quality.py")

        def quality(positions=None):
            cmd = [sys.executable, quality_script, layout_map]
            if positions:
                cmd += ["--positions", positions]
            return json.loads(run(cmd)[1])

        layout_map = os.path.join(work, "layout.kizuna")
        shutil.copy(mapfile, layout_map)
        kiz = measured([cli, "layout", layout_map, "--algorithm", "force"], args.heavy_runs)
        kiz_quality = quality()
        sfdp_plain = os.path.join(work, "sfdp.plain")
        peer = measured(["sfdp", "-Tplain", "-o", sfdp_plain, dot], args.heavy_runs) \
            if shutil.which("sfdp") else None
        figure("force layout", kiz, "Graphviz sfdp", peer, ">= 5x faster than sfdp")
        figures[-1]["kizuna_quality"] = kiz_quality
        if peer:
            figures[-1]["peer_quality"] = quality(sfdp_plain)
        if with_igraph:
            igraph_positions = os.path.join(work, "igraph.txt")
            _, out = run([sys.executable, "-c", IGRAPH_SCRIPT, "layout", mapfile, igraph_positions])
            figure("force layout (vs igraph)", kiz, "igraph FR grid (layout only)",
                   (float(out.strip()), None), "no slower than igraph, lower stress, fewer crossings")
            figures[-1]["kizuna_quality"] = kiz_quality
            figures[-1]["peer_quality"] = quality(igraph_positions)
        for row in figures[-2:]:
            if "peer_quality" in row:
                print("  quality (stress, crossings among %d sampled relations): Kizuna %.3f, %d; "
                      "%s %.3f, %d" % (row["kizuna_quality"]["edges_sampled"],
                                       row["kizuna_quality"]["stress"],
                                       row["kizuna_quality"]["crossings_sampled"], row["peer"],
                                       row["peer_quality"]["stress"],
                                       row["peer_quality"]["crossings_sampled"]), flush=True)

    # The app: open, frames, memory.
    _, _, out = measured([args.canvas_bench, mapfile, "--runs", str(args.runs)], 1,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    app = json.loads([line for line in out.splitlines() if line.startswith("JSON ")][-1][5:])
    for line in out.splitlines():
        if not line.startswith("JSON "):
            print("  " + line)
    result = {"machine": {"cores": os.cpu_count()}, "figures": figures, "app": app}
    print("JSON " + json.dumps(result))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
