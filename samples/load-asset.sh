#!/usr/bin/env bash
# Loads the asset-service samples (unit 402001, fiscal year 2025) into a running asset-service.
# Usage: [TOKEN=<bearer token>] samples/load-asset.sh http://127.0.0.1:8083     (idempotent: every call is a PUT)
set -euo pipefail

BASE="${1:?usage: $0 <asset-service base URL, e.g. http://127.0.0.1:8083>}"
BASE="${BASE%/}"
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/asset" && pwd)"
UNIT=402001
YEAR=2025

# shellcheck source=samples/put-json.sh
source "$(dirname "${BASH_SOURCE[0]}")/put-json.sh"

# Writes need a bearer token (docs/identity.md): set TOKEN (an editor of 402001 or an admin); put-json.sh sends it.
put() { put_json load-asset "$BASE" "$1" "$DIR/$2" "${3:-}"; }

put "/api/v1/assets/$UNIT/vehicles" vehicles.json "/api/v1/assets/$UNIT/vehicles"
put "/api/v1/assets/$UNIT/equipment" equipment.json "/api/v1/assets/$UNIT/equipment"
put "/api/v1/assets/$UNIT/$YEAR/statement" statement-2025.json
put "/api/v1/assets/$UNIT/$YEAR/procurement" procurement-2025.json
put "/api/v1/assets/$UNIT/$YEAR/purchased-services" purchased-services-2025.json
