#!/usr/bin/env bash
# Loads the asset-service samples (unit 402001, fiscal year 2025) into a running asset-service.
# Usage: samples/load-asset.sh http://127.0.0.1:8083     (idempotent: every call is a PUT)
set -euo pipefail

BASE="${1:?usage: $0 <asset-service base URL, e.g. http://127.0.0.1:8083>}"
BASE="${BASE%/}"
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/asset" && pwd)"
UNIT=402001
YEAR=2025

put() {
  local path="$1" file="$2" body status
  body="$(mktemp)"
  status="$(curl -sS -o "$body" -w '%{http_code}' -X PUT \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    --data-binary @"$DIR/$file" "$BASE$path")" || { echo "load-asset: cannot reach $BASE$path" >&2; rm -f "$body"; exit 1; }
  if [[ "$status" != 2* ]]; then
    echo "load-asset: PUT $path ($file) failed with HTTP $status:" >&2
    cat "$body" >&2; echo >&2
    rm -f "$body"
    exit 1
  fi
  echo "load-asset: PUT $path <- $file: $status"
  rm -f "$body"
}

put "/api/v1/assets/$UNIT/vehicles" vehicles.json
put "/api/v1/assets/$UNIT/equipment" equipment.json
put "/api/v1/assets/$UNIT/$YEAR/statement" statement-2025.json
put "/api/v1/assets/$UNIT/$YEAR/procurement" procurement-2025.json
put "/api/v1/assets/$UNIT/$YEAR/purchased-services" purchased-services-2025.json
