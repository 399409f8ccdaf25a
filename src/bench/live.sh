#!/usr/bin/env bash
# Live fan-out and memory per open screen, with real sessions: the packaged jar started as the README's
# production start does (java @config/jvm.options -jar ..., fresh data directory, demo data), 300 board members
# added to the demo database, each signed in through the login form in its own HTTP session, each screen opened
# over Vaadin's client protocol with its own push WebSocket (org.passerelle.bench.live.ScreenClient). Measures
#   - heap per open screen after a full GC (jcmd GC.run): home page (100 and 200 screens), a proposal page, a
#     thread of 200 messages (200 screens), with a class histogram;
#   - a poster (another session, typing and clicking Send through the UI) posts messages to a thread all the
#     sessions have open: time from the click until each session's push channel carries the text, p50/p95/max;
#     one real headless Chromium on the same thread checks that a browser receives the same push and shows it.
# Usage: src/bench/live.sh [sessions] [posts]   (default 300 10). Packages the jar if there is none.
# Needs: Chromium and its driver for the browser check (apt-get install chromium chromium-driver; skipped
# without). Results: printed and written to target/bench/live-results.md. The machine should be otherwise
# idle: the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
SESSIONS="${1:-300}"
POSTS="${2:-10}"

if ! ls target/passerelle-*.jar 2>/dev/null | grep -vq original; then
  ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

JAR="$(ls target/passerelle-*.jar | grep -v original | head -n 1)"
# the same JDK 21+ that ./mvnw picks (the helper turns globbing off)
. .mvn/select-jdk.sh
passerelle_select_jdk
# LIVE_CLIENT_OPTS: the client JVM's options (soak.sh keeps it smaller)
exec "$JAVA_HOME/bin/java" ${LIVE_CLIENT_OPTS:--Xmx1g} \
    -Dpasserelle.jar="$JAR" \
    -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    "org.passerelle.bench.live.${LIVE_BENCHMARK:-LiveFanOutBenchmark}" "$SESSIONS" "$POSTS" \
    "target/bench/${LIVE_RESULTS:-live-results.md}"
