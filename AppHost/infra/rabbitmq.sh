#!/usr/bin/env bash
# Runs a private RabbitMQ node in the foreground as the current user (for the AppHost and tests).
#   DATA_DIR             folder for this node (created): config, mnesia, logs, HOME with the erlang cookie
#   RABBITMQ_PORT        AMQP port, bound to 127.0.0.1 only
#   RABBITMQ_USER        default user (created on first boot of a DATA_DIR, administrator, vhost "/")
#   RABBITMQ_PASSWORD    its password
#   RABBITMQ_DIST_PORT   optional; Erlang distribution port (default AMQP+10000, or AMQP-10000 if that is >= 65535)
#   ERL_EPMD_PORT        optional; port of this node's private epmd (default AMQP+1), so two nodes never
#                        share an epmd with each other or with a system epmd on 4369
set -euo pipefail

: "${DATA_DIR:?DATA_DIR must be set}" "${RABBITMQ_PORT:?RABBITMQ_PORT must be set}"
: "${RABBITMQ_USER:?RABBITMQ_USER must be set}" "${RABBITMQ_PASSWORD:?RABBITMQ_PASSWORD must be set}"
RMQ_SERVER=/usr/lib/rabbitmq/bin/rabbitmq-server   # not /usr/sbin/rabbitmq-server: that wrapper su's to "rabbitmq"
[[ -x $RMQ_SERVER ]] || { echo "rabbitmq.sh: RabbitMQ is not installed ($RMQ_SERVER missing)." >&2; exit 1; }

mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)

if [[ -z ${RABBITMQ_DIST_PORT:-} ]]; then
  RABBITMQ_DIST_PORT=$((RABBITMQ_PORT + 10000))
  ((RABBITMQ_DIST_PORT < 65535)) || RABBITMQ_DIST_PORT=$((RABBITMQ_PORT - 10000))
fi
export RABBITMQ_DIST_PORT
export ERL_EPMD_PORT=${ERL_EPMD_PORT:-$((RABBITMQ_PORT + 1))}
export ERL_EPMD_ADDRESS=127.0.0.1

export HOME=$DATA_DIR/home
mkdir -p "$HOME" "$DATA_DIR/mnesia" "$DATA_DIR/log"
if [[ ! -s $HOME/.erlang.cookie ]]; then
  (umask 077; head -c 30 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$HOME/.erlang.cookie")
fi
chmod 400 "$HOME/.erlang.cookie"

printf '[].\n' >"$DATA_DIR/enabled_plugins"
: >"$DATA_DIR/rabbitmq-env.conf"   # keeps /etc/rabbitmq/rabbitmq-env.conf out of the picture
(umask 077
cat >"$DATA_DIR/rabbitmq.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:$RABBITMQ_PORT
loopback_users = none
log.console = true
log.console.level = info
log.file = false
disk_free_limit.absolute = 50MB
CONF
# The credentials go in advanced.config (Erlang terms): rabbitmq.conf cannot hold e.g. '#' (comment) in a value.
erl_str() { local s=${1//\\/\\\\}; printf '<<"%s"/utf8>>' "${s//\"/\\\"}"; }
cat >"$DATA_DIR/advanced.config" <<CONF
[{rabbit, [{default_user, $(erl_str "$RABBITMQ_USER")},
           {default_pass, $(erl_str "$RABBITMQ_PASSWORD")},
           {default_user_tags, [administrator]}]}].
CONF
)

export RABBITMQ_NODENAME=platform-$RABBITMQ_PORT@localhost
export RABBITMQ_USE_LONGNAME=false
export RABBITMQ_CONFIG_FILE=$DATA_DIR/rabbitmq.conf
export RABBITMQ_ADVANCED_CONFIG_FILE=$DATA_DIR/advanced.config
export RABBITMQ_CONF_ENV_FILE=$DATA_DIR/rabbitmq-env.conf
export RABBITMQ_ENABLED_PLUGINS_FILE=$DATA_DIR/enabled_plugins
export RABBITMQ_FEATURE_FLAGS_FILE=$DATA_DIR/feature_flags
export RABBITMQ_MNESIA_BASE=$DATA_DIR/mnesia
export RABBITMQ_LOG_BASE=$DATA_DIR/log
export RABBITMQ_PID_FILE=$DATA_DIR/rabbitmq.pid

# Private epmd, tied to this process: after the exec below our pid is the broker, and --pdeathsig makes
# epmd exit with it (also on kill -9), so no epmd daemons pile up. If an epmd is already listening on
# the port (a leftover), ours fails to bind and exits, and the node simply registers with the leftover.
setpriv --pdeathsig TERM epmd -port "$ERL_EPMD_PORT" -address 127.0.0.1 &
for _ in $(seq 50); do epmd -port "$ERL_EPMD_PORT" -names >/dev/null 2>&1 && break; sleep 0.1; done
# No epmd of the VM's own; Erlang distribution (for rabbitmqctl/diagnostics) on loopback only; "+B d": SIGINT
# halts the VM at once (like kill -9; SIGTERM is the graceful stop) instead of opening the interactive BREAK menu.
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-start_epmd false -kernel inet_dist_use_interface {127,0,0,1} +B d"

# rabbitmq-server normally forks the VM and stays as a signal-forwarding shell; with "detached" set it
# exec's the VM instead (its systemd code path), so this script's pid *is* the broker: SIGTERM stops it
# cleanly (RabbitMQ handles it in-VM) and kill -9 leaves no orphaned beam holding the ports.
export detached=1
cd "$DATA_DIR"
exec "$RMQ_SERVER"
