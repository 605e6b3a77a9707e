#!/usr/bin/env bash
# Loads the sample unit (402001, 长治市上党区中小企业服务中心) and its 2025 budget into budget-service.
# Usage: samples/load-budget.sh [base-url]   (default http://127.0.0.1:8081)
# Idempotent: both calls PUT whole documents (a create, or an update with If-Match); the same document again
# changes nothing. The budget is loaded as a draft (status APPROVED); ./run-local then publishes it through the gateway.
set -euo pipefail
BASE="${1:-http://127.0.0.1:8081}"
BASE="${BASE%/}"
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/budget" && pwd)"

# shellcheck source=samples/put-json.sh
source "$(dirname "${BASH_SOURCE[0]}")/put-json.sh"
put() { put_json load-budget "$BASE" "$1" "$DIR/$2" "${3:-}"; }

put /api/v1/units/402001 unit-402001.json /api/v1/units/402001
put /api/v1/budgets/402001/2025 budget-402001-2025.json
