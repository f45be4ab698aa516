#!/usr/bin/env bash
# Analysis benchmark: search, shortest paths, 2-hop neighbourhoods, metrics and the force layout
# on a generated 100,000-node / ~500,000-edge map opened read-only. See README.md.
#
#   tests/bench/run_analysis_bench.sh              # generate, import, then benchmark
#   tests/bench/run_analysis_bench.sh MAP.kizuna   # benchmark an existing map (read-only)
#   NODES=10000 KEEP=1 tests/bench/run_analysis_bench.sh
#
# Environment: NODES (default 100000), SEED (1), BUILD_DIR (<repo>/build-bench), JOBS (2),
# SAMPLES (20 node pairs / centres), REPEAT (20 runs per search query),
# LAYOUT_ITERATIONS (unset: ForceLayoutOptions' default, 300; fewer for a quick look),
# KEEP=1 keeps the generated data and map (in a temporary directory, never in the repository).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODES="${NODES:-100000}"
SEED="${SEED:-1}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-bench}"
JOBS="${JOBS:-2}"
SAMPLES="${SAMPLES:-20}"
REPEAT="${REPEAT:-20}"
PYTHON=/usr/bin/python3
GENERATOR="${GENERATOR:-$ROOT/../shared/bench/gen_graph.py}"
MAP="${1:-}"

if [[ $# -gt 1 ]]; then
  echo "usage: run_analysis_bench.sh [MAP.kizuna]" >&2
  exit 2
fi
[[ -z "$MAP" || -f "$MAP" ]] || { echo "run_analysis_bench.sh: $MAP not found" >&2; exit 1; }
command -v cmake >/dev/null || { echo "run_analysis_bench.sh: cmake not found" >&2; exit 1; }

echo "== machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ)"

echo "== building (Release, KIZUNA_BENCH=ON) in $BUILD_DIR"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIZUNA_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS" --target analysis_bench
BENCH=("$BUILD_DIR/tests/bench/analysis_bench" --samples "$SAMPLES" --repeat "$REPEAT"
  ${LAYOUT_ITERATIONS:+--layout-iterations "$LAYOUT_ITERATIONS"})

if [[ -n "$MAP" ]]; then
  echo "== analysis_bench $MAP"
  exec "${BENCH[@]}" "$MAP"
fi

command -v "$PYTHON" >/dev/null || { echo "run_analysis_bench.sh: $PYTHON not found" >&2; exit 1; }
[[ -f "$GENERATOR" ]] || { echo "run_analysis_bench.sh: $GENERATOR not found" >&2; exit 1; }
DIR="$(mktemp -d "${TMPDIR:-/tmp}/kizuna-analysis-bench.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  trap 'echo "data and map kept in $DIR"' EXIT
else
  trap 'rm -rf "$DIR"' EXIT
fi

echo "== generating $NODES nodes (seed $SEED) into $DIR"
"$PYTHON" "$GENERATOR" --nodes "$NODES" --seed "$SEED" --out "$DIR" --formats csv

echo "== analysis_bench --import (then everything on the map reopened read-only)"
"${BENCH[@]}" --import "$DIR/nodes.csv" "$DIR/edges.csv" "$DIR/map.kizuna"
