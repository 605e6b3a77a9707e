#!/usr/bin/env bash
# Lints the gateway's merged OpenAPI document with Spectral:
#  1. spectral:oas — fails on any error;
#  2. the OWASP API security ruleset (@stoplight/spectral-owasp-ruleset) — reports its errors and warnings by rule
#     (and by owner, from the path or component name) and fails on any OWASP error; OWASP_STRICT=false reports
#     without failing (warnings never fail: gateway/README.md lists what remains and why).
# The document is written by MergedOpenApiTest to gateway/target/merged-openapi.json during
# `./mvnw -B -pl gateway verify`. Spectral and the ruleset are installed from npm into a local directory
# (SPECTRAL_HOME, default gateway/target/spectral-cli; reuse it between runs by pointing it elsewhere).
# Usage: gateway/src/test/spectral/check.sh [document]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../../.." && pwd)"
doc="${1:-$module/target/merged-openapi.json}"
home="${SPECTRAL_HOME:-$module/target/spectral-cli}"
version="${SPECTRAL_VERSION:-6.16.3}"
owasp_version="${OWASP_RULESET_VERSION:-2.0.1}"
if [ ! -f "$doc" ]; then
  echo "no merged document at $doc: run ./mvnw -B -pl gateway verify first" >&2
  exit 2
fi
doc="$(cd "$(dirname "$doc")" && pwd)/$(basename "$doc")"
if [ ! -x "$home/node_modules/.bin/spectral" ] || [ ! -d "$home/node_modules/@stoplight/spectral-owasp-ruleset" ]; then
  mkdir -p "$home"
  npm install --prefix "$home" --no-audit --no-fund --loglevel=error \
    "@stoplight/spectral-cli@$version" "@stoplight/spectral-owasp-ruleset@$owasp_version" >&2
fi
printf 'extends: ["spectral:oas"]\n' > "$home/.spectral.yaml"
"$home/node_modules/.bin/spectral" lint --ruleset "$home/.spectral.yaml" --fail-severity error "$doc"
echo "spectral: no errors in $doc"

printf 'extends: ["@stoplight/spectral-owasp-ruleset"]\n' > "$home/.spectral-owasp.yaml"
report="$home/owasp-report.json"
(cd "$home" && node_modules/.bin/spectral lint --ruleset .spectral-owasp.yaml --format json --output "$report" \
  --fail-severity error "$doc") || true
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const sev = ["error", "warning", "info", "hint"];
const by = {};
let errors = 0, warnings = 0;
for (const f of r) {
  if (f.severity === 0) errors++; else if (f.severity === 1) warnings++; else continue;
  const p = f.path || [];
  let where = "document";
  if (p[0] === "paths") {
    const route = String(p[1]);
    where = route.startsWith("/api/v1/disclosures") ? "gateway" : route.startsWith("/api/v1/performance") ? "performance-service"
      : route.startsWith("/api/v1/assets") ? "asset-service" : "budget-service";
  } else if (p[0] === "components") {
    const name = String(p[2] || "");
    where = name.startsWith("Gateway") ? "gateway" : name.startsWith("Budget") ? "budget-service"
      : name.startsWith("Performance") ? "performance-service" : name.startsWith("Asset") ? "asset-service" : "components";
  }
  const key = sev[f.severity] + " " + f.code + " @ " + where;
  by[key] = (by[key] || 0) + 1;
}
for (const k of Object.keys(by).sort()) console.log("owasp: " + String(by[k]).padStart(5) + "  " + k);
console.log("owasp: " + errors + " errors, " + warnings + " warnings");
if (process.env.OWASP_STRICT !== "false" && errors > 0) {
  console.log("owasp: errors fail the check (OWASP_STRICT=false only reports them)");
  process.exit(1);
}
' "$report"
