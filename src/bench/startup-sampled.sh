#!/usr/bin/env bash
# Where the production start's time goes, with its AOT cache: starts of target/app/start.sh (each on an empty data
# directory) sampled by async-profiler (tools.profiler:async-profiler from Maven Central, put in target/bench/ by
# ./mvnw the first time), CPU samples every millisecond, until /login answers 200. Unlike startup-profile.sh (the
# JDK Flight Recorder, which the JVM refuses together with the cache), it measures the start the README gives.
# Prints, from all starts together:
#   - the CPU time by kind of thread (the JIT compilers, the main thread, Hibernate in the background...);
#   - the main thread's CPU time by what it was doing (its phase: Flyway, the web server and Vaadin's servlet,
#     the beans, ...) and by the library of the code running at that moment (Spring, H2, the JVM itself...);
#   - the main thread's timeline, in quarters of a second, of the first start: its phase and the share of the
#     samples that ran in the main thread at all (the rest of the two cores went to the other threads).
#
#   ./mvnw -DskipTests package && src/bench/startup-sampled.sh [starts]
#
#   starts  how many starts to sample (default 3)
#
# Linux x64 or arm64 only (the profiler's native library). The profiler itself costs a few percent; the start
# times it prints are therefore a little above startup.sh's. Needs curl and python3 (to read `jfr print --json`).
# Everything it writes, but the downloaded profiler, is in a temporary directory (kept with SAMPLED_KEEP=1).
set -euo pipefail
cd "$(dirname "$0")/../.."

STARTS=${1:-3}
case "$STARTS" in '' | *[!0-9]* | 0) echo "starts must be a positive number, not '$STARTS'" >&2; exit 1 ;; esac
APP=target/app
[ -x "$APP/start.sh" ] || { echo "No $APP/start.sh: run ./mvnw -DskipTests package first" >&2; exit 1; }
command -v curl >/dev/null && command -v python3 >/dev/null || { echo "curl and python3 are needed" >&2; exit 1; }
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) PLATFORM=linux-x64 ;;
  Linux-aarch64) PLATFORM=linux-arm64 ;;
  *) echo "async-profiler's library is for Linux x64 and arm64 only, not $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
. ./.mvn/select-jdk.sh # the JDK ./mvnw uses, which start.sh then takes through JAVA_HOME
set +f
PROFILER_VERSION=4.6
LIB="target/bench/async-profiler-$PROFILER_VERSION/$PLATFORM/libasyncProfiler.so"
if [ ! -f "$LIB" ]; then
  ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION" \
    -DoutputDirectory=target/bench -Dmdep.overWriteIfNewer=true
  mkdir -p "target/bench/async-profiler-$PROFILER_VERSION"
  (cd "target/bench/async-profiler-$PROFILER_VERSION" &&
    "$JAVA_HOME/bin/jar" xf "../async-profiler-$PROFILER_VERSION.jar" "$PLATFORM/libasyncProfiler.so")
fi
LIB=$(cd "$(dirname "$LIB")" && pwd)/libasyncProfiler.so

WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-sampled.XXXXXX")
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  if [ -n "${SAMPLED_KEEP:-}" ]; then echo "recordings kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "JDK $(passerelle_java_major "$JAVA_HOME/bin/java") ($JAVA_HOME); async-profiler $PROFILER_VERSION; $STARTS starts of $APP/start.sh, empty database; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$STARTS"); do
  PORT=$((20000 + RANDOM % 40000))
  start=$(date +%s%N)
  # event=cpu falls back to the interval timer where the kernel's perf events are closed
  JAVA_HOME=$JAVA_HOME JDK_JAVA_OPTIONS="-agentpath:$LIB=start,event=cpu,interval=1ms,jfr,file=$WORK/start-$run.jfr" \
    "$APP/start.sh" --server.port="$PORT" --passerelle.data-dir="$WORK/data-$run" >"$WORK/app-$run.log" 2>&1 &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app-$run.log" >&2; exit 1; }
    sleep 0.05
  done
  login=$(date +%s%N)
  echo "start $run: /login answered after $(((login - start) / 1000000)) ms (sampled)"
  echo "$start $login" >"$WORK/times-$run"
  kill "$APP_PID" # the profiler writes its recording as the JVM exits
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  "$JAVA_HOME/bin/jfr" print --json --stack-depth 512 --events jdk.ExecutionSample "$WORK/start-$run.jfr" \
    >"$WORK/samples-$run.json"
done

python3 - "$WORK" "$STARTS" <<'EOF'
import collections, json, re, sys
from datetime import datetime

work, starts = sys.argv[1], int(sys.argv[2])

def seconds(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()

def thread_kind(name):
    kinds = [("C2 CompilerThre", "JIT compiler C2"), ("C1 CompilerThre", "JIT compiler C1"), ("main", "main thread"),
             ("task-", "task (Hibernate built in the background)"), ("GC Thread", "garbage collector"),
             ("G1 ", "garbage collector"), ("search-mapping", "search mapping (SearchIndex)"),
             ("http-nio", "web server's request threads"), ("Training replay", "JDK: replay of the cache's profiles")]
    for prefix, kind in kinds:
        if (name or "").startswith(prefix):
            return kind
    return "other threads"

# the main thread's phase: the first of these that a frame of the sampled stack names
PHASES = [
    (r"DeferredRepositories", "Spring Data repositories (made once the web server runs)"),
    (r"org/flywaydb/", "Flyway: the migrations"),
    (r"VaadinServletContextInitializer|com/vaadin/flow/server/VaadinServlet\.init|com/vaadin/flow/spring/SpringServlet",
     "Vaadin's servlet initialised (routes of the ui packages)"),
    (r"org/apache/catalina/|TomcatWebServer|TomcatServletWebServerFactory", "Tomcat made and started"),
    (r"AbstractAutoProxyCreator", "proxies: which beans need transactions or method security"),
    (r"ConfigurationPropertiesBindingPostProcessor", "configuration properties bound"),
    (r"org/springframework/security/config/", "Spring Security's filter chains"),
    (r"invokeBeanFactoryPostProcessors|registerBeanPostProcessors|Application__BeanFactoryRegistrations",
     "bean definitions registered (generated at build time)"),
    (r"preInstantiateSingletons|AbstractBeanFactory\.getBean|doCreateBean", "other beans made"),
    (r"SpringApplication\.prepareEnvironment|logback|LoggingApplicationListener", "environment and logging"),
    (r"SpringApplication\.", "Spring Boot, other"),
]

def phase(frames):  # the first of PHASES that a frame of the stack names (they go from the narrowest)
    for pattern, name in PHASES:
        if any(re.search(pattern, frame) for frame in frames):
            return name
    return "before Spring Boot (the JVM's own start)" if not any("SpringApplication" in f for f in frames) else "other"

LIBRARIES = [("org/springframework/", "Spring"), ("org/h2/", "H2"), ("org/flywaydb/", "Flyway"),
             ("org/hibernate/", "Hibernate"), ("org/apache/catalina/", "Tomcat"), ("org/apache/tomcat/", "Tomcat"),
             ("com/vaadin/", "Vaadin"), ("org/passerelle/", "Passerelle"), ("ch/qos/logback/", "Logback"),
             ("java/", "JDK classes"), ("jdk/", "JDK classes"), ("sun/", "JDK classes")]

def library(frames):  # the innermost Java frame's library; a native frame on top is the JVM or libc
    top = frames[0] if frames else ""
    if not top or "/" not in top or top.startswith(("libjvm", "libc", "[")) or ".so" in top:
        return "the JVM itself (class linking and initialisation, runtime calls, JIT stubs, locks)"
    for prefix, name in LIBRARIES:
        if top.startswith(prefix):
            return name
    return "other libraries"

by_thread = collections.Counter()
main_phase = collections.Counter()
main_library = collections.Counter()
timeline = collections.defaultdict(collections.Counter)
all_in_bucket = collections.Counter()
total = 0
for run in range(1, starts + 1):
    launch, login = (int(x) / 1e9 for x in open(f"{work}/times-{run}").read().split())
    events = json.load(open(f"{work}/samples-{run}.json"))["recording"]["events"]
    for event in events:
        v = event["values"]
        at = seconds(v["startTime"])
        if at > login:
            continue
        thread = (v.get("sampledThread") or {})
        name = thread.get("javaName") or thread.get("osName") or "?"  # the JIT's threads have only an OS name
        kind = thread_kind(name)
        by_thread[kind] += 1
        total += 1
        frames = [f["method"]["type"]["name"] + "." + f["method"]["name"]
                  for f in ((v.get("stackTrace") or {}).get("frames") or [])]
        bucket = int((at - launch) / 0.25)
        if run == 1:
            all_in_bucket[bucket] += 1
        if kind == "main thread":
            p = phase(frames)
            main_phase[p] += 1
            main_library[library(frames)] += 1
            if run == 1:
                timeline[bucket][p] += 1

def ms(samples):  # one sample per millisecond of CPU, summed over the starts
    return samples / starts

print(f"== CPU time by /login, per start (the mean of {starts} sampled starts), by kind of thread:")
print(f"{ms(total):8.0f} ms  in all")
for kind, n in by_thread.most_common():
    print(f"{ms(n):8.0f} ms  {kind}")
main = sum(main_phase.values())
print(f"== the main thread's {ms(main):.0f} ms, by what it was doing:")
for name, n in main_phase.most_common():
    print(f"{ms(n):8.0f} ms  {name}")
print("== the main thread's time, by the code running at that moment:")
for name, n in main_library.most_common():
    print(f"{ms(n):8.0f} ms  {name}")
print("== first start, quarter second by quarter second: the main thread's share of the CPU samples, and its phase")
for bucket in sorted(all_in_bucket):
    phases = timeline.get(bucket, collections.Counter())
    mine = sum(phases.values())
    top = phases.most_common(1)[0][0] if phases else "-"
    print(f"{bucket * 0.25:5.2f} s  {mine:4d} of {all_in_bucket[bucket]:4d} samples  {top}")
EOF
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)"
