#!/usr/bin/env bash
# dedup-service's resident memory under load: the packaged service as a process with the JVM options of
# deploy/k8s/services/dedup.yaml, once per variant (default: RocksDB unbounded, then as configured), on one in-process
# broker. Prints the figures and keeps the latest in bench/RESULTS-memory.md.
# Usage: bench/run-memory.sh [RELEASES] [PARAGRAPHS] [PARTITIONS] [VARIANT...]   (default 3000 12 3 unbounded default)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl bench -am package
report=$(mktemp)
java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.statewire.bench.memory.DedupMemoryBench "$@" \
  2>&1 | grep -E '^(input|jvm|variant|summary|  )' | tee "$report"
{
  echo "# dedup-service memory benchmark results"
  echo
  echo "Latest run of \`bench/run-memory.sh $*\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), Kafka broker in-process (single node), exactly-once v2. Resident memory is"
  echo "VmRSS of the service's process (/proc/PID/status), MiB."
  echo
  echo '```'
  cat "$report"
  echo '```'
} > bench/RESULTS-memory.md
rm -f "$report"
