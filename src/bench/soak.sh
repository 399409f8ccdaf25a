#!/usr/bin/env bash
# Soak: does the app JVM's heap after a full GC stay flat over a long run? The packaged jar started as the
# README's production start does (java @config/jvm.options -jar ..., fresh data directory, demo data), the given
# number of board members added to the demo database, each signed in through the login form in their own HTTP
# session and browsing for the given minutes over Vaadin's client protocol with a push WebSocket
# (org.passerelle.bench.live.SoakBenchmark, ScreenClient): another of the main pages every 3-8 s (seeded), one
# page load in five a full reload (Vaadin's unload beacon, push closed, new UI), messages posted to a thread, and
# every 10-20 s a real file uploaded through the space page's own vaadin-upload (the extraction worker reads it).
# Every minute: a class histogram (jcmd GC.class_histogram, a full GC first): the bytes of all live objects, the live
# UIs/sessions/state nodes; and the heap in use after two GC.run (noisier: it counts what was allocated since).
# Usage: src/bench/soak.sh [minutes] [sessions]   (default 30 50; about minutes + 5 in all). Packages the jar if
# there is none. Results: printed and written to target/bench/soak-results.md: the series, first/last 5-minute
# medians, the slope over the last 20 minutes. A heap that is not flat is reported, not failed; the script fails
# (exit 1) if the app stops or a session gets an error.
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES="${1:-30}"
SESSIONS="${2:-50}"

if ! ls target/passerelle-*.jar 2>/dev/null | grep -vq original; then
  ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

JAR="$(ls target/passerelle-*.jar | grep -v original | head -n 1)"
# the same JDK 21+ that ./mvnw picks (the helper turns globbing off)
. .mvn/select-jdk.sh
passerelle_select_jdk
# the client runs beside the app on the same machine: keep its own memory small
exec "$JAVA_HOME/bin/java" -Xmx384m -XX:+UseSerialGC \
    -Dpasserelle.jar="$JAR" \
    -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    org.passerelle.bench.live.SoakBenchmark "$MINUTES" "$SESSIONS" target/bench/soak-results.md
