#!/usr/bin/env bash
# Sets up what is missing and runs every check CI runs: formatting, clippy (native and wasm32), the app build, and
# all tests — unit, doc, integration against a real server on 127.0.0.1 with fresh SQLite databases, property tests,
# and browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "== installing chromium and chromium-driver (Debian)"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== build the app"
scripts/build-app.sh
echo "== cargo clippy (native)"
cargo clippy --locked --all-targets -- -D warnings
echo "== cargo clippy (app, wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown -p ruta-ui -p ruta-app -p ruta-book -p ruta-staff -- -D warnings
echo "== cargo test"
# The default members: the server, the integration tests (browser ones included), and the app crates' unit tests,
# which run natively.
cargo test --locked
