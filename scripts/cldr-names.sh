#!/usr/bin/env bash
# Regenerates names/src/generated.rs (language and country names in the app's 8 languages) from CLDR's
# cldr-localenames-full npm package, fetched with npm into a temporary folder, and the hand-written names in
# locales/*/ruta_names.ftl. See names/README.md. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

# Raise it on purpose, then look at the diff of the generated file.
cldr_version=48.2.0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cldr-localenames-full@$cldr_version" >/dev/null && tar xzf cldr-localenames-full-*.tgz)
node scripts/cldr-names.mjs "$tmp/package" "$cldr_version"
rustfmt --edition 2024 names/src/generated.rs
