#!/bin/sh
# The production start (README, "Production start"), copied by `./mvnw package` into target/app/ next to the
# extracted application (passerelle.jar, lib/) and the JDK AOT cache the build trained (passerelle.aot):
#
#   target/app/start.sh [--spring.options=...]      from the directory that holds config/
#
# It runs java @config/jvm.options -XX:AOTCache=<this dir>/passerelle.aot -jar <this dir>/passerelle.jar,
# with the JDK the build used (the cache only fits that JDK and these jars), or $JAVA_HOME when set. Without
# a cache, or with a JDK older than 25, it starts without one (slower) and says so; a cache that no longer
# fits (other JDK, jars changed) is refused by the JVM itself with a warning, and the start goes on without it.
here=$(cd "$(dirname "$0")" && pwd)
java_home=${JAVA_HOME:-@BUILD_JAVA_HOME@}
if [ -x "$java_home/bin/java" ]; then
  java=$java_home/bin/java
else
  java=java
fi
set -- -jar "$here/passerelle.jar" "$@"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release" 2>/dev/null)
if [ ! -f "$here/passerelle.aot" ]; then
  echo "Passerelle: no AOT cache at $here/passerelle.aot: starting without it, more slowly (./mvnw package with JDK 25+ makes one)" >&2
elif [ "${major:-0}" -lt 25 ]; then
  echo "Passerelle: $java is not JDK 25+ (or its version is unknown): starting without the AOT cache, more slowly" >&2
else
  set -- -XX:AOTCache="$here/passerelle.aot" "$@"
fi
if [ -f config/jvm.options ]; then
  set -- @config/jvm.options "$@"
else
  echo "Passerelle: no config/jvm.options in $(pwd): the heap is not bounded" >&2
fi
exec "$java" "$@"
