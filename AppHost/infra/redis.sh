#!/usr/bin/env bash
# Runs a private Redis in the foreground (for the AppHost and tests); no persistence.
#   DATA_DIR        working folder (created)
#   REDIS_PORT      TCP port, bound to 127.0.0.1 only
#   REDIS_PASSWORD  required password (AUTH)
set -euo pipefail

: "${DATA_DIR:?DATA_DIR must be set}" "${REDIS_PORT:?REDIS_PORT must be set}" "${REDIS_PASSWORD:?REDIS_PASSWORD must be set}"
command -v redis-server >/dev/null || { echo "redis.sh: redis-server is not installed." >&2; exit 1; }
mkdir -p "$DATA_DIR"

exec redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --protected-mode yes \
  --requirepass "$REDIS_PASSWORD" --dir "$DATA_DIR" \
  --save '' --appendonly no --daemonize no --logfile ''
