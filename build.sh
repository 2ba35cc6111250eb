#!/usr/bin/env bash
# ./build.sh run | test | bench — the platform's two set-up commands (and the benchmark entry point).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
RESULTS=$ROOT/artifacts/test-results

fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else fail "installing packages needs root or sudo; run as root or install: $*"; fi
}

ensure_dotnet() {
  command -v dotnet >/dev/null || fail "the .NET 10 SDK is not installed; install it (dotnet-sdk-10.0) and run again."
  dotnet --list-sdks | grep -q '^10\.' || fail "the .NET 10 SDK is required; found: $(dotnet --list-sdks | tr '\n' ' ')"
}

# PostgreSQL 15, Redis and RabbitMQ from Debian, installed only when missing; the platform runs its own instances
# (AppHost/infra/*.sh), so the packages' own services are kept from starting.
ensure_infrastructure() {
  local packages=()
  [[ -x /usr/lib/postgresql/15/bin/postgres ]] || packages+=(postgresql-15)
  command -v redis-server >/dev/null || packages+=(redis-server)
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || packages+=(rabbitmq-server)
  command -v setpriv >/dev/null || packages+=(util-linux)
  if ((${#packages[@]})); then
    echo "Installing ${packages[*]} ..."
    local policy=/usr/sbin/policy-rc.d created_policy=0
    if [[ ! -e $policy ]]; then
      printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null && as_root chmod +x "$policy" && created_policy=1
    fi
    as_root apt-get update -qq >/dev/null || fail "apt-get update failed; check the network and Debian sources."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null \
      || fail "could not install ${packages[*]} with apt-get."
    ((created_policy)) && as_root rm -f "$policy"
    # In case a package started its service anyway: the platform's instances use their own ports and folders.
    for service in postgresql redis-server rabbitmq-server; do
      as_root service "$service" stop >/dev/null 2>&1 || true
    done
  fi
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres \
      || fail "PostgreSQL cannot run as root and the 'postgres' user could not be created."
  fi
  if [[ -f .config/dotnet-tools.json ]]; then
    dotnet tool restore >/dev/null || fail "dotnet tool restore failed (NuGet unreachable?)."
  fi
}

build() {
  dotnet build Platform.sln -c "${CONFIGURATION:-Debug}" -nologo -v quiet -clp:ErrorsOnly \
    || fail "the build failed (warnings are errors)."
}

# Sums the counters of every trx file: "N passed, N failed".
summarise() {
  python3 - "$RESULTS" <<'PY'
import glob, re, sys
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*>', text)
    if m:
        passed += int(re.search(r'passed="(\d+)"', m.group(0)).group(1))
        failed += int(re.search(r'failed="(\d+)"', m.group(0)).group(1))
print(f"{passed} passed, {failed} failed")
PY
}

cmd_test() {
  ensure_dotnet
  ensure_infrastructure
  build
  rm -rf "$RESULTS" && mkdir -p "$RESULTS"
  local status=0 project name
  for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    echo "== $name"
    dotnet test "$project" -c "${CONFIGURATION:-Debug}" --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" || status=1
  done
  summarise
  return $status
}

wait_for_url() {
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -m 2 -o /dev/null "$url" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    kill -0 "$APPHOST_PID" 2>/dev/null || return 1
    sleep 1
  done
}

cmd_run() {
  ensure_dotnet
  ensure_infrastructure
  build
  mkdir -p AppHost/.data
  local log=AppHost/.data/apphost.log
  dotnet run --project AppHost --no-build --launch-profile http >"$log" 2>&1 &
  APPHOST_PID=$!
  trap 'kill -TERM $APPHOST_PID 2>/dev/null; wait $APPHOST_PID 2>/dev/null; exit 0' INT TERM
  wait_for_url http://localhost:5200/health 300 || { tail -n 40 "$log" >&2; fail "the platform did not become healthy; the AppHost's log is $log."; }
  echo "Gateway: http://localhost:5200"
  echo "Dashboard: $(grep -o 'http://localhost:18888/login?t=[0-9a-f]*' "$log" | tail -n 1)"
  echo "(AppHost log: $log; Ctrl+C stops everything.)"
  wait "$APPHOST_PID"
}

cmd_bench() {
  echo "bench: the benchmark harness has not landed yet (see the Benchmarks issue)." >&2
  exit 1
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  *) echo "usage: ./build.sh run|test|bench" >&2; exit 2 ;;
esac
