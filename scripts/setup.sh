#!/usr/bin/env bash
# Installs what the project needs and is missing. Idempotent; sourced by scripts/run.sh and scripts/test.sh.
set -euo pipefail

if ! command -v cargo >/dev/null 2>&1; then
  echo "Ruta needs the Rust toolchain (cargo) 1.95: see rust-toolchain.toml." >&2
  exit 1
fi
# rust-toolchain.toml pins the toolchain; rustfmt and clippy come with it.
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
    rustup component add "${component}"
  fi
done
