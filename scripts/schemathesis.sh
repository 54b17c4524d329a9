#!/usr/bin/env bash
# Checks the API against its own OpenAPI document with schemathesis (Python, from PyPI): a real `ruta` server on
# 127.0.0.1 with a fresh data folder and the demo directory, an admin signed in, and every operation of
# /api/v1/openapi.json called with generated valid and invalid requests. It fails on any 5xx, any answer whose
# status the document does not list, whose content type is not the documented one, or whose body does not match the
# published schema. Bounded: a fixed number of examples per operation and a fixed seed, a few minutes on 2 cores.
#
#   scripts/schemathesis.sh              # called by scripts/test.sh after cargo test
#   RUTA_ST_EXAMPLES=200 scripts/schemathesis.sh   # a deeper run
#   scripts/schemathesis.sh --include-operation-id manage_list_services   # more options go to `st run`
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
venv="$target_dir/schemathesis-venv"
version="4.32.5"
examples="${RUTA_ST_EXAMPLES:-50}"

if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  echo "== installing python3-venv (Debian)"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
fi
if [[ "$("$venv/bin/st" --version 2>/dev/null || true)" != *"$version"* ]]; then
  echo "== installing schemathesis $version into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

echo "== building the server"
cargo build --locked -p ruta-cli --bin ruta
ruta="$target_dir/debug/ruta"

work=$(mktemp -d)
server_pid=""
stop() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
RUTA_LOG=warn "$ruta" serve --addr "127.0.0.1:$port" --data-dir "$work/data" --app-dir "$work/no-app" \
  --exit-url "about:blank" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  if "$venv/bin/python" -c "import urllib.request as u; u.urlopen('$base/api/v1/health', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "the server stopped" >&2; exit 1; }
  sleep 0.2
done

# An admin, signed in: the staff operations are exercised with the session cookie, not only refused with 401.
email="schemathesis@ruta.test"
password="schemathesis checks every operation"
echo "$password" | "$ruta" users add --role admin --email "$email" --data-dir "$work/data" >/dev/null
cookie=$("$venv/bin/python" - "$base" "$email" "$password" <<'PY'
import json, sys, urllib.request
base, email, password = sys.argv[1:4]
request = urllib.request.Request(
    base + "/api/v1/auth/login",
    data=json.dumps({"email": email, "password": password}).encode(),
    headers={"content-type": "application/json"},
)
with urllib.request.urlopen(request, timeout=10) as answer:
    print(answer.headers["set-cookie"].split(";")[0])
PY
)

echo "== schemathesis $version: every operation, $examples examples each"
status=0
# Signing out would end the session the other operations use.
"$venv/bin/st" run "$base/api/v1/openapi.json" --url "$base" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,unsupported_method,allow_header_conformance \
  --phases examples,coverage,fuzzing --max-examples "$examples" --seed 16 --workers 2 \
  --exclude-operation-id logout \
  --header "Cookie: $cookie" --request-timeout 30 --suppress-health-check all \
  --warnings off --no-color "$@" 2>&1 | tee "$work/st.log" || status=$?

# Normal operation logs no error.
if grep -E " ERROR " "$work/server.log" >"$work/errors.log"; then
  echo "the server logged errors during the run:" >&2
  head -20 "$work/errors.log" >&2
  status=1
fi
if [[ $status -eq 0 ]]; then
  # A closing line a CI reader counts, like cargo test's.
  generated=$(grep -oE '[0-9]+ generated' "$work/st.log" | tail -1 | cut -d' ' -f1)
  echo "schemathesis: ${generated:-0} passed, 0 failed"
fi
exit "$status"
