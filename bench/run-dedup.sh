#!/usr/bin/env bash
# dedup's figures, each part in its own JVM with its own in-process broker, in one run:
#   1. throughput against a pass-through that reads the same releases and writes the same passages, same broker and
#      exactly-once settings (DedupThroughputBench; the first dedup run warms up and is not counted);
#   2. cost per passage with 10,000 and 1,000,000 passages already stored (by default), and the state's bytes per
#      stored passage (DedupCostBench).
# The text is generated prose with a Zipf vocabulary of 50,000 words (bench/.../cost/NumberedProse). Prints the figures
# and keeps the latest in bench/RESULTS-dedup.md.
# Usage: bench/run-dedup.sh [PASSAGES] [LEVELS] [BATCH_NEW]   (default 120000 10000,1000000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
PASSAGES="${1:-120000}"
LEVELS="${2:-10000,1000000}"
BATCH="${3:-10000}"
./mvnw -B -q -ntp -DskipTests -pl bench -am package
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
report=$(mktemp)
trap 'rm -f "$report"' EXIT
{
  echo "## throughput against the pass-through"
  java -Xmx1g -cp "$CP" io.statewire.bench.cost.DedupThroughputBench "$PASSAGES" 2>&1 \
    | grep --line-buffered -E '^(input|service settings|summary|  )'
  echo
  echo "## cost per passage against passages stored"
  java -Xmx2g -cp "$CP" io.statewire.bench.cost.DedupCostBench "$LEVELS" "$BATCH" 2>&1 \
    | grep --line-buffered -E '^(input|settings|load|level|batch|summary|  )'
} | tee "$report"
{
  echo "# dedup: throughput and cost per passage"
  echo
  echo "Latest run of \`bench/run-dedup.sh $*\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD):"
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), Kafka broker in-process"
  echo "(single node), exactly-once v2, dedup-service's Kafka Streams settings. The machine is shared: single figures"
  echo "are noisy."
  echo
  echo '```'
  cat "$report"
  echo '```'
} > bench/RESULTS-dedup.md
