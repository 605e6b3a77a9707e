#!/usr/bin/env bash
# Re-records the real responses of the three services for the sample unit 402001 / 2025
# into gateway/src/test/resources/fixtures/, for the gateway's stub servers.
# Usage: record-fixtures.sh BUDGET_URL PERFORMANCE_URL ASSET_URL   (services running with the samples loaded)
set -euo pipefail
B=${1:-http://127.0.0.1:8081}; P=${2:-http://127.0.0.1:8082}; A=${3:-http://127.0.0.1:8083}
OUT="$(cd "$(dirname "$0")/../resources/fixtures" && pwd)"
get() { # service url path file
  local code
  mkdir -p "$OUT/$1"
  code=$(curl -sS -o "$OUT/$1/$4" -w '%{http_code}' "$2$3")
  if [ "$code" != 200 ]; then echo "GET $2$3 -> $code" >&2; cat "$OUT/$1/$4" >&2; exit 1; fi
  echo "recorded $1 $3"
}
get budget "$B" /api/v1/units/402001 unit.json
get budget "$B" /api/v1/budgets/402001/2025 budget.json
get budget "$B" /api/v1/budgets/402001/2025/tables tables.json
get budget "$B" /api/v1/budgets/402001/2025/figures figures.json
get budget "$B" /api/v1/budgets/402001/2025/validation validation.json
get budget "$B" '/api/v1/budgets?year=2025' list.json
get budget "$B" /q/openapi?format=json openapi.json
get performance "$P" /api/v1/performance/402001/2025/summary summary.json
get performance "$P" '/api/v1/performance/402001/2025/forms?limit=200' forms.json
for code in 402001250001 402001250002 402001250004; do
  get performance "$P" /api/v1/performance/402001/2025/forms/$code/grid grid-$code.json
done
get performance "$P" /api/v1/performance/402001/2025/goals goals.json
get performance "$P" /api/v1/performance/402001/2025/validation validation.json
get performance "$P" /q/openapi?format=json openapi.json
get asset "$A" /api/v1/assets/402001/2025 snapshot.json
get asset "$A" /api/v1/assets/402001/2025/validation validation.json
get asset "$A" /q/openapi?format=json openapi.json
