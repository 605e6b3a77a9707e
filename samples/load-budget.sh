#!/usr/bin/env bash
# Loads the sample unit (402001, 长治市上党区中小企业服务中心) and its 2025 budget into budget-service.
# Usage: samples/load-budget.sh [base-url]   (default http://127.0.0.1:8081)
# Idempotent: both calls PUT whole documents; the same document again changes nothing.
set -euo pipefail
BASE="${1:-http://127.0.0.1:8081}"
BASE="${BASE%/}"
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/budget" && pwd)"

put() {
  local path="$1" file="$2" body status
  body="$(mktemp)"
  status="$(curl -sS -o "$body" -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
    --data-binary @"$DIR/$file" "$BASE$path")" || { echo "load-budget: cannot reach $BASE$path" >&2; rm -f "$body"; exit 1; }
  if [[ "$status" != 2* ]]; then
    echo "load-budget: PUT $path ($file) failed with HTTP $status:" >&2
    cat "$body" >&2; echo >&2
    rm -f "$body"
    exit 1
  fi
  rm -f "$body"
  echo "load-budget: PUT $path <- $file: $status"
}

put /api/v1/units/402001 unit-402001.json
put /api/v1/budgets/402001/2025 budget-402001-2025.json
