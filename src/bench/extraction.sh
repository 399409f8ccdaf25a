#!/usr/bin/env bash
# Extraction benchmark: per format, median and p95 time per file and per MB through Passerelle's pipeline (worker
# JVM), with plain in-process Tika on the same files in the same run, and with poppler's pdftotext on the PDFs.
# Usage: src/bench/extraction.sh [rounds]   (default 3 timed rounds after one warm-up round)
# Needs: poppler-utils for pdftotext (apt-get install poppler-utils); without it the pdftotext column stays empty.
# Results: printed and written to target/bench/extraction-results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-3}"

command -v pdftotext >/dev/null || echo "pdftotext not found (apt-get install poppler-utils): PDFs are compared with Tika only" >&2

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

# the same JDK 21+ that ./mvnw picks
. .mvn/select-jdk.sh
passerelle_select_jdk
# in-process Tika logs at the same level as the worker (warnings), or logging alone would slow it down
exec "$JAVA_HOME/bin/java" -Xmx1g -Dlogback.configurationFile=org/passerelle/extraction/worker/worker-logback.xml -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    org.passerelle.extraction.ExtractionBenchmark target/bench/corpus "$ROUNDS"
