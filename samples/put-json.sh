# Shared by the samples/load-*.sh loaders (sourced, not run): PUT one JSON file, fail loudly on a non-2xx.
# put_json <label> <base-url> <path> <file> [<read-path>]
# A create is sent with "If-None-Match: *". When the resource exists already (412), its ETag is read from
# <read-path> (default: <path>?revision=draft, the draft) and the file is PUT again with "If-Match": the same
# document again changes nothing, so loading twice is harmless (docs/publication.md: updates need If-Match).
# Writes need a bearer token (docs/identity.md): when TOKEN is set it is sent as "Authorization: Bearer $TOKEN",
# on curl's standard input (-H @-), so the token stays off the command line. ./run-local sets an admin token.
_put_once() { # <base+path> <file> <precondition header> <body-out>: prints the HTTP status
  printf '%s\n' "${TOKEN:+Authorization: Bearer $TOKEN}" | curl -sS -o "$4" -w '%{http_code}' -X PUT -H @- \
    -H 'Content-Type: application/json' -H 'Accept: application/json' -H "$3" --data-binary @"$2" "$1"
}
put_json() {
  local label="$1" base="$2" path="$3" file="$4" read="${5:-$3?revision=draft}" body status etag
  body="$(mktemp)"
  status="$(_put_once "$base$path" "$file" 'If-None-Match: *' "$body")" \
    || { echo "$label: cannot reach $base$path" >&2; rm -f "$body"; exit 1; }
  if [[ "$status" == 412 ]]; then
    etag="$(printf '%s\n' "${TOKEN:+Authorization: Bearer $TOKEN}" | curl -sS -D - -o /dev/null -H @- "$base$read" \
      | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')"
    [[ -n "$etag" ]] || { echo "$label: $path exists but $read gave no ETag" >&2; rm -f "$body"; exit 1; }
    status="$(_put_once "$base$path" "$file" "If-Match: $etag" "$body")" \
      || { echo "$label: cannot reach $base$path" >&2; rm -f "$body"; exit 1; }
  fi
  if [[ "$status" != 2* ]]; then
    echo "$label: PUT $path ($(basename "$file")) failed with HTTP $status:" >&2
    cat "$body" >&2; echo >&2
    rm -f "$body"
    exit 1
  fi
  rm -f "$body"
  echo "$label: PUT $path <- $(basename "$file"): $status"
}
