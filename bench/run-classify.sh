#!/usr/bin/env bash
# Classification benchmarks, one run: JMH cost per statement, then classify-service against a pass-through
# processor on one in-process broker. Prints the figures and keeps them in bench/RESULTS-classify.md.
# Usage: bench/run-classify.sh [PASSAGES [ROUNDS]]   (default 100000 passages, 1 round of pass-through then service)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl bench -am package
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
report=$(mktemp)
java -cp "$cp" org.openjdk.jmh.Main ClassifyBench -rf text -rff /dev/null 2>&1 \
  | grep -E '^(Benchmark +Mode|ClassifyBench)' | tee "$report"
(cd bench && java -Xmx1g -cp "target/classes:$(cat target/classpath.txt)" io.statewire.bench.ClassifyThroughputBench "$@" 2>&1) \
  | grep -E '^(input|warm-up|throughput|cpu|output|broker)' | tee -a "$report"
{
  echo "# Classification benchmark results"
  echo
  echo "Latest run of \`bench/run-classify.sh $*\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores,"
  echo "$(java -version 2>&1 | head -1), Kafka broker in-process (single node), exactly-once."
  echo
  echo '```'
  cat "$report"
  echo '```'
} > bench/RESULTS-classify.md
rm -f "$report"
