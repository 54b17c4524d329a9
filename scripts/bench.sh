#!/usr/bin/env bash
# Benchmarks. Loopback only, bounded in time; prints Markdown tables for the README.
#   scripts/bench.sh index   the spatial index and place search vs a brute-force scan (10k, 100k, 1M services)
#   scripts/bench.sh http    the default search over HTTP with wrk (installs Debian's wrk if missing)
#   scripts/bench.sh import  importing 100,000 HSDS services into SQLite (one transaction)
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
