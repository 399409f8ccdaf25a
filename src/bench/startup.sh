#!/usr/bin/env bash
# Start-up benchmark: time from process launch until GET /login answers 200, over several cold starts,
# each with a fresh, empty data directory (so the first-start work — migrations, demo data — is included).
#
#   ./mvnw -DskipTests package && src/bench/startup.sh [runs]      (default 7 runs per mode)
#
# Modes: (a) the fat jar, `java -jar`; (b) the extracted jar with a JDK AOT cache (JDK 24+), trained by a
# run that starts the app and serves the login page. Prints every run, the median and the minimum, and
# the ratio of the medians. Uses the JDK that ./mvnw would use. Only loopback traffic.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-7}
JAR=$(ls target/passerelle-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw -DskipTests package first" >&2; exit 1; }
. ./.mvn/select-jdk.sh
JAVA="$JAVA_HOME/bin/java"
MAJOR=$(passerelle_java_major "$JAVA")
WORK=$(mktemp -d)
trap 'pkill -f "passerelle-bench-$$" 2>/dev/null || true; rm -rf "$WORK"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_and_time <label> <java args...>: prints milliseconds until /login answered 200
start_and_time() {
  local port data start end pid code
  port=$(free_port)
  data="$WORK/data-$RANDOM$RANDOM"
  start=$(date +%s%N)
  "$JAVA" -Dpasserelle.bench=passerelle-bench-$$ "$@" --server.port="$port" --passerelle.data-dir="$data" \
    >"$WORK/last.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 2400); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
    if [ "$code" = 200 ]; then
      end=$(date +%s%N)
      kill "$pid"; wait "$pid" 2>/dev/null || true
      echo $(( (end - start) / 1000000 ))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; log: $WORK/last.log" >&2; cat "$WORK/last.log" >&2; exit 1; }
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null || true
  echo "timeout" >&2; exit 1
}

stats() { # prints "median min" of the numbers given
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%d %d\n", m, a[1]}'
}

echo "JDK $MAJOR at $JAVA_HOME; jar $JAR; $RUNS runs per mode; $(nproc) cores"
echo "== fat jar: java -jar"
fat=()
for i in $(seq 1 "$RUNS"); do t=$(start_and_time -jar "$JAR"); fat+=("$t"); echo "  run $i: $t ms"; done
read -r fat_median fat_min <<<"$(stats "${fat[@]}")"
echo "  median $fat_median ms, min $fat_min ms"

if [ "$MAJOR" -lt 24 ]; then
  echo "== extracted jar + AOT cache: skipped (needs JDK 24+, found $MAJOR)"
  exit 0
fi
echo "== extracted jar + AOT cache (training run first)"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP="$WORK/app/$(basename "$JAR")"
port=$(free_port)
"$JAVA" -Dpasserelle.bench=passerelle-bench-$$ -XX:AOTCacheOutput="$WORK/app.aot" -jar "$APP" \
  --server.port="$port" --passerelle.data-dir="$WORK/training" >"$WORK/training.log" 2>&1 &
pid=$!
for _ in $(seq 1 2400); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ] && break
  sleep 0.1
done
for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://127.0.0.1:$port/login"; done
kill "$pid"; wait "$pid" 2>/dev/null || true # the cache is written when the JVM exits
[ -f "$WORK/app.aot" ] || { echo "no AOT cache written; log: " >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
aot=()
for i in $(seq 1 "$RUNS"); do t=$(start_and_time -XX:AOTCache="$WORK/app.aot" -jar "$APP"); aot+=("$t"); echo "  run $i: $t ms"; done
read -r aot_median aot_min <<<"$(stats "${aot[@]}")"
echo "  median $aot_median ms, min $aot_min ms"
echo "== ratio of medians (fat / AOT): $(awk -v a="$fat_median" -v b="$aot_median" 'BEGIN {printf "%.2f", a/b}')"
