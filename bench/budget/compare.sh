#!/usr/bin/env bash
# Two budget-service builds side by side in one run, on the same machine, each on its own fresh database and a
# bounded heap: GET .../tables of the 300-line budget and PUT of it (every PUT a real write, If-Match chained),
# in alternating rounds so drift in the machine's load hits both alike.
#   bench/budget/compare.sh /path/to/old/quarkus-app /path/to/new/quarkus-app [rounds]
# Needs wrk and psql (PostgreSQL on 127.0.0.1:5432, user postgres). Sends TOKEN as a bearer token when set.
set -euo pipefail
cd "$(dirname "$0")/../.."
OLD="${1:?old quarkus-app dir}"; NEW="${2:?new quarkus-app dir}"; ROUNDS="${3:-3}"
OUT="bench/budget/target"; mkdir -p "$OUT"
JSON="$(bench/budget/run.sh json | tail -1)"
AUTH=(); [[ -n "${TOKEN:-}" ]] && AUTH=(-H "Authorization: Bearer $TOKEN")
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

start() { # name app port
  psql -h 127.0.0.1 -U postgres -qAt -c "DROP DATABASE IF EXISTS budget_cmp_$1 WITH (FORCE)" -c "CREATE DATABASE budget_cmp_$1" > /dev/null
  BUDGET_PORT="$3" BUDGET_DB_URL="jdbc:postgresql://127.0.0.1:5432/budget_cmp_$1" JWT_PUBLIC_KEY_LOCATION="${JWT_PUBLIC_KEY_LOCATION:-NONE}" \
    java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$2/quarkus-run.jar" > "$OUT/compare-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$3/q/health/ready" && break; sleep 0.5; done
  local url="http://127.0.0.1:$3"
  curl -sf -X PUT "${AUTH[@]}" -H 'Content-Type: application/json' --data-binary @samples/budget/unit-402001.json "$url/api/v1/units/BENCH" > /dev/null
  curl -sf -X PUT "${AUTH[@]}" -H 'Content-Type: application/json' --data-binary @"$JSON" "$url/api/v1/budgets/BENCH/2025" > /dev/null
  curl -sf -o /dev/null "$url/api/v1/budgets/BENCH/2025/tables"
}
rps() { awk '/Requests\/sec/{print $2}'; }
p99() { awk '$1=="99%"{print $2}'; }
etag() { curl -sfI "$1/api/v1/budgets/BENCH/2025" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }

start old "$OLD" 18281
start new "$NEW" 18282
for v in old new; do # warm-up both
  port=$([[ $v == old ]] && echo 18281 || echo 18282)
  wrk -t2 -c8 -d8s "http://127.0.0.1:$port/api/v1/budgets/BENCH/2025/tables" > /dev/null
  wrk -t1 -c1 -d5s "${AUTH[@]}" -s bench/budget/put.lua "http://127.0.0.1:$port/api/v1/budgets/BENCH/2025" -- "$JSON" "$(etag "http://127.0.0.1:$port")" > /dev/null
done
printf '%-6s %-4s %14s %10s %14s %10s\n' round v "GET tables/s" "GET p99" "PUT/s (1 c)" "PUT p99"
for r in $(seq 1 "$ROUNDS"); do
  for v in old new; do
    port=$([[ $v == old ]] && echo 18281 || echo 18282); url="http://127.0.0.1:$port"
    get="$(wrk -t2 -c8 -d15s --latency "$url/api/v1/budgets/BENCH/2025/tables")"
    put="$(wrk -t1 -c1 -d15s --latency "${AUTH[@]}" -s bench/budget/put.lua "$url/api/v1/budgets/BENCH/2025" -- "$JSON" "$(etag "$url")")"
    printf '%-6s %-4s %14s %10s %14s %10s\n' "$r" "$v" "$(rps <<< "$get")" "$(p99 <<< "$get")" "$(rps <<< "$put")" "$(p99 <<< "$put")"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
