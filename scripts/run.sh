#!/usr/bin/env bash
# Sets up what is missing, builds the app and the server, and runs Ruta with the embedded SQLite database and the
# demo directory: open http://127.0.0.1:8080/ (API under /api/v1, docs at /api/v1/docs/). Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-app.sh
exec cargo run --release --locked -p ruta-cli --bin ruta -- serve "$@"
