#!/usr/bin/env bash
# Runs Statewire on this machine: a local Kafka broker, the three services and (by default) the bundled sample
# press site, then prints tagged statements as they arrive. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'TXT'
Usage: ./run-local.sh [options]

  --sources FILE      watch the sources in FILE (YAML) instead of the bundled sample press site
  --kafka HOST:PORT   use this Kafka cluster; start no local broker
  --partitions N      partitions for topics it creates (default 3)
  --no-build          do not build; fail if the services are not built yet
  --json-logs         services log JSON lines, as in production (default here: plain text)
  --help              show this text

Ports: 9092/9093 local broker, 8081 ingest, 8082 dedup, 8083 classify, 8090 sample site.
Logs and broker data go to .statewire/ (git-ignored).
TXT
}

SOURCES=""
KAFKA=""
PARTITIONS=3
BUILD=1
LOG_JSON=false
while [ $# -gt 0 ]; do
  case "$1" in
    --sources) SOURCES="${2:?--sources needs a file}"; shift 2 ;;
    --kafka) KAFKA="${2:?--kafka needs HOST:PORT}"; shift 2 ;;
    --partitions) PARTITIONS="${2:?--partitions needs a number}"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --json-logs) LOG_JSON=true; shift ;;
    --help|-h) usage; exit 0 ;;
    *) echo "run-local: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
if [ -n "$SOURCES" ]; then
  [ -r "$SOURCES" ] || { echo "run-local: cannot read sources file $SOURCES" >&2; exit 2; }
  SOURCES="$(cd "$(dirname "$SOURCES")" && pwd)/$(basename "$SOURCES")"
fi

STATE=.statewire
LOGS="$STATE/logs"
mkdir -p "$LOGS"
LOCAL_CP="deploy/local/target/statewire-local.jar:deploy/local/target/lib/*"
JARS=(ingest-service/target/quarkus-app/quarkus-run.jar dedup-service/target/quarkus-app/quarkus-run.jar
      classify-service/target/quarkus-app/quarkus-run.jar deploy/local/target/statewire-local.jar)

log() { printf '[run-local] %s\n' "$*"; }
fail() { printf '[run-local] %s\n' "$*" >&2; exit 1; }

listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# --- build what is missing
missing=0
for jar in "${JARS[@]}"; do [ -f "$jar" ] || missing=1; done
if [ "$missing" = 1 ]; then
  [ "$BUILD" = 1 ] || fail "services are not built; run without --no-build or './mvnw -DskipTests package'"
  log "building (first run; later runs reuse the build) ..."
  ./mvnw -B -q -DskipTests package || fail "build failed"
fi

# --- processes it starts, stopped in reverse order on exit
PIDS=()
NAMES=()
cleanup() {
  trap - INT TERM EXIT
  echo
  # newest first, one at a time, so that the services stop while the broker is still there
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    pid="${PIDS[$i]}"
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      log "${NAMES[$i]} did not stop in 30 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  log "stopped: ${NAMES[*]:-nothing}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start() { # name logfile command...
  local name="$1" logfile="$2"; shift 2
  "$@" >"$logfile" 2>&1 &
  PIDS+=("$!")
  NAMES+=("$name")
}

alive() { kill -0 "${PIDS[-1]}" 2>/dev/null; }

for port in 8081 8082 8083; do
  listening 127.0.0.1 "$port" && fail "port $port is in use (Statewire already running?); stop it first"
done

# --- Kafka
if [ -z "$KAFKA" ]; then
  KAFKA=127.0.0.1:9092
  log "starting the local Kafka broker on $KAFKA (data in $STATE/kafka)"
  start kafka "$LOGS/kafka.log" java -Xmx512m -cp "$LOCAL_CP" io.statewire.local.kafka.LocalKafka --data-dir "$STATE/kafka"
  for _ in $(seq 1 120); do
    grep -q "broker ready" "$LOGS/kafka.log" 2>/dev/null && break
    alive || { cat "$LOGS/kafka.log" >&2; fail "the local broker did not start"; }
    sleep 0.5
  done
  grep -q "broker ready" "$LOGS/kafka.log" || fail "the local broker was not ready within 60 s; see $LOGS/kafka.log"
fi
java -cp "$LOCAL_CP" io.statewire.local.kafka.TopicSetup "$KAFKA" "$PARTITIONS" | sed 's/^/[run-local] /' \
  || fail "could not create topics on $KAFKA"

# --- sources: the given file, or the bundled sample site
if [ -z "$SOURCES" ]; then
  listening 127.0.0.1 8090 && fail "port 8090 (sample site) is in use"
  log "serving the sample press site on http://127.0.0.1:8090/press/"
  start sample-site "$LOGS/sample-site.log" java -Xmx128m -cp "$LOCAL_CP" io.statewire.local.sample.SampleSite --port 8090 --grow-after 20
  SOURCES="$PWD/$STATE/sample-sources.yaml"
  # the sample briefing grows twenty seconds after it was first read: look at published releases again sooner than
  # the production default (every 5 minutes) so that its new passages show within seconds
  export STATEWIRE_INGEST_RECHECK_AFTER=PT10S
  cat >"$SOURCES" <<'YAML'
sources:
  - id: northland-mfa
    profile: rss
    feed-url: http://127.0.0.1:8090/press/rss.xml
    language: en
    poll-interval: 2s
    allow-private-network: true
YAML
fi

# --- the three services (production profile, which logs JSON lines; plain text here unless --json-logs)
export KAFKA_BOOTSTRAP_SERVERS="$KAFKA"
export QUARKUS_LOG_CONSOLE_JSON_ENABLED="$LOG_JSON"
start classify "$LOGS/classify.log" java -Xmx256m -jar classify-service/target/quarkus-app/quarkus-run.jar
start dedup "$LOGS/dedup.log" java -Xmx256m -Dkafka-streams.state.dir="$PWD/$STATE/dedup-state" -jar dedup-service/target/quarkus-app/quarkus-run.jar
start ingest "$LOGS/ingest.log" env STATEWIRE_SOURCES="$SOURCES" java -Xmx256m -jar ingest-service/target/quarkus-app/quarkus-run.jar
for svc in "classify 8083" "dedup 8082" "ingest 8081"; do
  set -- $svc
  for _ in $(seq 1 120); do listening 127.0.0.1 "$2" && break; sleep 0.5; done
  listening 127.0.0.1 "$2" || fail "$1-service did not start; see $LOGS/$1.log"
done
log "services up: ingest :8081, dedup :8082, classify :8083 (logs in $LOGS/)"
log "watching $SOURCES; tagged statements follow (Ctrl-C to stop)"

# --- statements as they arrive
java -cp "$LOCAL_CP" io.statewire.local.tail.StatementTail "$KAFKA" &
PIDS+=("$!")
NAMES+=("statement-tail")
wait "${PIDS[-1]}"
