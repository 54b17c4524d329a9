#!/usr/bin/env bash
# Sets up what is missing and runs every check CI runs: formatting, clippy, and all tests (unit, doc,
# integration against a real server on 127.0.0.1 with fresh SQLite databases, property tests).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
