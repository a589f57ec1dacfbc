#!/usr/bin/env bash
# The load report of issue 7, every figure measured in this one run: builds, then runs each part in its own JVM from
# bench/ (each starts its own in-process single-node KRaft broker, exactly-once where the services use it):
#   1. Kafka's own ceiling (ProducerPerformance / ConsumerPerformance, passage-sized records)
#   2. ingest-service against a pass-through fetcher         3. dedup-service against a pass-through topology
#   4. classify-service against a pass-through processor     5. the whole pipeline: time to ready, end-to-end latency
#      with a 1 s poll, resident memory per service, and with --soak a long run at ten times the load
# Prints the report and keeps the latest in bench/RESULTS.md.
# Usage: bench/run.sh [--soak 30m] [--passages N] [--releases N]   (defaults: no soak, 200000 passages, 40 releases)
set -euo pipefail
cd "$(dirname "$0")/.."

ARGS="$*"
PASSAGES=200000
PIPELINE_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --soak) PIPELINE_ARGS+=(--soak "${2:?--soak needs a duration such as 30m}"); shift 2 ;;
    --releases) PIPELINE_ARGS+=(--releases "${2:?--releases needs a number}"); shift 2 ;;
    --passages) PASSAGES="${2:?--passages needs a number}"; shift 2 ;;
    *) echo "unknown option $1; usage: bench/run.sh [--soak 30m] [--passages N] [--releases N]" >&2; exit 2 ;;
  esac
done

./mvnw -B -q -ntp -DskipTests -pl bench -am package
cd bench
CP="target/classes:$(cat target/classpath.txt)"
report=$(mktemp)
trap 'rm -f "$report"' EXIT

part() { # part TITLE PATTERN MAIN-CLASS [ARGS...]: runs one benchmark, keeps the lines matching PATTERN
  local title="$1" pattern="$2"
  shift 2
  echo "## $title" | tee -a "$report"
  java -Xmx1g -cp "$CP" "$@" 2>&1 | grep -E "$pattern" | tee -a "$report"
  echo | tee -a "$report"
}

part "Kafka's own ceiling" '^kafka-ceiling' io.statewire.bench.KafkaCeilingBench
part "ingest-service against a pass-through fetcher" '^ingest-throughput' io.statewire.bench.IngestThroughputBench
part "dedup-service against a pass-through topology" '^(input|summary|  )' \
  io.statewire.bench.cost.DedupThroughputBench "$PASSAGES"
part "classify-service against a pass-through processor" '^(input|throughput|cpu)' \
  io.statewire.bench.ClassifyThroughputBench "$((PASSAGES / 2))"
part "The pipeline: time to ready, end-to-end latency, memory" '^(ready|latency|memory|soak)' \
  io.statewire.bench.pipeline.PipelineBench "${PIPELINE_ARGS[@]}"

cd ..
{
  echo "# Benchmark results"
  echo
  echo "Latest run of \`bench/run.sh $ARGS\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1). Each part starts its own in-process single-node Kafka broker."
  echo
  echo '```'
  cat "$report"
  echo '```'
} > bench/RESULTS.md
