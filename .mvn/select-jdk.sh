# Sourced by ./mvnw, ./gongkai and .ci/run: make JAVA_HOME point at a JDK 21 or newer (the build compiles with
# --release 21). Keeps a suitable JAVA_HOME or default java; otherwise takes the newest JDK under /usr/lib/jvm.
gongkai_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

gongkai_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(gongkai_java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return 0
  fi
  local java_bin candidate
  java_bin="$(command -v java || true)"
  if [ -n "$java_bin" ] && [ "$(gongkai_java_major "$java_bin")" -ge 21 ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
    export JAVA_HOME
    return 0
  fi
  for candidate in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    if [ -x "$candidate/bin/java" ] && [ "$(gongkai_java_major "$candidate/bin/java")" -ge 21 ]; then
      JAVA_HOME="$candidate"
      export JAVA_HOME
      return 0
    fi
  done
  echo "Gongkai needs a JDK 21 or newer (found none; e.g. apt-get install openjdk-21-jdk, or set JAVA_HOME)." >&2
  return 1
}
