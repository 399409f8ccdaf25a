#!/usr/bin/env bash
# Memory under a stream of uploads: the packaged jar started with the README's production JVM options
# (config/jvm.options), 150 real files (Tika's test documents of the accepted types) uploaded by a staff member in
# a real headless Chromium, batches of ten, until every text is read; the resident memory of the app JVM and of the
# extraction workers is sampled all along.
# Usage: src/bench/uploads.sh [files]   (default 150); APP_JVM_OPTIONS="" measures a plain java -jar instead
# Needs: Chromium and its driver (apt-get install chromium chromium-driver).
# Results: printed and written to target/bench/uploads-results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT="${1:-150}"

./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

JAR="$(ls target/passerelle-*.jar | grep -v original | head -n 1)"
# the same JDK 21+ that ./mvnw picks (the helper turns globbing off)
. .mvn/select-jdk.sh
passerelle_select_jdk
exec "$JAVA_HOME/bin/java" -Xmx512m \
    -Dpasserelle.jar="$JAR" \
    -Dpasserelle.app-jvm-options="${APP_JVM_OPTIONS-@$PWD/config/jvm.options}" \
    -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    org.passerelle.browser.UploadStreamBenchmark "$COUNT" target/bench/uploads-results.md
