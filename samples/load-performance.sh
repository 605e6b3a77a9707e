#!/usr/bin/env bash
# Loads the sample unit's performance goals (402001, 2025) into performance-service.
# Usage: samples/load-performance.sh [base-url]   (default http://127.0.0.1:8082)
# Idempotent: every call is a PUT of a whole document. Fails loudly on a non-2xx answer.
# Writes need a bearer token (editor or admin of unit 402001): set TOKEN (samples/put-json.sh sends it),
# e.g. TOKEN="$(tools/dev-token token --keys .run/keys --role editor --units 402001)".
set -euo pipefail
BASE="${1:-http://127.0.0.1:8082}"
DIR="$(cd "$(dirname "$0")/performance" && pwd)"
UNIT=402001
YEAR=2025

# shellcheck source=samples/put-json.sh
source "$(dirname "${BASH_SOURCE[0]}")/put-json.sh"
put() { put_json load-performance "$BASE" "$1" "$2"; }

put "/api/v1/performance/$UNIT/$YEAR" "$DIR/unit.json"
for file in "$DIR"/form-*.json; do
  code="$(basename "$file" .json)"; code="${code#form-}"
  put "/api/v1/performance/$UNIT/$YEAR/forms/$code" "$file"
done
for file in "$DIR"/goal-*.json; do
  code="$(basename "$file" .json)"; code="${code#goal-}"
  put "/api/v1/performance/$UNIT/$YEAR/goals/$code" "$file"
done
