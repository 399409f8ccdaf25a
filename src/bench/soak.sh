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
# live.sh builds what is needed and runs the benchmark class it is given, with its two numbers passed on
# the client runs beside the app on the same machine: keep its own memory small
LIVE_BENCHMARK=SoakBenchmark LIVE_RESULTS=soak-results.md LIVE_CLIENT_OPTS="-Xmx384m -XX:+UseSerialGC" \
  exec "$(dirname "$0")/live.sh" "${1:-30}" "${2:-50}"
