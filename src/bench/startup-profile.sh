#!/usr/bin/env bash
# Where the start-up time goes: one cold start of the fat jar (fresh data directory, until /login answers 200)
# recorded by the JDK Flight Recorder, with Spring's start-up steps as JFR events (-Dpasserelle.startup-steps=true,
# see Application.main: each bean's creation, the configuration classes' parsing, the web server...). Prints
# the time before Spring's context refresh, then the refresh's steps grouped by what they do (each step's own
# time, without the steps inside it), then the longest single steps.
#
#   ./mvnw -DskipTests package && src/bench/startup-profile.sh [top]
#
#   top  how many single steps to list (default 15)
#
# The fat jar, not target/app/start.sh: the JVM refuses the AOT cache when the Flight Recorder runs
# ("jdk.jfr specified during runtime but not during dump time"). Recording slows the start by 10-30 %.
# Needs python3 (to read `jfr print --json`). Everything it writes is in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

TOP=${1:-15}
JAR=$(ls target/passerelle-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] || { echo "No packaged jar: run ./mvnw -DskipTests package first" >&2; exit 1; }
command -v curl >/dev/null && command -v python3 >/dev/null || { echo "curl and python3 are needed" >&2; exit 1; }
. ./.mvn/select-jdk.sh
set +f

WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-profile.XXXXXX")
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$((20000 + RANDOM % 40000))
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
# PROFILE_JAVA_OPTS: more JVM options, e.g. -Dspring.aot.enabled=true (Spring AOT, as target/app/start.sh runs)
"$JAVA_HOME/bin/java" @config/jvm.options ${PROFILE_JAVA_OPTS:-} -XX:StartFlightRecording=filename="$WORK/start.jfr",dumponexit=true \
  -Dpasserelle.startup-steps=true -jar "$JAR" --server.port="$PORT" --passerelle.data-dir="$WORK/data" \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
until [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
echo "/login answered after $((($(date +%s%N) - start) / 1000000)) ms (with the recording)"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
"$JAVA_HOME/bin/jfr" print --json --events org.springframework.core.metrics.jfr.FlightRecorderStartupEvent \
  "$WORK/start.jfr" >"$WORK/steps.json"
"$JAVA_HOME/bin/jfr" print --json --events jdk.JVMInformation "$WORK/start.jfr" >"$WORK/jvm.json"

python3 - "$WORK/steps.json" "$WORK/jvm.json" "$TOP" <<'EOF'
import collections, json, re, sys
from datetime import datetime

def millis(duration):  # ISO-8601 duration as jfr prints it, e.g. PT1.234S or PT1M2.5S
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", duration)
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) * 1000 if m else 0.0

def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000

jvm_start = instant(json.load(open(sys.argv[2]))["recording"]["events"][0]["values"]["jvmStartTime"])
steps = {}
for event in json.load(open(sys.argv[1]))["recording"]["events"]:
    v = event["values"]
    steps[v["eventId"]] = dict(ms=millis(v["duration"]), parent=v["parentId"], name=v["name"],
                               tags=str(v.get("tags") or ""), start=instant(v["startTime"]) - jvm_start)
inner = collections.defaultdict(float)
for step in steps.values():
    inner[step["parent"]] += step["ms"]

HIBERNATE = {"&entityManagerFactory", "entityManagerFactory", "jpaVendorAdapter", "entityManagerFactoryBuilder",
             "persistenceManagedTypes"}

def group(step):
    name, tags = step["name"], step["tags"]
    bean = re.search(r"beanName=([^,]*)", tags)
    bean = bean.group(1) if bean else ""
    if name.startswith("spring.data"):
        return "Spring Data repositories (37: query methods, HQL parsing)"
    if "config-classes" in name or "beandef-registry" in name:
        return "configuration classes: component scan of org.passerelle, auto-configuration"
    if name.startswith("spring.boot.webserver"):
        return "Tomcat created, Vaadin's servlet initialised (allowed-packages scan)"
    if name == "spring.context.refresh":
        return "refresh itself: Tomcat started, listeners"
    if bean in HIBERNATE:
        return "Hibernate ORM (entity manager factory)"
    if bean.startswith("flyway"):
        return "Flyway (47 migrations on a fresh H2)"
    if bean == "searchIndex":
        return "Hibernate Search mapping + Lucene index (SearchIndex)"
    if bean == "typeDetection":
        return "Tika type detection (app JVM)"
    if "security" in tags.lower():
        return "Spring Security"
    if name.startswith("spring.beans"):
        return "other beans (~600: services, demo data beans, Vaadin, Spring MVC)"
    return "other steps of the refresh"

refresh = next(s for s in steps.values() if s["name"] == "spring.context.refresh")
groups = collections.defaultdict(float)
for key, step in steps.items():
    if not step["name"].startswith("spring.boot.application."):  # before or after the refresh
        groups[group(step)] += max(0.0, step["ms"] - inner[key])
print("%7.0f ms  JVM start until the context refresh begins (JVM, fat-jar class loading, Spring Boot,"
      " logging, environment)" % refresh["start"])
print("%7.0f ms  context refresh, of which (each step's own time):" % refresh["ms"])
for name, ms in sorted(groups.items(), key=lambda g: -g[1]):
    print("%7.0f ms    %s" % (ms, name))
print("longest single steps (own time / with the steps inside):")
for key, step in sorted(steps.items(), key=lambda s: -(s[1]["ms"] - inner[s[0]]))[: int(sys.argv[3])]:
    print("%7.0f / %6.0f ms  %s %s" % (step["ms"] - inner[key], step["ms"], step["name"], step["tags"][:90]))
EOF
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)"
