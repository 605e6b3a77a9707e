# Shared by the samples/load-*.sh loaders (sourced, not run): PUT one JSON file, fail loudly on a non-2xx.
# put_json <label> <base-url> <path> <file>
# Writes need a bearer token (docs/identity.md): when TOKEN is set it is sent as "Authorization: Bearer $TOKEN",
# on curl's standard input (-H @-), so the token stays off the command line. ./run-local sets an admin token.
put_json() {
  local label="$1" base="$2" path="$3" file="$4" body status
  body="$(mktemp)"
  status="$(printf '%s\n' "${TOKEN:+Authorization: Bearer $TOKEN}" | curl -sS -o "$body" -w '%{http_code}' -X PUT -H @- \
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
