#!/usr/bin/env bash
# Sets up what is missing and runs every check CI runs: formatting, clippy (native and wasm32), the app build, and
# all tests — unit, doc, integration against a real server on 127.0.0.1 with fresh SQLite databases, property tests,
# and browser tests in headless Chromium — then the API tests again on a throwaway PostgreSQL (scripts/postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "== installing chromium and chromium-driver (Debian)"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

# Everything the tests start (chromedriver and its Chromium, in process groups of their own; the drill's server
# processes) carries this mark in its environment, and is stopped when the script ends — passed, failed or
# interrupted — even when a test process died before it could clean up.
export RUTA_TEST_RUN="ruta-test-$$-$RANDOM"
stop_what_tests_started() {
  local proc pid
  for proc in /proc/[0-9]*; do
    pid=${proc#/proc/}
    [[ $pid == "$$" ]] && continue
    if grep -qzx "RUTA_TEST_RUN=$RUTA_TEST_RUN" "$proc/environ" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}
source scripts/postgres.sh
trap 'stop_what_tests_started; postgres_stop' EXIT
trap 'exit 130' INT TERM

# The outbox tests' mail server (tests/tests/api/outbox.rs): Python's aiosmtpd from PyPI, in a virtualenv under
# target/, as schemathesis is (scripts/schemathesis.sh).
smtp_venv="${CARGO_TARGET_DIR:-target}/aiosmtpd-venv"
if ! "$smtp_venv/bin/python" -c 'import aiosmtpd' >/dev/null 2>&1; then
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    echo "== installing python3-venv (Debian)"
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
  fi
  echo "== installing aiosmtpd 1.4.6 into $smtp_venv"
  rm -rf "$smtp_venv"
  python3 -m venv "$smtp_venv"
  "$smtp_venv/bin/pip" install --quiet --disable-pip-version-check "aiosmtpd==1.4.6"
fi
export RUTA_TEST_SMTP_PYTHON="$PWD/$smtp_venv/bin/python"
[[ $smtp_venv == /* ]] && export RUTA_TEST_SMTP_PYTHON="$smtp_venv/bin/python"

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
echo "== the API tests on PostgreSQL"
# The same tests, each with a database of its own on one throwaway server (browser screens are the same HTTP, so
# they run once, above). Tests of the SQLite file itself return early here; tests of replicas run only here.
postgres_start
cargo test --locked -p ruta-tests --test api -- --skip browser --skip console::
postgres_stop
echo "== schemathesis (the API against its OpenAPI document)"
scripts/schemathesis.sh
