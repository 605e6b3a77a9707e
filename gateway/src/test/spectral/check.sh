#!/usr/bin/env bash
# Lints the gateway's merged OpenAPI document with Spectral's spectral:oas ruleset; fails on any error.
# The document is written by MergedOpenApiTest to gateway/target/merged-openapi.json during
# `./mvnw -B -pl gateway verify`. Spectral is installed from npm into a local directory
# (SPECTRAL_HOME, default gateway/target/spectral-cli; reuse it between runs by pointing it elsewhere).
# Usage: gateway/src/test/spectral/check.sh [document]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../../.." && pwd)"
doc="${1:-$module/target/merged-openapi.json}"
home="${SPECTRAL_HOME:-$module/target/spectral-cli}"
version="${SPECTRAL_VERSION:-6.16.3}"
if [ ! -f "$doc" ]; then
  echo "no merged document at $doc: run ./mvnw -B -pl gateway verify first" >&2
  exit 2
fi
if [ ! -x "$home/node_modules/.bin/spectral" ]; then
  mkdir -p "$home"
  npm install --prefix "$home" --no-audit --no-fund --loglevel=error "@stoplight/spectral-cli@$version" >&2
fi
printf 'extends: ["spectral:oas"]\n' > "$home/.spectral.yaml"
"$home/node_modules/.bin/spectral" lint --ruleset "$home/.spectral.yaml" --fail-severity error "$doc"
echo "spectral: no errors in $doc"
