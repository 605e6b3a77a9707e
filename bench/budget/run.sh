#!/usr/bin/env bash
# budget-service benchmarks, see bench/README.md.
#   bench/budget/run.sh derive    in-process derivation of the 13 tables (300-line budget and the sample)
#   bench/budget/run.sh http      wrk against GET .../tables of a running budget-service (BUDGET_URL, default :8081)
#   bench/budget/run.sh put       wrk PUT of the 300-line budget (BENCH/2025), every request a real write:
#                                 one connection chaining If-Match, then 16 connections without If-Match
#   bench/budget/run.sh json      only writes the 300-line budget to bench/budget/target/bench-budget.json
#   bench/budget/compare.sh OLD NEW   two builds side by side (see there)
# Writes send Authorization: Bearer $TOKEN when TOKEN is set (an admin token: docs/identity.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
OUT="$ROOT/bench/budget/target"
mkdir -p "$OUT"

classpath() {
  # The modules budget-service's tests depend on (test scope), installed so -pl budget-service resolves them.
  ./mvnw -B -q -N install >&2
  ./mvnw -B -q -pl tools/test-postgres,tools/identity-dev -DskipTests install >&2
  ./mvnw -B -q -pl budget-service test-compile >&2
  local deps
  deps="$(./mvnw -B -q -pl budget-service dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
  echo "$ROOT/budget-service/target/classes:$ROOT/budget-service/target/test-classes:$deps"
}

compile() {
  CP="$(classpath)"
  javac -cp "$CP" -d "$OUT" bench/budget/DeriveBenchmark.java
}

AUTH=()
[[ -n "${TOKEN:-}" ]] && AUTH=(-H "Authorization: Bearer $TOKEN")

# The BENCH unit and its 300-line budget as a draft: created, or updated with the ETag read (docs/publication.md).
load_bench_budget() {
  # shellcheck source=samples/put-json.sh
  source samples/put-json.sh
  put_json bench "$URL" /api/v1/units/BENCH samples/budget/unit-402001.json /api/v1/units/BENCH > /dev/null
  put_json bench "$URL" /api/v1/budgets/BENCH/2025 "$OUT/bench-budget.json" > /dev/null
}

case "${1:-derive}" in
  json)
    compile
    (cd budget-service && java -cp "$CP:$OUT" DeriveBenchmark 300 --write-json "$OUT/bench-budget.json" > /dev/null)
    echo "$OUT/bench-budget.json"
    ;;
  derive)
    compile
    (cd budget-service && java -cp "$CP:$OUT" DeriveBenchmark 300)
    ;;
  http)
    command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
    URL="${BUDGET_URL:-http://127.0.0.1:8081}"
    compile
    (cd budget-service && java -cp "$CP:$OUT" DeriveBenchmark 300 --write-json "$OUT/bench-budget.json")
    load_bench_budget
    # Anonymous readers (wrk) get the published revision: freeze the draft as the next revision.
    next="$(curl -sf "${AUTH[@]}" "$URL/api/v1/budgets/BENCH/2025/revisions" | sed -n 's/.*"latest":\([0-9]*\).*/\1/p')"
    curl -s -o /dev/null -X PUT "${AUTH[@]}" -H 'Content-Type: application/json' --data '{}' \
      "$URL/api/v1/budgets/BENCH/2025/revisions/$(( ${next:-0} + 1 ))"
    curl -sf "$URL/api/v1/budgets/BENCH/2025/tables" > /dev/null
    for target in "BENCH/2025 (300 lines)" "402001/2025 (the sample)"; do
      path="${target%% *}"
      echo "== GET /api/v1/budgets/$path/tables — $target"
      wrk -t2 -c16 -d5s "$URL/api/v1/budgets/$path/tables" > /dev/null   # warm-up
      wrk -t2 -c16 -d20s --latency "$URL/api/v1/budgets/$path/tables"
    done
    echo "== GET .../tables with If-None-Match (304), 300 lines"
    etag="$(curl -sfI "$URL/api/v1/budgets/BENCH/2025/tables" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')"
    wrk -t2 -c16 -d20s --latency -H "If-None-Match: $etag" "$URL/api/v1/budgets/BENCH/2025/tables"
    ;;
  put)
    command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
    URL="${BUDGET_URL:-http://127.0.0.1:8081}"
    DURATION="${PUT_DURATION:-20s}"
    compile
    (cd budget-service && java -cp "$CP:$OUT" DeriveBenchmark 300 --write-json "$OUT/bench-budget.json")
    load_bench_budget
    etag() { curl -sfI "${AUTH[@]}" "$URL/api/v1/budgets/BENCH/2025?revision=draft" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
    echo "== PUT /api/v1/budgets/BENCH/2025 (300 lines), 1 connection, If-Match chained"
    wrk -t1 -c1 -d5s "${AUTH[@]}" -s bench/budget/put.lua "$URL/api/v1/budgets/BENCH/2025" -- "$OUT/bench-budget.json" "$(etag)" > /dev/null   # warm-up
    wrk -t1 -c1 -d"$DURATION" --latency "${AUTH[@]}" -s bench/budget/put.lua "$URL/api/v1/budgets/BENCH/2025" -- "$OUT/bench-budget.json" "$(etag)"
    echo "== PUT /api/v1/budgets/BENCH/2025 (300 lines), 16 connections, no If-Match"
    wrk -t2 -c16 -d"$DURATION" --timeout 30s --latency "${AUTH[@]}" -s bench/budget/put.lua "$URL/api/v1/budgets/BENCH/2025" -- "$OUT/bench-budget.json" ""
    ;;
  *) echo "usage: $0 derive|http|put" >&2; exit 2 ;;
esac
