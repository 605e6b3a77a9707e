# Shared by the samples/load-*.sh loaders (sourced, not run): PUT one JSON file, fail loudly on a non-2xx.
# put_json <label> <base-url> <path> <file>
# Sends Authorization: Bearer $TOKEN when TOKEN is set (./run-local sets an admin token; docs/identity.md).
put_json() {
  local label="$1" base="$2" path="$3" file="$4" body status
  local auth=()
  [[ -n "${TOKEN:-}" ]] && auth=(-H "Authorization: Bearer $TOKEN")
  body="$(mktemp)"
  status="$(curl -sS -o "$body" -w '%{http_code}' -X PUT "${auth[@]}" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    --data-binary @"$file" "$base$path")" || { echo "$label: cannot reach $base$path" >&2; rm -f "$body"; exit 1; }
  if [[ "$status" != 2* ]]; then
    echo "$label: PUT $path ($(basename "$file")) failed with HTTP $status:" >&2
    cat "$body" >&2; echo >&2
    rm -f "$body"
    exit 1
  fi
  rm -f "$body"
  echo "$label: PUT $path <- $(basename "$file"): $status"
}
