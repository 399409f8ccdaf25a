#!/usr/bin/env bash
# Start-up benchmark: milliseconds from process launch until GET /login answers 200, over several cold
# starts, each with a fresh, empty data directory (so migrations and the demo data are included).
#
#   ./mvnw -DskipTests package && src/bench/startup.sh [runs]
#
#   runs  cold starts per mode (default 7)
#
# Modes (they take turns, run 1 of each, then run 2 of each..., so that a change of load on the machine
# during the benchmark affects them alike), all started from the project directory (config/ read):
#   start  target/app/start.sh: the README's production start, what `package` builds: the extracted jar
#          with the JDK AOT cache the build trained (java @config/jvm.options -XX:AOTCache=... -jar ...)
#   fat    java @config/jvm.options -jar target/passerelle-<version>.jar: the fat jar, no cache
#   restart  start.sh again on a copy of an existing database (made by one untimed start with the demo data): what
#          a deployer's restart for an update does (no migration to apply, the demo data already there)
# Besides /login, the time until the application logs that it started (the Spring Data repositories are made
# once the web server runs; a sign-in before that waits for them).
# Besides the wall-clock time, the CPU time the JVM had used when /login first answered (user + system, all its
# threads, from /proc): less sensitive to other work on the machine than the wall-clock time.
# Before the timed runs, one untimed start logs class loading and prints how many classes came from the
# cache; under half stops the benchmark rather than reporting a misleading figure. (JDK 25.0.3 warns
# "Failed to link AdapterHandlerEntry ... in the AOT code cache" at every start with a cache: it
# regenerates that adapter; the classes still come from the cache.)
#
# Uses the JDK ./mvnw uses (.mvn/select-jdk.sh), as start.sh does when JAVA_HOME is set. Without a cache
# (JDK < 25 or -DskipAot at build time) the start mode is measured all the same, and says so. Only loopback
# traffic; everything it writes is in a temporary directory, removed at the end. The machine should be
# otherwise idle: the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-7}
JAR=$(ls target/passerelle-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
APP=target/app
[ -n "$JAR" ] && [ -f "$JAR" ] && [ -x "$APP/start.sh" ] ||
  { echo "No packaged jar or no $APP/start.sh: run ./mvnw -DskipTests package first" >&2; exit 1; }
case "$RUNS" in '' | *[!0-9]* | 0) echo "runs must be a positive number, not '$RUNS'" >&2; exit 1 ;; esac
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

. ./.mvn/select-jdk.sh # sets JAVA_HOME as ./mvnw does (or exits with a clear message)
set +f                 # select-jdk.sh leaves globbing off, as mvnw wants it
JAVA="$JAVA_HOME/bin/java"
MAJOR=$(passerelle_java_major "$JAVA")
TICKS=$(getconf CLK_TCK)

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

stop_app() { # stop_app <pid>: SIGTERM, wait up to 60 s, SIGKILL
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  RUNNING=""
}

# start_app <command...>: starts the command from the project directory with a fresh data directory (or, when
# FROM is set, a copy of that one) and a free port (sets RUNNING, PORT, DATA, LOG). start.sh execs java, so
# RUNNING is the JVM's pid.
start_app() {
  PORT=$(free_port)
  DATA="$WORK/data-$RANDOM$RANDOM"
  LOG="$WORK/run.log"
  if [ -n "${FROM:-}" ]; then cp -a "$FROM" "$DATA"; fi
  "$@" --server.port="$PORT" --passerelle.data-dir="$DATA" >"$LOG" 2>&1 &
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

cpu_ms() { # CPU time (user + system) the process has used so far, in ms
  awk -v t="$TICKS" '{sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / t}' "/proc/$1/stat"
}

# time_start <command...>: one cold start; sets MS (ms from launch until /login answered 200), CPU (the
# JVM's CPU time then, ms), READY (ms from launch until the application logged that it started: the Spring
# Data repositories, made once the web server runs, are ready then; a sign-in before it waits for them) and
# SPRING (Spring Boot's own "Started ... in <s> seconds").
time_start() {
  local start end i
  start=$(date +%s%N)
  start_app "$@"
  await_login
  end=$(date +%s%N)
  CPU=$(cpu_ms "$RUNNING")
  for i in $(seq 1 1200); do
    grep -q 'Started [A-Za-z]* in' "$LOG" && break
    sleep 0.05
  done
  READY=$((($(date +%s%N) - start) / 1000000))
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

MODES=(start fat restart)
LABELS=("$APP/start.sh (README's production start: extracted jar + the build's AOT cache), empty database"
  "java @config/jvm.options -jar $JAR, empty database"
  "$APP/start.sh again on an existing database (a restart for an update: no migration, no demo data to write)")
run_mode() { # run_mode <mode>: one timed cold start of that mode
  case "$1" in
    start) time_start "$APP/start.sh" ;;
    fat) time_start "$JAVA" @config/jvm.options -jar "$JAR" ;;
    restart) FROM="$WORK/existing" time_start "$APP/start.sh" ;;
  esac
}

# the existing database of the restart mode: one untimed start on an empty one, until the demo data is written;
# on the way, where the CPU time went by the time /login answered, by the JVM's threads
start_app "$APP/start.sh"
await_login
echo "== where the CPU time went by /login (start.sh, empty database, one untimed start), per kind of thread:"
for task in /proc/"$RUNNING"/task/*; do
  awk -v name="$(cat "$task/comm")" -v t="$TICKS" '{sub(/^.*\) /, ""); printf "%s\t%d\n", name, ($12 + $13) * 1000 / t}' \
    "$task/stat" 2>/dev/null || true
done | awk -F'\t' '
  { kind = $1; sub(/[#-]?[0-9]+$/, "", kind)
    if (kind == "java") kind = "main thread (the context, the web server)"
    else if (kind == "task") kind = "task (Hibernate built in the background)"
    else if (kind ~ /Compiler/) kind = "JIT compilers (" kind ")"
    else if (kind ~ /^(GC|G1)/) kind = "garbage collector (" kind ")"
    cpu[kind] += $2; total += $2 }
  END { for (k in cpu) if (cpu[k] >= 50) printf "  %7d ms  %s\n", cpu[k], k; printf "  %7d ms  in all\n", total }' |
  sort -rn
for _ in $(seq 1 2400); do
  grep -q 'DemoModeration' "$LOG" && break
  sleep 0.05
done
stop_app "$RUNNING"
mv "$DATA" "$WORK/existing"

if [ -f "$APP/passerelle.aot" ] && [ "$MAJOR" -ge 25 ]; then
  # an untimed start that counts the classes loaded from the cache, as start.sh would start
  start_app "$JAVA" @config/jvm.options -XX:AOTCache="$APP/passerelle.aot" \
    -Xlog:class+load=info:file="$WORK/classes.txt" -jar "$APP/passerelle.jar"
  await_login
  stop_app "$RUNNING"
  rm -rf "$DATA"
  total=$(grep -c 'source:' "$WORK/classes.txt" || true)
  cached=$(grep -c 'source: shared objects file' "$WORK/classes.txt" || true)
  echo "== check of $APP/passerelle.aot ($(du -m "$APP/passerelle.aot" | cut -f1) MB):" \
    "$cached of $total classes loaded at start-up came from the cache"
  if [ "$cached" -lt $((total / 2)) ]; then
    echo "The JVM hardly used the AOT cache (stale? rebuild with ./mvnw package); its messages:" >&2
    grep -E '\[(aot|cds)' "$LOG" | head -n 20 >&2
    exit 1
  fi
else
  echo "== no usable AOT cache ($APP/passerelle.aot missing or JDK $MAJOR < 25): start.sh runs without one"
fi

echo "== cold starts, ms from launch until /login answered 200 [CPU ms of the JVM by then] {ms until the app logged it started}"
declare -A TIMES CPUS READIES
for i in $(seq 1 "$RUNS"); do
  line=""
  for mode in "${MODES[@]}"; do
    run_mode "$mode"
    TIMES[$mode]="${TIMES[$mode]:-} $MS"
    CPUS[$mode]="${CPUS[$mode]:-} $CPU"
    READIES[$mode]="${READIES[$mode]:-} $READY"
    line+=$(printf '  %-7s %6d ms [%6d] {%6d}' "$mode" "$MS" "$CPU" "$READY")
  done
  printf '  run %d:%s  load %s\n' "$i" "$line" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
done

echo "== summary"
read -r FAT_MEDIAN _ <<<"$(stats ${TIMES[fat]})"
for k in "${!MODES[@]}"; do
  mode=${MODES[$k]}
  read -r median min <<<"$(stats ${TIMES[$mode]})"
  read -r cpu _ <<<"$(stats ${CPUS[$mode]})"
  read -r ready _ <<<"$(stats ${READIES[$mode]})"
  printf '  %-7s median %6d ms, min %6d ms, CPU median %6d ms, started (median) %6d ms, fat/this %s   %s\n' \
    "$mode" "$median" "$min" "$cpu" "$ready" "$(ratio "$FAT_MEDIAN" "$median")" "${LABELS[$k]}"
done
echo "  load average now $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
