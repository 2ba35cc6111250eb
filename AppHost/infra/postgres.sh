#!/usr/bin/env bash
# Runs a private PostgreSQL 15 server in the foreground (for the AppHost and tests).
#   DATA_DIR     folder for this instance (created); cluster in $DATA_DIR/pgdata, socket in $DATA_DIR/run
#   PG_PORT      TCP port, bound to 127.0.0.1 only
#   PG_PASSWORD  password of the superuser "postgres" (only used when the cluster is first created)
set -euo pipefail

: "${DATA_DIR:?DATA_DIR must be set}" "${PG_PORT:?PG_PORT must be set}" "${PG_PASSWORD:?PG_PASSWORD must be set}"
PG_BIN=/usr/lib/postgresql/15/bin
[[ -x $PG_BIN/postgres ]] || { echo "postgres.sh: PostgreSQL 15 is not installed ($PG_BIN/postgres missing)." >&2; exit 1; }

mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
PGDATA=$DATA_DIR/pgdata
SOCKET_DIR=$DATA_DIR/run
mkdir -p "$SOCKET_DIR"

# Postgres refuses to run as root: drop to the "postgres" OS user (exec'd, so no wrapper process stays behind).
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || { echo "postgres.sh: running as root but there is no 'postgres' OS user (install the postgresql-15 package)." >&2; exit 1; }
  as_pg=(setpriv --reuid=postgres --regid=postgres --init-groups)
  chown -R postgres:postgres "$DATA_DIR"
  # Every parent folder must be traversable by postgres (e.g. /root is 0700).
  d=$(dirname "$DATA_DIR")
  while [[ $d != / ]]; do
    "${as_pg[@]}" test -x "$d" || chmod o+x "$d"
    d=$(dirname "$d")
  done
fi

if [[ ! -f $PGDATA/PG_VERSION ]]; then
  locale=C
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale=C.UTF-8
  rm -rf "$PGDATA" "$PGDATA.init"   # leftovers of an interrupted initdb
  pwfile=$DATA_DIR/.pwfile
  trap 'rm -f "$pwfile"' EXIT
  (umask 077; printf '%s\n' "$PG_PASSWORD" >"$pwfile")
  [[ ${#as_pg[@]} -eq 0 ]] || chown postgres:postgres "$pwfile"
  # initdb into a temp folder and rename, so a half-initialised cluster is never mistaken for a real one.
  "${as_pg[@]}" "$PG_BIN/initdb" -D "$PGDATA.init" --username=postgres --pwfile="$pwfile" \
    --auth=scram-sha-256 --encoding=UTF8 --locale="$locale" >&2
  rm -f "$pwfile"
  trap - EXIT
  mv "$PGDATA.init" "$PGDATA"
fi

exec "${as_pg[@]}" "$PG_BIN/postgres" -D "$PGDATA" \
  -c listen_addresses=127.0.0.1 -c port="$PG_PORT" -c unix_socket_directories="$SOCKET_DIR" \
  -c max_connections=300 -c shared_buffers=256MB -c fsync=on \
  -c logging_collector=off -c log_destination=stderr
