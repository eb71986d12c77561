# Shared by deploy/local/infra, up and down. Sourced, not run.
# Everything the scripts create (downloads, data, logs, pid files) lives under $LEDGER_LOCAL_DIR,
# by default the ignored folder .local/ at the root of the checkout.

LEDGER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LEDGER_LOCAL_DIR="${LEDGER_LOCAL_DIR:-$LEDGER_ROOT/.local}"
mkdir -p "$LEDGER_LOCAL_DIR"
LEDGER_LOCAL_DIR="$(cd "$LEDGER_LOCAL_DIR" && pwd)"

# Downloads are shared by every local dir of the checkout (the test infrastructure has its own dir).
LEDGER_DOWNLOADS_DIR="${LEDGER_DOWNLOADS_DIR:-$LEDGER_ROOT/.local/downloads}"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
ELASTICSEARCH_PORT="${ELASTICSEARCH_PORT:-9200}"
ELASTICSEARCH_TRANSPORT_PORT="${ELASTICSEARCH_TRANSPORT_PORT:-9300}"
ELASTICSEARCH_HEAP="${ELASTICSEARCH_HEAP:-1g}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
# Elasticsearch refuses to run as root; when these scripts run as root it runs as this user.
ELASTICSEARCH_USER="${ELASTICSEARCH_USER:-ledger-es}"

# Closes every file descriptor above 2 of the current shell; called first in the subshell that then execs a
# daemon. Whatever the script inherited (the lock of `flock /tmp/ledger-it.lock deploy/...`, the start lock on
# fd 9) would otherwise stay open in the daemon for its whole life, and so would the lock.
close_inherited_fds() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd="${fd##*/}"
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

java_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    echo "$JAVA_HOME"
  else
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

# pid_alive PIDFILE: the pid recorded in PIDFILE belongs to a running process.
pid_alive() {
  local pid
  [ -f "$1" ] || return 1
  pid="$(cat "$1" 2>/dev/null)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# stop_pid NAME PIDFILE: SIGTERM, then SIGKILL after a grace period; removes the pid file.
stop_pid() {
  local name="$1" pidfile="$2" pid waited=0
  if ! pid_alive "$pidfile"; then
    rm -f "$pidfile"
    return 0
  fi
  pid="$(cat "$pidfile")"
  log "stopping $name (pid $pid)"
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 60 ]; then
      log "$name did not stop within 30 s; killing it"
      kill -9 "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  rm -f "$pidfile"
}

# wait_until TIMEOUT_SECONDS COMMAND...: polls COMMAND until it succeeds or the time is up.
wait_until() {
  local timeout="$1" deadline
  shift
  deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 1
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# fail_component NAME LOGFILE: says which component failed and where its log is, then exits.
fail_component() {
  log "ERROR: $1 did not become ready. Its log: $2"
  if [ -f "$2" ]; then
    log "last lines of $2:"
    tail -n 25 "$2" >&2 || true
  fi
  exit 1
}

# The services, in start order, and where their pid files and logs go.
SERVICES="intake-service case-service search-service"
SERVICES_DIR="$LEDGER_LOCAL_DIR/services"
INTAKE_PORT="${INTAKE_PORT:-8081}"
CASE_PORT="${CASE_PORT:-8082}"
SEARCH_PORT="${SEARCH_PORT:-8083}"
SERVICE_READY_TIMEOUT="${SERVICE_READY_TIMEOUT:-120}"

service_healthy() { curl -sf "http://127.0.0.1:$1/health" 2>/dev/null | grep -q '"status":"UP"'; }

# The project version: the second <version> of the root pom (the first is the Micronaut parent's).
ledger_version() {
  grep -m2 '<version>' "$LEDGER_ROOT/pom.xml" | tail -n 1 | sed 's:.*<version>\(.*\)</version>.*:\1:'
}

# Local-environment secrets, made once per checkout and kept in .local/ (never committed, never used
# outside the local environment): the key that signs local tokens, and the hotline webhook's HMAC secret.
# An environment variable, if set, wins, so tests can pin their own.
local_secret() {
  local file="$LEDGER_ROOT/.local/$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file")
  fi
  cat "$file"
}
local_jwt_secret() { printf '%s' "${LEDGER_LOCAL_JWT_SECRET:-$(local_secret jwt-secret)}"; }
hotline_webhook_secret() { printf '%s' "${LEDGER_HOTLINE_WEBHOOK_SECRET:-$(local_secret hotline-webhook-secret)}"; }

# post_hotline_message FILE [CURL OPTIONS...]: posts FILE to intake's hotline webhook the way the 12345
# platform does: a HOTLINE token, and "sha256=" + HMAC-SHA256("<unix seconds>.<body>") in the headers.
post_hotline_message() {
  local file="$1" timestamp signature
  shift
  timestamp="$(date +%s)"
  signature="$({ printf '%s.' "$timestamp"; cat "$file"; } | openssl dgst -sha256 -hmac "$(hotline_webhook_secret)" -hex | sed 's/^.*= //')"
  curl -sS "$@" -X POST "http://127.0.0.1:$INTAKE_PORT/api/v1/hotline/messages" \
    -H "Authorization: Bearer $("$LEDGER_ROOT/deploy/local/token" HOTLINE)" \
    -H 'Content-Type: application/json' \
    -H "X-Hotline-Timestamp: $timestamp" \
    -H "X-Hotline-Signature: sha256=$signature" \
    --data-binary "@$file"
}
