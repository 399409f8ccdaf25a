#!/usr/bin/env bash
# Cross-node live delivery: the packaged jar started twice (node A and node B) as the README's production start
# does, with the postgres profile on one fresh database of the machine's PostgreSQL server (created and dropped by
# the benchmark) and one shared document folder; [sessions] board members sign in through the login form, half on
# each node, each in its own HTTP session with the thread open over Vaadin's client protocol and its own push
# WebSocket (org.passerelle.bench.live.ScreenClient); a poster on node A clicks Send [posts] times (5.5 s apart, the
# discussions' interval between two posts of one person). Reports, for the sessions on A and on B (the event went
# through PostgreSQL LISTEN/NOTIFY), the time from the click until each session's push carried the text:
# p50/p95/max.
# Usage: src/bench/live-two-nodes.sh [sessions] [posts]   (default 300 10). Packages the jar if there is none.
# Needs: a PostgreSQL server that the user postgres reaches without a password (PASSERELLE_BENCH_POSTGRES_URL,
# default jdbc:postgresql://127.0.0.1:5432/postgres). Results: printed and written to
# target/bench/live-two-nodes-results.md. The machine should be otherwise idle: the load average is printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
LIVE_BENCHMARK=CrossNodeFanOutBenchmark LIVE_RESULTS=live-two-nodes-results.md exec src/bench/live.sh "$@"
