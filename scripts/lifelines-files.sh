#!/usr/bin/env bash
# Writes data/lifelines/files.rs: the list of life-line files compiled into the server. Run after adding a country.
set -euo pipefail
cd "$(dirname "$0")/../data/lifelines"
{
  echo '// The shipped life-line files, one per country (generated: `scripts/lifelines-files.sh`; a test checks it).'
  echo '['
  for f in [A-Z][A-Z].toml; do
    [ -e "$f" ] || continue
    echo "    (\"${f%.toml}\", include_str!(\"$f\")),"
  done
  echo ']'
} > files.rs
