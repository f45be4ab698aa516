#!/usr/bin/env bash
# Import benchmark: Kizuna's CSV and GraphML import of a generated 100,000-node / ~500,000-edge
# graph, compared in the same run with sqlite3's .import of the same CSVs. See README.md.
#
#   tests/bench/run_import_bench.sh            # 100,000 nodes, Release build in build-bench/
#   NODES=10000 KEEP=1 tests/bench/run_import_bench.sh
#
# Environment: NODES (default 100000), SEED (1), BUILD_DIR (<repo>/build-bench), JOBS (2),
# KEEP=1 keeps the generated data and maps (in a temporary directory, never in the repository).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODES="${NODES:-100000}"
SEED="${SEED:-1}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-bench}"
JOBS="${JOBS:-2}"
PYTHON=/usr/bin/python3
GENERATOR="${GENERATOR:-$ROOT/../shared/bench/gen_graph.py}"

for tool in "$PYTHON" sqlite3 cmake; do
  command -v "$tool" >/dev/null || { echo "run_import_bench.sh: $tool not found" >&2; exit 1; }
done
[[ -f "$GENERATOR" ]] || { echo "run_import_bench.sh: $GENERATOR not found" >&2; exit 1; }

DIR="$(mktemp -d "${TMPDIR:-/tmp}/kizuna-import-bench.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  trap 'echo "data and maps kept in $DIR"' EXIT
else
  trap 'rm -rf "$DIR"' EXIT
fi

# Runs a command and records its wall time (s) and max RSS (MiB) in TIME_S and RSS_MIB.
# /usr/bin/time -v when available (max RSS), else bash's clock (no RSS).
TIME_S=""; RSS_MIB=""
timed() {
  local log="$DIR/time.log"
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$log" "$@"
    TIME_S="$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$log")"
    RSS_MIB="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$log")"
  else
    local start end
    start="$(date +%s.%N)"
    "$@"
    end="$(date +%s.%N)"
    TIME_S="$(echo "$end - $start" | bc)"; RSS_MIB="n/a"
  fi
}

echo "== machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== sqlite3 $(sqlite3 --version | cut -d' ' -f1)"

echo "== generating $NODES nodes (seed $SEED) into $DIR"
"$PYTHON" "$GENERATOR" --nodes "$NODES" --seed "$SEED" --out "$DIR" --formats csv,graphml
read -r N_NODES N_EDGES < <("$PYTHON" -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["nodes"], m["edges"])' "$DIR/manifest.json")
ls -l "$DIR"/nodes.csv "$DIR"/edges.csv "$DIR"/graph.graphml

echo "== building (Release, KIZUNA_BENCH=ON) in $BUILD_DIR"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIZUNA_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS" --target import_bench kizuna-cli
BENCH="$BUILD_DIR/tests/bench/import_bench"
CLI="$BUILD_DIR/app/kizuna-cli"

echo "== import_bench (in-process phases; parse = readGraphFile, plan = planImport, apply = GraphDocument::apply)"
"$BENCH" "$DIR/nodes.csv" "$DIR/edges.csv" "$DIR/graph.graphml" "$DIR/out" \
  --expect-nodes "$N_NODES" --expect-edges "$N_EDGES"

# sqlite3 .import: a baseline for "get these rows into a SQLite file" with no validation and no
# model. The tables take their columns from the header rows (all TEXT). One process per variant.
cd "$DIR"
count_rows() { sqlite3 "$1" "SELECT (SELECT count(*) FROM nodes) || ' nodes / ' || (SELECT count(*) FROM edges) || ' edges'"; }

echo "== sqlite3 .import (two tables, no index)"
rm -f plain.db
timed sqlite3 plain.db ".mode csv" ".import nodes.csv nodes" ".import edges.csv edges"
SQL_PLAIN_S="$TIME_S"; SQL_PLAIN_RSS="$RSS_MIB"
echo "   $SQL_PLAIN_S s, max RSS $SQL_PLAIN_RSS MiB, $(count_rows plain.db), $(du -m plain.db | cut -f1) MiB"

echo "== sqlite3 .import + CREATE INDEX on edges(source), edges(target)"
rm -f indexed.db
timed sqlite3 indexed.db ".mode csv" ".import nodes.csv nodes" ".import edges.csv edges" \
  "CREATE INDEX edges_source ON edges(source)" "CREATE INDEX edges_target ON edges(target)"
SQL_INDEX_S="$TIME_S"; SQL_INDEX_RSS="$RSS_MIB"
echo "   $SQL_INDEX_S s, max RSS $SQL_INDEX_RSS MiB, $(count_rows indexed.db), $(du -m indexed.db | cut -f1) MiB"

# The same indexes a map has: relations by source, target and type, nodes by type, and a full-text
# (FTS5 trigram) index of the node names, as Kizuna's search index.
echo "== sqlite3 .import + the indexes a Kizuna map has (4 B-tree + FTS5 trigram over labels)"
rm -f same.db
timed sqlite3 same.db ".mode csv" ".import nodes.csv nodes" ".import edges.csv edges" \
  "CREATE INDEX edges_source ON edges(source)" "CREATE INDEX edges_target ON edges(target)" \
  "CREATE INDEX edges_type ON edges(type)" "CREATE INDEX nodes_type ON nodes(type)" \
  "CREATE VIRTUAL TABLE search USING fts5(text, tokenize = 'trigram')" \
  "INSERT INTO search(rowid, text) SELECT rowid, lower(label) FROM nodes"
SQL_SAME_S="$TIME_S"; SQL_SAME_RSS="$RSS_MIB"
echo "   $SQL_SAME_S s, max RSS $SQL_SAME_RSS MiB, $(count_rows same.db), $(du -m same.db | cut -f1) MiB"

# kizuna-cli end to end: process start, create the map, read, plan, apply, close.
cli_counts() { "$CLI" stats "$1" --json | "$PYTHON" -c 'import json,sys; s=json.load(sys.stdin); print(s["nodes"], s["edges"])'; }
check_counts() {
  local label="$1" nodes edges
  read -r nodes edges < <(cli_counts "$2")
  if [[ "$nodes" != "$N_NODES" || "$edges" != "$N_EDGES" ]]; then
    echo "run_import_bench.sh: $label: map has $nodes nodes / $edges edges, expected $N_NODES / $N_EDGES" >&2
    exit 1
  fi
  echo "   counts OK: $nodes nodes / $edges edges, map $(du -m "$2" | cut -f1) MiB"
}

echo "== kizuna-cli import map.kizuna nodes.csv --edges edges.csv"
rm -f cli-csv.kizuna
timed "$CLI" import cli-csv.kizuna nodes.csv --edges edges.csv
CLI_CSV_S="$TIME_S"; CLI_CSV_RSS="$RSS_MIB"
echo "   $CLI_CSV_S s, max RSS $CLI_CSV_RSS MiB"
check_counts "kizuna-cli CSV" cli-csv.kizuna

echo "== kizuna-cli import map.kizuna graph.graphml"
rm -f cli-graphml.kizuna
timed "$CLI" import cli-graphml.kizuna graph.graphml
CLI_GML_S="$TIME_S"; CLI_GML_RSS="$RSS_MIB"
echo "   $CLI_GML_S s, max RSS $CLI_GML_RSS MiB"
check_counts "kizuna-cli GraphML" cli-graphml.kizuna

echo
echo "== summary: $N_NODES nodes, $N_EDGES edges, $(nproc) cores, Release"
awk -F'\t' 'NR > 1 { printf "Kizuna %-8s parse %7.2f s  plan %6.2f s  apply %7.2f s  total %7.2f s  peak RSS %7.1f MiB  reopen %5.2f s  counts %s\n", $1, $2, $4, $5, $6, $10, $7, $14 }' \
  "$DIR/out/import_bench.tsv"
printf "kizuna-cli import CSV pair (end to end)      %7s s  max RSS %7s MiB\n" "$CLI_CSV_S" "$CLI_CSV_RSS"
printf "kizuna-cli import GraphML (end to end)       %7s s  max RSS %7s MiB\n" "$CLI_GML_S" "$CLI_GML_RSS"
printf "sqlite3 .import CSV pair                     %7s s  max RSS %7s MiB\n" "$SQL_PLAIN_S" "$SQL_PLAIN_RSS"
printf "sqlite3 .import CSV pair + 2 edge indexes    %7s s  max RSS %7s MiB\n" "$SQL_INDEX_S" "$SQL_INDEX_RSS"
printf "sqlite3 .import CSV pair + a map's indexes   %7s s  max RSS %7s MiB\n" "$SQL_SAME_S" "$SQL_SAME_RSS"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'; }
echo "kizuna-cli CSV import / sqlite3 + 2 edge indexes: $(ratio "$CLI_CSV_S" "$SQL_INDEX_S"); / sqlite3 + a map's indexes: $(ratio "$CLI_CSV_S" "$SQL_SAME_S")"
