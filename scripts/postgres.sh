#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests and benchmarks: Debian's `postgresql` package (installed when missing), a
# cluster initialised in a new temporary folder, on a free loopback port, trusted local connections only. Source it:
#
#   source scripts/postgres.sh && postgres_start   # exports RUTA_TEST_DATABASE_URL (the server, database postgres)
#   postgres_stop                                   # stops it and deletes the cluster
#
# Each test then creates its own database in that server (tests/src/lib.rs).

postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

postgres_start() {
  local bin
  if ! bin=$(postgres_bin); then
    echo "== installing postgresql (Debian)"
    local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bin=$(postgres_bin)
  fi
  # Not under the checkout: the postgres user may not be allowed into it (a clone in a 0700 temporary folder).
  POSTGRES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ruta-postgres.XXXXXX")
  # initdb refuses to run as root: the cluster belongs to the postgres user then.
  local as=()
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$POSTGRES_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$POSTGRES_DIR/data" --auth=trust --username=postgres --encoding=UTF8 \
    --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 || { cat "$POSTGRES_DIR/initdb.log"; return 1; }
  POSTGRES_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # Durable as in production (fsync on); enough connections for the parallel tests, each with a small pool.
  "${as[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -o \
    "-p $POSTGRES_PORT -k $POSTGRES_DIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=64MB" \
    start >/dev/null || { cat "$POSTGRES_DIR/server.log"; return 1; }
  POSTGRES_BIN=$bin
  export RUTA_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$POSTGRES_PORT/postgres"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$POSTGRES_PORT ($POSTGRES_DIR)"
}

postgres_stop() {
  [[ -n ${POSTGRES_DIR:-} && -d ${POSTGRES_DIR:-} ]] || return 0
  local as=()
  [[ $(id -u) -eq 0 ]] && as=(runuser -u postgres --)
  "${as[@]}" "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$POSTGRES_DIR"
  unset RUTA_TEST_DATABASE_URL POSTGRES_DIR
}
