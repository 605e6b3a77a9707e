#!/usr/bin/env bash
# Gateway benchmark, see bench/README.md (gateway section).
#
# In one run on this machine, loopback only: starts budget-, performance-, asset-service and the gateway on free
# ports (own databases *_bench on PostgreSQL 127.0.0.1:5432, recreated empty), loads the samples, fetches the
# assembled JSON disclosure of 402001/2025 from the gateway into a file, serves that very file with nginx (own
# config in a temp dir), then:
#   1. wrk, same threads/connections/duration, after a warm-up, against the gateway (cached document) and nginx;
#   2. wrk against the gateway with If-None-Match (304);
#   3. the uncached assembly: requests with Cache-Control: no-cache (the gateway re-assembles from the three
#      services), one at a time over one keep-alive connection with curl (p50/p95/p99 of time_total), and wrk -t1 -c1.
# Stops everything it started (trap) and prints a summary. Raw outputs in bench/gateway/target/.
#
# Knobs (env): BENCH_THREADS=2 BENCH_CONNECTIONS=16 BENCH_DURATION=20s BENCH_WARMUP=5s BENCH_UNCACHED=200
#              BENCH_JAVA_OPTS (extra JVM options for the gateway), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres),
#              BENCH_SKIP_BUILD=1 (use the jars as they are), BENCH_BUILD=1 (rebuild them),
#              BENCH_GATEWAY_APP=/path/to/quarkus-app (another gateway build, e.g. to compare before/after),
#              BENCH_OUT (where raw outputs go, default bench/gateway/target).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
OUT="${BENCH_OUT:-$ROOT/bench/gateway/target}"
mkdir -p "$OUT"

THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-5s}"
UNCACHED="${BENCH_UNCACHED:-200}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
DOC_PATH="/api/v1/disclosures/402001/2025"

log() { echo "bench-gateway: $*" >&2; }
fail() { log "$*"; exit 1; }

# ---- tools -------------------------------------------------------------------------------------------------------
need_apt() {
  local tool="$1"; shift
  command -v "$tool" > /dev/null && return 0
  log "installing $* with apt-get"
  apt-get install -y -qq "$@" > "$OUT/apt.log" 2>&1 \
    || { apt-get update -qq >> "$OUT/apt.log" 2>&1 && apt-get install -y -qq "$@" >> "$OUT/apt.log" 2>&1; } \
    || fail "cannot install $* (see $OUT/apt.log)"
}
need_apt wrk wrk
if ! command -v nginx > /dev/null && [[ ! -x /usr/sbin/nginx ]]; then
  need_apt nginx nginx-light || need_apt nginx nginx
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
command -v psql > /dev/null || need_apt psql postgresql-client

MODULES=(budget-service performance-service asset-service gateway tools/identity-dev)
missing=0
for m in "${MODULES[@]:0:4}"; do [[ -f "$m/target/quarkus-app/quarkus-run.jar" ]] || missing=1; done
[[ -f tools/identity-dev/target/identity-dev-0.1.0-SNAPSHOT.jar ]] || missing=1
if [[ "$missing" == 1 || "${BENCH_BUILD:-0}" == 1 ]] && [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building the jars"
  ./mvnw -B -q -DskipTests package -am -pl "$(IFS=,; echo "${MODULES[*]}")"
fi

# ---- everything started is stopped -------------------------------------------------------------------------------
TMP="$(mktemp -d /tmp/bench-gateway.XXXXXX)"
chmod 755 "$TMP"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

answers() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
free_port() {
  local p="$1"
  while answers "$p" || [[ " ${TAKEN:-} " == *" $p "* ]]; do p=$((p + 1)); done
  TAKEN="${TAKEN:-} $p"
  echo "$p"
}
BUDGET_PORT="$(free_port 18081)"
PERFORMANCE_PORT="$(free_port 18082)"
ASSET_PORT="$(free_port 18083)"
GATEWAY_PORT="$(free_port 18080)"
NGINX_PORT="$(free_port 18090)"

# ---- databases ---------------------------------------------------------------------------------------------------
psql_() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
for db in budget_bench performance_bench asset_bench; do
  psql_ -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" > /dev/null \
    || fail "cannot create $db on $PGHOST:$PGPORT"
done
DB="jdbc:postgresql://$PGHOST:$PGPORT"

# ---- services ----------------------------------------------------------------------------------------------------
start() { # name port env...
  local name="$1" port="$2"; shift 2
  local app="$ROOT/$name/target/quarkus-app"
  [[ "$name" == gateway && -n "${BENCH_GATEWAY_APP:-}" ]] && app="$BENCH_GATEWAY_APP"
  env "$@" java ${BENCH_JAVA_OPTS_ALL:-} -jar "$app/quarkus-run.jar" > "$OUT/$name.log" 2>&1 &
  PIDS+=($!)
  local i
  for i in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && { log "$name up on $port"; return 0; }
    kill -0 "${PIDS[-1]}" 2> /dev/null || fail "$name exited, see $OUT/$name.log"
    sleep 0.5
  done
  fail "$name did not become ready on $port, see $OUT/$name.log"
}
# Writes need a bearer token (docs/identity.md): a key pair for this run, an admin token for the loaders.
java -Xmx64m -jar tools/identity-dev/target/identity-dev-0.1.0-SNAPSHOT.jar keys "$TMP/keys" > /dev/null
export JWT_PUBLIC_KEY_LOCATION="$TMP/keys/public.pem"
TOKEN="$(java -Xmx64m -jar tools/identity-dev/target/identity-dev-0.1.0-SNAPSHOT.jar token --keys "$TMP/keys" --role admin --units '*' --ttl 2h)"
export TOKEN
BUDGET_URL="http://127.0.0.1:$BUDGET_PORT"
PERFORMANCE_URL="http://127.0.0.1:$PERFORMANCE_PORT"
ASSET_URL="http://127.0.0.1:$ASSET_PORT"
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
start budget-service "$BUDGET_PORT" BUDGET_PORT="$BUDGET_PORT" BUDGET_DB_URL="$DB/budget_bench"
start performance-service "$PERFORMANCE_PORT" PERFORMANCE_PORT="$PERFORMANCE_PORT" PERFORMANCE_DB_URL="$DB/performance_bench" \
  BUDGET_SERVICE_URL="$BUDGET_URL"
start asset-service "$ASSET_PORT" ASSET_PORT="$ASSET_PORT" ASSET_DB_URL="$DB/asset_bench"
samples/load-budget.sh "$BUDGET_URL" > "$OUT/load.log"
samples/load-performance.sh "$PERFORMANCE_URL" >> "$OUT/load.log"
samples/load-asset.sh "$ASSET_URL" >> "$OUT/load.log"
# The per-client rate limit (50 reads/s by default) is lifted: this measures serving, and wrk is one client.
BENCH_JAVA_OPTS_ALL="${BENCH_JAVA_OPTS:-}" start gateway "$GATEWAY_PORT" GATEWAY_PORT="$GATEWAY_PORT" \
  BUDGET_SERVICE_URL="$BUDGET_URL" PERFORMANCE_SERVICE_URL="$PERFORMANCE_URL" ASSET_SERVICE_URL="$ASSET_URL" \
  GATEWAY_RATE_READS=100000000 GATEWAY_RATE_READ_BURST=100000000
# The samples are drafts until published; anonymous readers (wrk) get the published revision.
status="$(printf '%s\n' "Authorization: Bearer $TOKEN" | curl -sS -o "$OUT/publish.json" -w '%{http_code}' -X POST -H @- \
  -H 'Content-Type: application/json' --data '{}' "http://127.0.0.1:$GATEWAY_PORT/api/v1/disclosures/402001/2025/publish")"
[[ "$status" == 200 || "$status" == 201 ]] || { cat "$OUT/publish.json" >&2; fail "publishing the sample answered $status"; }

# ---- the document, and nginx serving the same bytes --------------------------------------------------------------
mkdir -p "$TMP/www${DOC_PATH%/*}" "$TMP/nginx"
DOC_FILE="$TMP/www$DOC_PATH"
status="$(curl -sS -D "$TMP/headers" -o "$DOC_FILE" -w '%{http_code}' "$GATEWAY_URL$DOC_PATH")"
[[ "$status" == 200 ]] || { cat "$DOC_FILE" >&2; fail "gateway answered $status for $DOC_PATH"; }
cp "$DOC_FILE" "$OUT/disclosure-402001-2025.json"
ETAG="$(tr -d '\r' < "$TMP/headers" | awk -F': ' 'tolower($1)=="etag"{print $2}')"
CTYPE="$(tr -d '\r' < "$TMP/headers" | awk -F': ' 'tolower($1)=="content-type"{print $2}')"
BYTES="$(stat -c %s "$DOC_FILE")"
chmod -R a+rX "$TMP/www"
cat > "$TMP/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  types { }
  default_type "$CTYPE";
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $TMP/www;
  }
}
EOF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" &
PIDS+=($!)
for i in $(seq 1 50); do answers "$NGINX_PORT" && break; sleep 0.1; done
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
cmp -s <(curl -sf "$NGINX_URL$DOC_PATH") "$DOC_FILE" || fail "nginx does not serve the same bytes"
[[ "$(curl -sf -o /dev/null -w '%{content_type}' "$NGINX_URL$DOC_PATH")" == "$CTYPE" ]] || fail "nginx's Content-Type differs"

# ---- measurements ------------------------------------------------------------------------------------------------
UPTIME_BEFORE="$(uptime)"
WRK=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
run_wrk() { # name url [header]
  local name="$1" url="$2"; shift 2
  log "wrk $name: warm-up $WARMUP, then ${WRK[*]:1} $*"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" > /dev/null
  "${WRK[@]}" "$@" "$url" | tee "$OUT/wrk-$name.txt" > /dev/null
}
run_wrk nginx "$NGINX_URL$DOC_PATH"
run_wrk gateway "$GATEWAY_URL$DOC_PATH"
run_wrk gateway-304 "$GATEWAY_URL$DOC_PATH" -H "If-None-Match: $ETAG"

# Uncached: every request re-assembles (three services, in parallel), one at a time, over one connection.
{
  for i in $(seq 1 "$UNCACHED"); do
    echo "url = \"$GATEWAY_URL$DOC_PATH\""
    echo "output = \"/dev/null\""
  done
} > "$TMP/curl-urls"
CURL_UNCACHED=(curl -s -H "Cache-Control: no-cache" -w '%{http_code} %{time_total} %header{server-timing}\n' -K "$TMP/curl-urls")
log "uncached: warm-up $UNCACHED requests, then $UNCACHED measured: ${CURL_UNCACHED[*]}"
"${CURL_UNCACHED[@]}" > /dev/null
"${CURL_UNCACHED[@]}" > "$OUT/uncached-curl.txt"
grep -qv '^200 ' "$OUT/uncached-curl.txt" && fail "an uncached request did not answer 200 (see $OUT/uncached-curl.txt)"
log "uncached: wrk -t1 -c1 -d$DURATION --latency -H 'Cache-Control: no-cache'"
wrk -t1 -c1 -d"$DURATION" --latency -H "Cache-Control: no-cache" "$GATEWAY_URL$DOC_PATH" > "$OUT/wrk-uncached.txt"
UPTIME_AFTER="$(uptime)"

# ---- summary -----------------------------------------------------------------------------------------------------
rps() { awk '/^Requests\/sec/{print $2}' "$1"; }
# percentile from wrk's latency distribution, in ms
pct() { awk -v p="$2%" '$1==p{v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}' "$1"; }
errors() { awk '/Non-2xx|Socket errors/{printf "%s ", $0}' "$1"; }
nth() { sort -n | awk -v p="$1" '{a[NR]=$1} END{i=int((NR*p+99)/100); if(i<1)i=1; printf "%.2f", a[i]}'; }
curl_pct() { awk '{print $2*1000}' "$OUT/uncached-curl.txt" | nth "$1"; }
# the gateway's own Server-Timing of each uncached answer: fetch (waiting for the services), build, serialize
timing_pct() { grep -o "$1;dur=[0-9.]*" "$OUT/uncached-curl.txt" | cut -d= -f2 | nth "$2"; }

{
  echo "== gateway benchmark $(date -Iseconds), $(nproc) cores; document $DOC_PATH, $BYTES bytes, $CTYPE"
  echo "   load before: $UPTIME_BEFORE"
  echo "   load after:  $UPTIME_AFTER"
  echo "   wrk: ${WRK[*]} (warm-up $WARMUP each); java: $(java -version 2>&1 | head -1)"
  printf '%-34s %12s %9s %9s %9s %9s\n' "target" "req/s" "p50 ms" "p90 ms" "p99 ms" "max"
  for t in nginx gateway gateway-304 uncached; do
    f="$OUT/wrk-$t.txt"
    printf '%-34s %12s %9s %9s %9s %9s %s\n' "$t$( [[ $t == uncached ]] && echo ' (wrk -t1 -c1, no-cache)')" "$(rps "$f")" \
      "$(pct "$f" 50)" "$(pct "$f" 90)" "$(pct "$f" 99)" "$(awk '/Latency/{print $4; exit}' "$f")" "$(errors "$f")"
  done
  ratio="$(awk -v g="$(rps "$OUT/wrk-gateway.txt")" -v n="$(rps "$OUT/wrk-nginx.txt")" 'BEGIN{printf "%.2f", g/n}')"
  echo "gateway/nginx throughput: $ratio (goal >= 0.50); gateway p99 $(pct "$OUT/wrk-gateway.txt" 99) ms (goal < 25)"
  echo "uncached assembly, $UNCACHED sequential requests (curl, keep-alive): p50 $(curl_pct 50) ms, p95 $(curl_pct 95) ms, p99 $(curl_pct 99) ms, max $(curl_pct 100) ms (goal p95 < 50)"
  if grep -q "fetch;dur=" "$OUT/uncached-curl.txt"; then echo "  of which (gateway's Server-Timing, p50/p95 ms): fetch from the services $(timing_pct fetch 50)/$(timing_pct fetch 95) (budget-service's answers $(timing_pct budget 50)/$(timing_pct budget 95), performance-service's $(timing_pct performance 50)/$(timing_pct performance 95), asset-service's $(timing_pct asset 50)/$(timing_pct asset 95)), build $(timing_pct build 50)/$(timing_pct build 95), serialize $(timing_pct serialize 50)/$(timing_pct serialize 95)"; fi
} | tee "$OUT/summary.txt"
