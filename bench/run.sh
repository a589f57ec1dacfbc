#!/usr/bin/env bash
# Builds and runs the Statewire benchmarks, prints the report and keeps the latest in bench/RESULTS.md.
# Usage: bench/run.sh [PASSAGES]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl bench -am install
report=$(mktemp)
java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.statewire.bench.DedupBench "$@" 2>&1 \
  | grep -E '^(input|throughput|dedup state|  bench-)' | tee "$report"
{
  echo "# Benchmark results"
  echo
  echo "Latest run of \`bench/run.sh $*\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), Kafka broker in-process (single node), exactly-once v2."
  echo
  echo '```'
  cat "$report"
  echo '```'
} > bench/RESULTS.md
rm -f "$report"
