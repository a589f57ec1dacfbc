#!/usr/bin/env bash
# Generic extraction against @mozilla/readability (a development tool from npm, never a runtime dependency) over
# Mozilla Readability's test pages in ../shared; prints one report and keeps it in bench/RESULTS-extraction.md.
# Usage: bench/run-extraction.sh [PAGES_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-../shared/peers/readability/test/test-pages}"
pages="$(cd "$pages" && pwd)"
out="$(mktemp -d)"
(cd bench/readability && npm install --no-audit --no-fund --silent && node peer.mjs "$pages" "$out")
./mvnw -B -q -DskipTests -pl bench -am package
report=$(java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.statewire.bench.ExtractionBench "$pages" "$out")
echo "$report"
{
  echo "# Extraction benchmark"
  echo
  echo "Latest run of \`bench/run-extraction.sh\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, node $(node --version),"
  echo "$(java -version 2>&1 | head -1)."
  echo
  echo '```'
  echo "$report"
  echo '```'
} > bench/RESULTS-extraction.md
rm -rf "$out"
