#!/usr/bin/env bash
# Builds and runs the Statewire benchmarks; prints the report. Usage: bench/run.sh [PASSAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl bench -am install
java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.statewire.bench.DedupBench "$@"
