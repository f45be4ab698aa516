#!/usr/bin/env bash
# Edit benchmark: commit latency of one edit, and moves of 1 and 10 nodes committed and
# repainted in the app, on a generated 100,000-node / ~500,000-edge map; then the change log's
# size after EDITS more edits and after the import. See README.md.
#
#   tests/bench/run_edit_bench.sh                 # generate, import, benchmark
#   NODES=10000 EDITS=10000 tests/bench/run_edit_bench.sh
#
# Environment: NODES (default 100000), SEED (1), RUNS (20), EDITS (0), BUILD_DIR
# (<repo>/build-bench), JOBS (2), GENERATOR (../shared/bench/gen_graph.py from the repository),
# KEEP=1 keeps the generated data and map.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODES="${NODES:-100000}"
SEED="${SEED:-1}"
RUNS="${RUNS:-20}"
EDITS="${EDITS:-0}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-bench}"
JOBS="${JOBS:-2}"
PYTHON=/usr/bin/python3
GENERATOR="${GENERATOR:-$ROOT/../shared/bench/gen_graph.py}"

echo "== machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== building (Release, KIZUNA_BENCH=ON) in $BUILD_DIR"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIZUNA_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS" --target edit_bench kizuna-cli

[[ -f "$GENERATOR" ]] || { echo "run_edit_bench.sh: $GENERATOR not found" >&2; exit 1; }
DIR="$(mktemp -d "${TMPDIR:-/tmp}/kizuna-edit-bench.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  trap 'echo "data and map kept in $DIR"' EXIT
else
  trap 'rm -rf "$DIR"' EXIT
fi
echo "== generating $NODES nodes (seed $SEED) into $DIR"
"$PYTHON" "$GENERATOR" --nodes "$NODES" --seed "$SEED" --out "$DIR" --formats csv
echo "== kizuna-cli import"
start=$(date +%s%N)
"$BUILD_DIR/app/kizuna-cli" import "$DIR/map.kizuna" "$DIR/nodes.csv" --edges "$DIR/edges.csv" \
  >/dev/null
echo "import: $(( ($(date +%s%N) - start) / 1000000 )) ms, map file $(du -k "$DIR/map.kizuna" | cut -f1) KiB"
if sqlite3 -version >/dev/null 2>&1; then
  echo "change log after the import: $(sqlite3 "$DIR/map.kizuna" \
    "SELECT count(*) || ' records, ' || sum(length(ids) + coalesce(length(operations), 0) +
            coalesce(length(summary), 0)) || ' bytes' FROM journal")"
fi
echo "== edit_bench"
"$BUILD_DIR/tests/bench/edit_bench" "$DIR/map.kizuna" --runs "$RUNS" --edits "$EDITS"
