#!/usr/bin/env bash
# dedup's cost per passage with 10,000, 100,000 and 1,000,000 passages already stored, and its state bytes per stored
# passage: one instance of the dedup topology with dedup-service's Kafka Streams settings (exactly-once v2, bounded
# RocksDB) on one in-process broker, loaded through its own topology, a fixed batch timed at each level. Prints the
# figures and keeps the latest in bench/RESULTS-dedup-cost.md.
# Usage: bench/run-dedup-cost.sh [LEVELS] [BATCH_NEW]   (default 10000,100000,1000000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl bench -am package
report=$(mktemp)
java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.statewire.bench.cost.DedupCostBench "$@" \
  2>&1 | grep --line-buffered -E '^(input|settings|load|level|batch|summary|  )' | tee "$report"
{
  echo "# dedup cost per passage against stored fingerprints"
  echo
  echo "Latest run of \`bench/run-dedup-cost.sh $*\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), Kafka broker in-process (single node), exactly-once v2, one stream thread. The"
  echo "batch is timed from its first record produced to its last passage read committed; the state is measured before"
  echo "the batch, after a 10 s pause. The machine is shared: single figures are noisy."
  echo
  echo '```'
  cat "$report"
  echo '```'
} > bench/RESULTS-dedup-cost.md
rm -f "$report"
