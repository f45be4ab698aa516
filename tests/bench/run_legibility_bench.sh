#!/usr/bin/env bash
# Legibility benchmark: Kizuna's five layouts and its label placement next to Graphviz's neato and
# sfdp positions, on the same graphs, measured the same way (labels shown at Fit to Window,
# overlaps, page fill, stress, crossings, label sizes in the exported PDF). See README.md.
#
#   tests/bench/run_legibility_bench.sh                      # a few minutes on 2 cores
#   BUILD_DIR=/path/to/build KEEP=1 tests/bench/run_legibility_bench.sh
#
# Builds nothing: BUILD_DIR (default <repo>/build) must hold a Release build configured with
# -DKIZUNA_BENCH=ON with the targets legibility_bench and kizuna-cli built:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIZUNA_BENCH=ON
#   cmake --build build --target legibility_bench kizuna-cli
# Environment: BUILD_DIR, GENERATOR (../shared/bench/gen_graph.py from the repository),
# GEN_NODES ("500 2000"), PAIRS (2000 node pairs for stress), KEEP=1 keeps the graphs, maps,
# Graphviz outputs and PDFs (in a temporary directory, never in the repository).
# Needs graphviz (neato, sfdp), poppler-utils (pdftotext) and python3-networkx.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
GENERATOR="${GENERATOR:-$ROOT/../shared/bench/gen_graph.py}"
GEN_NODES="${GEN_NODES:-500 2000}"
PAIRS="${PAIRS:-2000}"
PYTHON=/usr/bin/python3
BENCH="$BUILD_DIR/tests/bench/legibility_bench"
CLI="$BUILD_DIR/app/kizuna-cli"

for tool in "$PYTHON" neato sfdp pdftotext; do
  command -v "$tool" >/dev/null || { echo "run_legibility_bench.sh: $tool not found" >&2; exit 1; }
done
"$PYTHON" -c 'import networkx' 2>/dev/null ||
  { echo "run_legibility_bench.sh: python3-networkx not installed" >&2; exit 1; }
for binary in "$BENCH" "$CLI"; do
  [[ -x "$binary" ]] || {
    echo "run_legibility_bench.sh: $binary not found; build it first:" >&2
    echo "  cmake -S $ROOT -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIZUNA_BENCH=ON" >&2
    echo "  cmake --build $BUILD_DIR --target legibility_bench kizuna-cli" >&2
    exit 1
  }
done
[[ -f "$GENERATOR" ]] || { echo "run_legibility_bench.sh: $GENERATOR not found" >&2; exit 1; }

DIR="$(mktemp -d "${TMPDIR:-/tmp}/kizuna-legibility-bench.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  trap 'echo "graphs, maps, Graphviz outputs and PDFs kept in $DIR"' EXIT
else
  trap 'rm -rf "$DIR"' EXIT
fi
export QT_QPA_PLATFORM=offscreen
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then # else Qt warns on every start
  export XDG_RUNTIME_DIR="$DIR/runtime"
  mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
START=$(date +%s)

echo "== machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== $(dot -V 2>&1), $(pdftotext -v 2>&1 | head -1), networkx $("$PYTHON" -c 'import networkx; print(networkx.__version__)')"
echo "== collecting graphs into $DIR"
"$CLI" init "$DIR/bundled.kizuna" --bundled >/dev/null
# networkx's classic social networks, written as GraphML with a 'label' per node. Debian's
# graphviz package ships no example graphs, so Davis' Southern Women stands in for one.
"$PYTHON" - "$DIR" <<'EOF'
import sys
import networkx as nx
out = sys.argv[1]

def write(graph, name, label, kind=None):
    g = nx.Graph()
    for n, data in graph.nodes(data=True):
        attrs = {"label": label(n)}
        if kind:
            attrs["type"] = kind(n, data)
        g.add_node(str(n), **attrs)
    for u, v in graph.edges():
        g.add_edge(str(u), str(v))
    nx.write_graphml(g, f"{out}/{name}.graphml")

write(nx.les_miserables_graph(), "lesmis", str)
write(nx.karate_club_graph(), "karate",
      lambda n: {0: "Mr. Hi", 33: "Officer"}.get(n, f"Member {n + 1}"))
write(nx.davis_southern_women_graph(), "davis", str,
      lambda n, d: "Woman" if d.get("bipartite") == 0 else "Event")
EOF
GRAPHS=(bundled:bundled.kizuna lesmis:lesmis.graphml karate:karate.graphml davis:davis.graphml)
for n in $GEN_NODES; do
  "$PYTHON" "$GENERATOR" --nodes "$n" --seed 1 --out "$DIR/gen$n" --formats graphml >/dev/null
  GRAPHS+=("gen$n:gen$n/graph.graphml")
done

LOG="$DIR/rows.log"
: >"$LOG"
mkdir -p "$DIR/pdf"
for entry in "${GRAPHS[@]}"; do
  name="${entry%%:*}"
  input="$DIR/${entry#*:}"
  map="$DIR/$name.kizuna"
  # A graph file is imported into $map (as kizuna-cli import does); both write Graphviz's input.
  if [[ "$input" == "$map" ]]; then
    "$BENCH" "$map" --write-dot "$DIR/$name.dot" >/dev/null
  else
    "$BENCH" "$input" --map "$map" --write-dot "$DIR/$name.dot" >/dev/null
  fi
  gv=()
  for program in neato sfdp; do # Graphviz defaults (sfdp removes overlaps with prism, neato not)
    t0=$(date +%s%N)
    "$program" -Tdot "$DIR/$name.dot" -o "$DIR/$name.$program.dot"
    echo "$name: $program $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    gv+=(--positions "$program=$DIR/$name.$program.dot")
  done
  extra=()
  [[ "$name" != bundled ]] || extra=(--stored)
  "$BENCH" "$map" --name "$name" --pairs "$PAIRS" --pdf-dir "$DIR/pdf" "${extra[@]}" "${gv[@]}" |
    tee -a "$LOG" | grep -v '^| '
done

echo
echo "== legibility ($(date -u +%Y-%m-%d), $(nproc) cores, $(( $(date +%s) - START )) s in all)"
echo
echo "| graph | nodes | edges | layout | median edge | labelled at Fit, 1280×800 (%) | label overlaps | node overlaps | A4 fill (%) | stress | crossings | smallest PDF label (pt) | labels in PDF (%) |"
echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
grep '^| ' "$LOG"
