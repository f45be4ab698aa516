#!/usr/bin/env bash
# Scale benchmark: Kizuna beside sqlite3, Graphviz and python3-igraph on one generated graph
# (100,000 nodes / ~500,000 relations by default), each figure with the peer's from the same run
# and the ratio, then one JSON object (the line starting "JSON "). See README.md.
#
#   tests/bench/run_scale_bench.sh                      # 100,000 nodes, Release build in build-bench/
#   NODES=10000 RUNS=1 NO_LAYOUT=1 tests/bench/run_scale_bench.sh
#
# Environment: NODES (100000), M (relations per new node, 5), SEED (1), RUNS (3), HEAVY_RUNS (1),
# NO_LAYOUT=1 (skip force layouts: sfdp takes minutes), BUILD_DIR (<repo>/build-bench), JOBS (2),
# GENERATOR (../shared/bench/gen_graph.py from the repository). Needs sqlite3 and /usr/bin/time;
# graphviz and python3-igraph are compared where installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODES="${NODES:-100000}"
M="${M:-5}"
SEED="${SEED:-1}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-bench}"
JOBS="${JOBS:-2}"
PYTHON=/usr/bin/python3
GENERATOR="${GENERATOR:-$ROOT/../shared/bench/gen_graph.py}"

for tool in "$PYTHON" sqlite3 cmake /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_scale_bench.sh: $tool not found" >&2; exit 1; }
done
[[ -f "$GENERATOR" ]] || { echo "run_scale_bench.sh: $GENERATOR not found" >&2; exit 1; }

echo "== machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== building (Release, KIZUNA_BENCH=ON) in $BUILD_DIR"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIZUNA_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS" --target kizuna-cli canvas_bench

DIR="$(mktemp -d "${TMPDIR:-/tmp}/kizuna-scale-bench.XXXXXX")"
trap 'rm -rf "$DIR"' EXIT
echo "== generating $NODES nodes (m $M, seed $SEED) into $DIR"
"$PYTHON" "$GENERATOR" --nodes "$NODES" --m "$M" --seed "$SEED" --out "$DIR" --formats csv,graphml

args=(--cli "$BUILD_DIR/app/kizuna-cli" --canvas-bench "$BUILD_DIR/tests/bench/canvas_bench"
      --data "$DIR" --runs "${RUNS:-3}" --heavy-runs "${HEAVY_RUNS:-1}")
[[ "${NO_LAYOUT:-0}" == 1 ]] && args+=(--no-layout)
"$PYTHON" "$ROOT/tests/bench/scale_bench.py" "${args[@]}"
