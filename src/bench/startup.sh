#!/usr/bin/env bash
# Start-up benchmark: milliseconds from process launch until GET /login answers 200, over several cold
# starts, each with a fresh, empty data directory (so migrations and the demo data are included).
#
#   ./mvnw -DskipTests package && src/bench/startup.sh [runs] [jar]
#
#   runs  cold starts per mode (default 7)
#   jar   the packaged jar (default: target/passerelle-*.jar)
#
# Modes (they take turns, run 1 of each, then run 2 of each..., so that a change of load on the machine
# during the benchmark affects them alike):
#   fat      java -jar target/passerelle-<version>.jar
#   refresh  the extracted jar (java -Djarmode=tools -jar app.jar extract --destination app) started with
#            -XX:AOTCache=app.aot, a JDK AOT cache from Spring Boot's documented training run: the JVM
#            records while the application starts and exits once its context is refreshed
#            (-Dspring.context.exit=onRefresh). JDK 25+: -XX:AOTCacheOutput=app.aot; JDK 24:
#            -XX:AOTMode=record -XX:AOTConfiguration=..., then -XX:AOTMode=create.
#   served   the same, but the training run starts fully, serves /login a few times and is then stopped
#            (SIGTERM): its cache also holds the web server's, Vaadin's and the first request's classes.
# Before the timed runs, one untimed start per cache logs class loading and prints how many classes came
# from the cache; under half stops the benchmark rather than reporting a misleading figure. (JDK 25.0.3
# warns "Failed to link AdapterHandlerEntry ... in the AOT code cache" at every start with a cache: it
# regenerates that adapter; the classes still come from the cache.)
#
# Uses the JDK ./mvnw uses (.mvn/select-jdk.sh: JAVA_HOME if 21+, else javac on the PATH, else the newest
# under /usr/lib/jvm...). The AOT modes need JDK 24+ and are skipped with a message otherwise. Only
# loopback traffic; everything it writes is in a temporary directory, removed at the end. The machine
# should be otherwise idle: the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-7}
JAR=${2:-}
if [ -z "$JAR" ]; then
  JAR=$(ls target/passerelle-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
fi
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No packaged jar: run ./mvnw -DskipTests package first (or pass the jar)" >&2; exit 1; }
JAR=$(readlink -f "$JAR")
case "$RUNS" in '' | *[!0-9]* | 0) echo "runs must be a positive number, not '$RUNS'" >&2; exit 1 ;; esac
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

. ./.mvn/select-jdk.sh # sets JAVA_HOME as ./mvnw does (or exits with a clear message)
set +f                 # select-jdk.sh leaves globbing off, as mvnw wants it
JAVA="$JAVA_HOME/bin/java"
MAJOR=$(passerelle_java_major "$JAVA")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-bench.XXXXXX")
RUNNING="" # pid of the application being measured, stopped on any exit
cleanup() {
  if [ -n "$RUNNING" ] && kill -0 "$RUNNING" 2>/dev/null; then
    kill "$RUNNING" 2>/dev/null || true
    sleep 2
    kill -9 "$RUNNING" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { # a port nothing listens on, among 20000-59999
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

login_status() { curl -s -o /dev/null --max-time 5 -w '%{http_code}' "http://127.0.0.1:$1/login" || true; }

stop_app() { # stop_app <pid> [seconds]: SIGTERM, wait (a training JVM writes its cache while exiting), SIGKILL
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 $((${2:-60} * 10))); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  RUNNING=""
}

# start_app <dir> <java options...>: starts `java <options>` in <dir> with a fresh data directory and a
# free port (sets RUNNING, PORT, DATA, LOG). Not run in a subshell, so the exit trap knows the pid.
start_app() {
  local dir=$1
  shift
  PORT=$(free_port)
  DATA="$WORK/data-$RANDOM$RANDOM"
  LOG="$WORK/run.log"
  (cd "$dir" && exec "$JAVA" "$@" --server.port="$PORT" --passerelle.data-dir="$DATA") >"$LOG" 2>&1 &
  RUNNING=$!
}

await_login() { # polls every 50 ms until /login answers 200 (at most about 3 minutes); exits on failure
  local i
  for i in $(seq 1 3600); do
    [ "$(login_status "$PORT")" = 200 ] && return 0
    if ! kill -0 "$RUNNING" 2>/dev/null; then
      echo "The application stopped while starting; its output:" >&2; tail -n 40 "$LOG" >&2; exit 1
    fi
    sleep 0.05
  done
  echo "/login did not answer 200 within 3 minutes; output:" >&2; tail -n 40 "$LOG" >&2; exit 1
}

# time_start <dir> <java options...>: one cold start; sets MS (milliseconds from launch until /login
# answered 200) and SPRING (Spring Boot's own "Started ... in <s> seconds").
time_start() {
  local start end
  start=$(date +%s%N)
  start_app "$@"
  await_login
  end=$(date +%s%N)
  stop_app "$RUNNING"
  MS=$(((end - start) / 1000000))
  SPRING=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$LOG" | head -n 1)
  rm -rf "$DATA"
}

stats() { # stats <numbers...>: prints "<median> <min>"
  printf '%s\n' "$@" | sort -n |
    awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%d %d\n", m, a[1]}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "JDK $MAJOR ($JAVA_HOME); $(basename "$JAR"); $RUNS cold starts per mode; $(nproc) cores;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

# The modes take turns (fat, AOT, AOT, fat, ...) so that a change of load on the machine during the
# benchmark affects every mode alike.
MODES=(fat)
LABELS=("fat jar, java -jar $(basename "$JAR")")
if [ "$MAJOR" -ge 24 ]; then
  MODES+=(refresh served)
  LABELS+=("extracted jar + AOT cache trained to onRefresh (Spring Boot's documented way)"
    "extracted jar + AOT cache trained by serving /login")
  APP="$WORK/app"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
  APP_JAR=$(basename "$JAR") # the extracted jar has the same name; its lib/ sits next to it
else
  echo "== extracted jar + AOT cache: skipped (the JDK AOT cache needs JDK 24+; this is JDK $MAJOR)"
fi

run_mode() { # run_mode <mode>: one timed cold start of that mode
  case "$1" in
    fat) time_start "$WORK" -jar "$JAR" ;;
    *) time_start "$APP" -XX:AOTCache="$WORK/$1.aot" -jar "$APP_JAR" ;;
  esac
}

# train <cache> <how>: creates the AOT cache <cache> for the extracted jar ("refresh" or "served")
train() {
  local cache=$1 how=$2 port log=$WORK/training-$2.log exit_on_refresh=() record
  port=$(free_port)
  [ "$how" = refresh ] && exit_on_refresh=(-Dspring.context.exit=onRefresh)
  if [ "$MAJOR" -ge 25 ]; then
    record=(-XX:AOTCacheOutput="$cache")
  else # JDK 24: record a configuration, then create the cache from it
    record=(-XX:AOTMode=record -XX:AOTConfiguration="$cache.conf")
  fi
  (cd "$APP" && exec "$JAVA" "${record[@]}" "${exit_on_refresh[@]}" -jar "$APP_JAR" \
    --server.port="$port" --passerelle.data-dir="$WORK/training-$how") >"$log" 2>&1 &
  RUNNING=$!
  if [ "$how" = served ]; then
    for _ in $(seq 1 1800); do
      [ "$(login_status "$port")" = 200 ] && break
      kill -0 "$RUNNING" 2>/dev/null || break
      sleep 0.1
    done
    for _ in 1 2 3 4 5; do login_status "$port" >/dev/null; done
    stop_app "$RUNNING" 300
  else
    wait "$RUNNING" || true # exits by itself once the context is refreshed
    RUNNING=""
  fi
  if [ "$MAJOR" -lt 25 ] && [ -f "$cache.conf" ]; then
    (cd "$APP" && "$JAVA" -XX:AOTMode=create -XX:AOTConfiguration="$cache.conf" -XX:AOTCache="$cache" \
      -jar "$APP_JAR") >>"$log" 2>&1 || true
  fi
  [ -s "$cache" ] || { echo "No AOT cache was written; the training run's output:" >&2; tail -n 40 "$log" >&2; exit 1; }
  echo "   training '$how': cache of $(du -m "$cache" | cut -f1) MB"
}

check_cache() { # check_cache <cache>: an untimed start that counts the classes loaded from the cache
  local classes=$WORK/classes.txt total cached
  start_app "$APP" -XX:AOTCache="$1" -Xlog:class+load=info:file="$classes" -jar "$APP_JAR"
  await_login
  stop_app "$RUNNING"
  rm -rf "$DATA"
  total=$(grep -c 'source:' "$classes" || true)
  cached=$(grep -c 'source: shared objects file' "$classes" || true)
  echo "   check of $(basename "$1"): $cached of $total classes loaded at start-up came from the cache"
  if [ "$cached" -lt $((total / 2)) ]; then
    echo "The JVM hardly used the AOT cache; its messages:" >&2; grep -E '\[(aot|cds)' "$LOG" | head -n 20 >&2; exit 1
  fi
}

if [ "$MAJOR" -ge 24 ]; then
  echo "== training runs (extracted jar in a temporary directory)"
  train "$WORK/refresh.aot" refresh
  train "$WORK/served.aot" served
  check_cache "$WORK/refresh.aot"
  check_cache "$WORK/served.aot"
fi

echo "== cold starts, ms from launch until /login answered 200 (Spring's own \"started in\" in brackets)"
declare -A TIMES
for i in $(seq 1 "$RUNS"); do
  line=""
  for mode in "${MODES[@]}"; do
    run_mode "$mode"
    TIMES[$mode]="${TIMES[$mode]:-} $MS"
    line+=$(printf '  %-7s %6d ms (%5s s)' "$mode" "$MS" "${SPRING:-?}")
  done
  printf '  run %d:%s\n' "$i" "$line"
done

echo "== summary"
read -r FAT_MEDIAN _ <<<"$(stats ${TIMES[fat]})"
for k in "${!MODES[@]}"; do
  mode=${MODES[$k]}
  read -r median min <<<"$(stats ${TIMES[$mode]})"
  printf '  %-7s median %6d ms, min %6d ms, fat/this %s   %s\n' "$mode" "$median" "$min" \
    "$(ratio "$FAT_MEDIAN" "$median")" "${LABELS[$k]}"
done
echo "  load average now $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
