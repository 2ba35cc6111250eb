#!/usr/bin/env bash
# ./build.sh run | test | bench | seed — the platform's two set-up commands (and the benchmark and seed-file entry points).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
# The browser tests use Debian's Chromium (/usr/bin/chromium); Playwright must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
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

# Installs Debian packages that are missing (apt-get update only when something is). The platform runs its own
# PostgreSQL, Redis and RabbitMQ (AppHost/infra/*.sh), so the packages' system services are kept from starting
# (a policy-rc.d answering 101 during the install) and stopped and disabled in case they started anyway.
install_packages() { # install_packages "pkg ..." "service ..."
  local packages=$1 services=$2 policy=/usr/sbin/policy-rc.d created_policy=0 ok=0
  command -v apt-get >/dev/null || fail "$packages must be installed, but this machine has no apt-get; install them by hand."
  echo "Installing $packages ..."
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null && as_root chmod 755 "$policy" && created_policy=1
  fi
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -qq -o DPkg::Lock::Timeout=600) log=/tmp/platform-apt.log
  # shellcheck disable=SC2086
  as_root "${apt[@]}" update >"$log" 2>&1 && as_root "${apt[@]}" install -y --no-install-recommends $packages >>"$log" 2>&1 && ok=1
  ((created_policy == 0)) || as_root rm -f "$policy"
  ((ok)) || fail "could not install $packages with apt-get (network or Debian sources?); its output is in $log."
  local service
  for service in $services; do
    if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
      as_root systemctl disable --now "$service" >/dev/null 2>&1 || true
    elif [[ -x /etc/init.d/$service ]]; then
      as_root service "$service" stop >/dev/null 2>&1 || true
      as_root update-rc.d "$service" disable >/dev/null 2>&1 || true
    fi
  done
}

# What the local mode needs: PostgreSQL 15, Redis, RabbitMQ, setpriv (to run postgres as "postgres" when root),
# the repo's dotnet tools and the npm packages of tools/oidc-client. Idempotent and silent when everything is already there.
ensure_infrastructure() {
  local packages=() services=()
  [[ -x /usr/lib/postgresql/15/bin/postgres ]] || { packages+=(postgresql-15); services+=(postgresql); }
  command -v redis-server >/dev/null || { packages+=(redis-server); services+=(redis-server); }
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || { packages+=(rabbitmq-server); services+=(rabbitmq-server); }
  command -v setpriv >/dev/null || packages+=(util-linux)
  # The browser tests (tests/Clients.Tests) drive Debian's Chromium by path; the CJK fonts render the Chinese pages.
  [[ -x /usr/bin/chromium ]] || packages+=(chromium fonts-noto-cjk)
  ((${#packages[@]} == 0)) || install_packages "${packages[*]}" "${services[*]}"
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres \
      || fail "PostgreSQL cannot run as root and the 'postgres' user could not be created."
  fi
  # The OpenID Connect client check (tests/EndToEnd.Tests) runs openid-client with node, from the lock file.
  if [[ ! -d tools/oidc-client/node_modules ]]; then
    command -v npm >/dev/null || install_packages "nodejs npm" ""
    npm ci --prefix tools/oidc-client --no-audit --no-fund >/tmp/platform-npm.log 2>&1 \
      || fail "npm ci in tools/oidc-client failed (npm registry unreachable?); its output is in /tmp/platform-npm.log."
  fi
  # The OpenAPI linters the contract tests run (tests/Platform.Tests/Contract), pinned by package-lock.json.
  if [[ ! -d tools/openapi-lint/node_modules ]]; then
    command -v npm >/dev/null || fail "npm is missing: the OpenAPI lint needs Node.js 20.19 or later with npm."
    (cd tools/openapi-lint && npm ci --no-audit --no-fund >/dev/null 2>&1) || fail "npm ci in tools/openapi-lint failed (npm registry unreachable?)."
  fi
  if [[ -f .config/dotnet-tools.json ]]; then
    local out
    out=$(dotnet tool restore 2>&1) || { printf '%s\n' "$out" >&2; fail "dotnet tool restore failed (NuGet unreachable?)."; }
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

# Runs one test project, its output kept in a log printed whole when it ends (so parallel runs do not interleave).
run_test_project() { # run_test_project path/to/X.Tests.csproj
  local project=$1 name status=0
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c "${CONFIGURATION:-Debug}" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" >"$RESULTS/$name.log" 2>&1 || status=1
  printf '== %s (%s)\n' "$name" "$([[ $status == 0 ]] && echo passed || echo FAILED)"
  cat "$RESULTS/$name.log"
  return $status
}
export -f run_test_project

# Every test project starts its own servers on free ports, so projects run side by side, two at a time; the three that
# start the whole AppHost (two kill its processes on purpose and their recovery deadlines are real; the browser tests
# seed the sample city) run after them, one at a time.
cmd_test() {
  ensure_dotnet
  ensure_infrastructure
  build
  rm -rf "$RESULTS" && mkdir -p "$RESULTS"
  export RESULTS CONFIGURATION
  local status=0 project apphost=(tests/EndToEnd.Tests/EndToEnd.Tests.csproj tests/Reliability.Tests/Reliability.Tests.csproj
    tests/Clients.Tests/Clients.Tests.csproj)
  find tests -path '*.Tests/*.Tests.csproj' | sort | grep -vxF -e "${apphost[0]}" -e "${apphost[1]}" -e "${apphost[2]}" \
    | xargs -P 2 -I{} bash -c 'run_test_project "$1"' _ {} || status=1
  for project in "${apphost[@]}"; do run_test_project "$project" || status=1; done
  summarise
  return $status
}

# Polls a condition (a command) once a second while the AppHost runs; fails after the given number of seconds.
wait_while_running() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    kill -0 "$APPHOST_PID" 2>/dev/null || return 1
    sleep 1
  done
}

answers() { curl -fsS -m 2 -o /dev/null "$1" 2>/dev/null; }

cmd_run() {
  ensure_dotnet
  ensure_infrastructure
  build
  mkdir -p AppHost/.data
  local log=AppHost/.data/apphost.log figures=seeds/.data/figures-check.md
  rm -f "$figures"
  dotnet run --project AppHost --no-build --launch-profile http >"$log" 2>&1 &
  APPHOST_PID=$!
  trap 'kill -TERM $APPHOST_PID 2>/dev/null; wait $APPHOST_PID 2>/dev/null; exit 0' INT TERM
  wait_while_running 900 answers http://localhost:5200/health || { tail -n 40 "$log" >&2; fail "the platform did not become healthy; the AppHost's log is $log."; }
  echo "Console: http://localhost:5200/  (sign in as dev-{role} with its dev-{role}-password: see README, \"The console\")"
  echo "Gateway: http://localhost:5200"
  echo "Dashboard: $(grep -o 'http://localhost:18888/login?t=[0-9a-f]*' "$log" | tail -n 1)"
  # seed-check (the seeder with --check-figures) reads the city overview through the gateway once the seeder is done.
  if wait_while_running 300 test -s "$figures"; then cat "$figures"; else echo "(no figures check yet: see the seed-check resource in the dashboard)"; fi
  echo "(AppHost log: $log; Ctrl+C stops everything.)"
  wait "$APPHOST_PID"
}

# Generates the seed files (full scale into seeds/.data/full, or the committed sample set) and prints their SHA-256;
# the AppHost's seeder resource loads them (and generates the full set itself when it is missing).
cmd_seed() {
  ensure_dotnet
  local scale=${1:-full} out
  case "$scale" in
    full) out=seeds/.data/full ;;
    sample) out=seeds/samples ;;
    *) fail "the seed scale is full or sample, not '$scale'." ;;
  esac
  dotnet run --project seeds/Generator -c "${CONFIGURATION:-Debug}" -- --scale "$scale" --out "$out" \
    || fail "the seed generator failed."
}

# Release build, the load tool (wrk) installed when missing, then every comparison of the benchmark; writes
# bench/results/latest.{json,md} and the README's table. Extra arguments go to the harness (--rounds, --seconds, --rows).
# chaos: the soak (mixed load at half capacity, default 10 minutes) on the same Release processes, or with "apphost"
# over the real AppHost; fails on errors or memory growth. The fault tests (broker, consumer and database killed
# mid-stream, over the AppHost) run in ./build.sh test.
cmd_bench() {
  ensure_dotnet
  ensure_infrastructure
  command -v wrk >/dev/null || install_packages wrk ""
  CONFIGURATION=Release build
  dotnet run -c Release --no-build --project tests/Platform.Bench -- "$@"
}

# Regenerates clients/ApiClients: the contract test writes the six documents as the gateway serves them into its
# openapi folder (instead of comparing them), Kiota generates each service's client from them (relative paths, so
# kiota-lock.json names nothing of this machine), and the project is built.
cmd_clients() {
  ensure_dotnet
  ensure_infrastructure
  local folder=clients/ApiClients service name
  PLATFORM_WRITE_API_DOCUMENTS=1 dotnet test tests/Platform.Tests -c "${CONFIGURATION:-Debug}" --nologo \
    --filter "FullyQualifiedName~Keeping_the_committed_clients_current" || fail "the documents could not be written."
  for service in party incubation volunteers charity reporting identity; do
    name=${service^}
    KIOTA_OFFLINE_ENABLED=true KIOTA_CLI_TELEMETRY_OPTOUT=true KIOTA_TUTORIAL_ENABLED=false KIOTA_CONSOLE_COLORS_ENABLED=false \
      dotnet kiota generate --language CSharp --openapi "$folder/openapi/$service.json" --output "$folder/$name" \
      --class-name "${name}Client" --namespace-name "Platform.Clients.$name" \
      --exclude-backward-compatible --clean-output --log-level Warning || fail "kiota generate for $service failed."
  done
  dotnet build "$folder" -c "${CONFIGURATION:-Debug}" -nologo -v quiet -clp:ErrorsOnly || fail "the generated clients do not compile."
  echo "Regenerated $folder; review and commit it (git status $folder)."
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  bench) shift; cmd_bench "$@" ;;
  chaos) shift; [[ -z ${2:-} || $2 == apphost ]] || fail "chaos runs on the benchmark's processes, or with 'apphost' over the real AppHost."
    cmd_bench --soak "${1:-10}" ${2:+--apphost} ;;
  seed) cmd_seed "${2:-full}" ;;
  clients) cmd_clients ;;
  *) echo "usage: ./build.sh run|test|bench|chaos [minutes] [apphost]|seed [full|sample]|clients" >&2; exit 2 ;;
esac
