#!/usr/bin/env bash
# Benchmarks. Loopback only, bounded in time; prints Markdown tables for the README.
#   scripts/bench.sh index   the spatial index and place search vs a brute-force scan (10k, 100k, 1M services)
#   scripts/bench.sh http    the default search over HTTP with wrk (installs Debian's wrk if missing)
#   scripts/bench.sh import  importing 100,000 HSDS services into SQLite (one transaction)
#   scripts/bench.sh durability  what synchronous=FULL costs per commit, against NORMAL
#   scripts/bench.sh import-memory  the server's peak memory for hostile and legitimate uploads (issue 16)
#   scripts/bench.sh stores  writes per second on SQLite and PostgreSQL, and the lag between two replicas
#   scripts/bench.sh postgis  the in-memory index against PostGIS on 1M services (installs Debian's PostGIS)
#   scripts/bench.sh coverage  the coverage report, every place × every kind, vs a brute-force scan
#   scripts/bench.sh         index, coverage and http
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
what="${1:-all}"

if [[ "$what" == index || "$what" == all ]]; then
  cargo bench --locked -p ruta-server --bench index
fi

if [[ "$what" == coverage || "$what" == all ]]; then
  cargo bench --locked -p ruta-server --bench coverage
fi

if [[ "$what" == import ]]; then
  cargo bench --locked -p ruta-server --bench import
fi

if [[ "$what" == stores ]]; then
  source scripts/postgres.sh
  postgres_start
  trap postgres_stop EXIT
  RUTA_BENCH_DATABASE_URL="$RUTA_TEST_DATABASE_URL" cargo bench --locked -p ruta-server --bench stores -- "${@:2}"
fi

if [[ "$what" == postgis ]]; then
  source scripts/postgres.sh
  postgres_start
  trap postgres_stop EXIT
  major=$("$POSTGRES_BIN/postgres" --version | awk '{print $3}' | cut -d. -f1)
  if [[ ! -e /usr/share/postgresql/$major/extension/postgis.control ]]; then
    echo "== installing postgresql-$major-postgis-3 (Debian)"
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get install -y -qq --no-install-recommends "postgresql-$major-postgis-3" >/dev/null
  fi
  RUTA_BENCH_DATABASE_URL="$RUTA_TEST_DATABASE_URL" cargo bench --locked -p ruta-server --bench postgis -- "${@:2}"
fi

if [[ "$what" == durability ]]; then
  cargo bench --locked -p ruta-server --bench durability
fi

if [[ "$what" == import-memory ]]; then
  # Each upload goes to a fresh server (demo directory, one admin): its resident memory once idle, then the
  # highest it reached (VmHWM) while answering the upload. Files come from scripts/bench/import_files.py.
  cargo build --release --locked -p ruta-cli --bin ruta
  files=$(mktemp -d)
  trap 'rm -rf "$files"' EXIT
  cases="short-rows many-rows one-line huge noise-rows package-20000 json-70000"
  for c in $cases; do
    ext=zip; [[ $c == json-* ]] && ext=json
    python3 scripts/bench/import_files.py "$c" "$files/$c.$ext"
  done
  python3 scripts/bench/import_files.py package-100000 "$files/package-100000.zip"
  echo "# Peak memory of the server for one upload (release build, 2 cores)"
  echo
  echo "| upload | size | answer | idle RSS | peak RSS | peak − idle | time |"
  echo "|---|---|---|---|---|---|---|"
  for c in $cases; do
    ext=zip; type=application/zip
    [[ $c == json-* ]] && ext=json && type=application/json
    data=$(mktemp -d)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    printf '%s' "bench password words" | RUTA_DATA_DIR="$data" target/release/ruta users add --role admin \
      --email bench@ruta.test >/dev/null
    RUTA_DATA_DIR="$data" RUTA_ADDR="127.0.0.1:$port" target/release/ruta serve 2>"$data/log" &
    server=$!
    for _ in $(seq 200); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
    curl -fs -c "$data/cookies" -H 'content-type: application/json' \
      -d '{"email":"bench@ruta.test","password":"bench password words"}' \
      "http://127.0.0.1:$port/api/v1/auth/login" >/dev/null
    curl -fs "http://127.0.0.1:$port/api/v1/search?place=GT" >/dev/null || true
    idle=$(awk '/^VmRSS/ { print $2 }' "/proc/$server/status")
    started=$(date +%s.%N)
    code=$(curl -s -o "$data/answer" -w '%{http_code}' -b "$data/cookies" -H "content-type: $type" \
      --data-binary "@$files/$c.$ext" "http://127.0.0.1:$port/api/v1/manage/import?dry_run=false")
    took=$(python3 -c "import time; print(f'{time.time() - $started:.1f} s')")
    peak=$(awk '/^VmHWM/ { print $2 }' "/proc/$server/status")
    answer=$code
    [[ $code != 2* ]] && answer="$code $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["error"]["message"].rsplit("(limit: ",1)[-1].rstrip(")"))' "$data/answer" 2>/dev/null)"
    [[ $code == 2* ]] && answer="$code, $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["services"]["created"] + r["services"]["updated"], "services")' "$data/answer")"
    size=$(du -h "$files/$c.$ext" | cut -f1)
    echo "| $c | $size | $answer | $((idle / 1024)) MB | $((peak / 1024)) MB | **$(((peak - idle) / 1024)) MB** | $took |"
    kill $server; wait $server 2>/dev/null || true
    rm -rf "$data"
  done
  echo
  # The command line, for a whole country's directory: its own peak (GNU time's maximum resident set size).
  data=$(mktemp -d)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%M %e' -o "$data/time" target/release/ruta import --large --data-dir "$data" \
      "$files/package-100000.zip" >/dev/null || true
    read -r kb secs < <(tail -1 "$data/time")
    echo "\`ruta import --large\` of package-100000 ($(du -h "$files/package-100000.zip" | cut -f1)): peak $((kb / 1024)) MB, $secs s"
  fi
  rm -rf "$data"
fi

if [[ "$what" == http || "$what" == all ]]; then
  if ! command -v wrk >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
  fi
  cargo build --release --locked -p ruta-cli --bin ruta
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  RUTA_DATA_DIR="$data" RUTA_ADDR="127.0.0.1:$port" target/release/ruta serve 2>"$data/log" &
  server=$!
  trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
  services=$(curl -fs "http://127.0.0.1:$port/api/v1/health" | sed 's/.*"services":\([0-9]*\).*/\1/')
  # The default search (20 results within 50 km) from each of the 33 capitals in turn.
  ids=$(awk -F, 'NR > 1 && $8 == "sovereign" { printf "%s%s", sep, $11; sep = "," }' data/countries-lac.csv)
  cat >"$data/rotate.lua" <<LUA
local ids = { $ids }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?place=" .. ids[(i % #ids) + 1])
end
LUA
  echo "# Default search over HTTP: demo directory of $services services, wrk -t1 -c32 -d10s on loopback, 2 cores"
  echo
  echo "| encoding | requests/s | p50 | p99 | transfer/s |"
  echo "|---|---|---|---|---|"
  for encoding in identity gzip; do
    out=$(wrk -t1 -c32 -d10s --latency -s "$data/rotate.lua" -H "Accept-Encoding: $encoding" "http://127.0.0.1:$port")
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    tps=$(awk '/^Transfer\/sec/ { print $2 }' <<<"$out")
    echo "| $encoding | $rps | $p50 | $p99 | $tps |"
  done
fi
