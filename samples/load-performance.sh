#!/usr/bin/env bash
# Loads the sample unit's performance goals (402001, 2025) into performance-service.
# Usage: samples/load-performance.sh [base-url]   (default http://127.0.0.1:8082)
# Idempotent: every call is a PUT of a whole document. Fails loudly on a non-2xx answer.
set -euo pipefail
BASE="${1:-http://127.0.0.1:8082}"
DIR="$(cd "$(dirname "$0")/performance" && pwd)"
UNIT=402001
YEAR=2025

put() {
  local path="$1" file="$2" body status
  body="$(mktemp)"
  status="$(curl -sS -o "$body" -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
    --data-binary @"$file" "$BASE$path")"
  if [[ "$status" != 2* ]]; then
    echo "PUT $path failed with HTTP $status:" >&2
    cat "$body" >&2; echo >&2
    rm -f "$body"
    exit 1
  fi
  rm -f "$body"
  echo "PUT $path -> $status"
}

put "/api/v1/performance/$UNIT/$YEAR" "$DIR/unit.json"
for file in "$DIR"/form-*.json; do
  code="$(basename "$file" .json)"; code="${code#form-}"
  put "/api/v1/performance/$UNIT/$YEAR/forms/$code" "$file"
done
for file in "$DIR"/goal-*.json; do
  code="$(basename "$file" .json)"; code="${code#goal-}"
  put "/api/v1/performance/$UNIT/$YEAR/goals/$code" "$file"
done
