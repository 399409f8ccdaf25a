# Sourced by ./mvnw (POSIX sh). Passerelle needs Java 21 or newer (Vaadin 25, Spring Boot 4).
# When JAVA_HOME (or the java on the PATH) is older, look for a JDK 21+ in the usual places
# and use it, so that nobody has to export JAVA_HOME by hand. With none, stop with a clear message.
passerelle_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
passerelle_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  passerelle_v=$(passerelle_java_major "$1/bin/java")
  [ -n "$passerelle_v" ] && [ "$passerelle_v" -ge 21 ]
}
passerelle_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && passerelle_jdk_ok "$JAVA_HOME"; then return 0; fi
  if [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1; then
    passerelle_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if passerelle_jdk_ok "$passerelle_home"; then JAVA_HOME=$passerelle_home; export JAVA_HOME; return 0; fi
  fi
  passerelle_best=""
  set +f # mvnw runs with globbing off
  passerelle_best_v=0
  for passerelle_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$passerelle_candidate" ] || continue
    passerelle_jdk_ok "$passerelle_candidate" || continue
    if [ "$passerelle_v" -gt "$passerelle_best_v" ]; then
      passerelle_best=$passerelle_candidate
      passerelle_best_v=$passerelle_v
    fi
  done
  set -f
  if [ -n "$passerelle_best" ]; then
    [ "${MVNW_VERBOSE-}" = true ] && echo "Passerelle: using the JDK $passerelle_best_v at $passerelle_best" >&2
    JAVA_HOME=$passerelle_best
    export JAVA_HOME
    return 0
  fi
  echo "Passerelle needs a JDK 21 or newer, and none was found (JAVA_HOME, the PATH, /usr/lib/jvm, /opt)." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21/25 JDK), or set JAVA_HOME to it." >&2
  exit 1
}
passerelle_select_jdk
