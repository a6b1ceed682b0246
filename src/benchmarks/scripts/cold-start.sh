#!/usr/bin/env bash
# Cold start of each Lambda function package: process start to first answered event, median of several runs, in
# three modes of the JVM: plain (what the java21 runtime does), AppCDS (a dynamic class-data archive from a training
# run) and the JDK 25 AOT cache (JEP 483/514, -XX:AOTCache from a training run).
#
# Each function runs as on Lambda's java21 runtime: its function.zip unpacked, started by AWS's runtime interface
# client (com.amazonaws:aws-lambda-java-runtime-interface-client, what the managed runtime runs) with the runtime's
# JVM flags, against a local stand-in of the Lambda Runtime API (lambda-runtime-api.py) and a local PostgreSQL 15.
# Prints one line per function and mode, then a Markdown table, and each package's size.
#
# Usage: src/benchmarks/scripts/cold-start.sh [runs per mode, default 5]
# Env:   COLD_START_JAVA (default Temurin 25), FUNCTIONS (default: every functions/* module with a known event)
set -euo pipefail
cd "$(dirname "$0")/../../.."
root="$PWD"
runs="${1:-5}"
java="${COLD_START_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
ric_version=2.10.1
# Lambda's java21 runtime starts the JVM with these (besides heap sizing): serial GC, C1 only (CDS on by default).
runtime_flags=(-XX:+UseSerialGC -XX:+TieredCompilation -XX:TieredStopAtLevel=1)
work="$(mktemp -d /tmp/gongkai-cold-start.XXXXXX)"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { command -v "$1" 2>/dev/null || ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | tail -1; }
cleanup() {
  local status=$?
  if [ "$status" != 0 ] && [ -f "$work/functions.log" ]; then
    echo "--- last lines of the functions' output:" >&2; tail -30 "$work/functions.log" >&2
  fi
  as_postgres "$(pg_bin pg_ctl)" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- the event each function answers first ---------------------------------------------------------------------
http_event() { # path, JSON body
  python3 - "$1" "$2" <<'PY'
import json, sys
path, body = sys.argv[1], sys.argv[2]
print(json.dumps({"version": "2.0", "routeKey": "POST " + path, "rawPath": path, "rawQueryString": "",
    "headers": {"content-type": "application/json", "host": "cold-start.execute-api.cn-north-1.amazonaws.com.cn"},
    "requestContext": {"accountId": "000000000000", "apiId": "cold-start", "http": {"method": "POST", "path": path,
        "protocol": "HTTP/1.1", "sourceIp": "203.0.113.7", "userAgent": "cold-start"}, "requestId": "cold-start",
        "routeKey": "POST " + path, "stage": "$default", "timeEpoch": 1764547200000},
    "body": body, "isBase64Encoded": False}))
PY
}
event_for() { # module name -> writes $work/<name>.event.json and prints the text the answer must contain
  case "$1" in
    applications) http_event /deadline '{"received":"2022-09-30","channel":"ONLINE"}' > "$work/$1.event.json"
                  echo 'replyDue' ;;
    reminders)    echo '{"asOf":"2026-11-23","dryRun":true}' > "$work/$1.event.json"; echo '"dryRun":true' ;;
    reports)      http_event /staff-report-check '{}' > "$work/$1.event.json"; echo '' ;;
    assistant)    http_event /ask '{"question":"申请政府信息公开后多久答复？"}' > "$work/$1.event.json"; echo '' ;;
    *)            return 1 ;;
  esac
}

modules=()
for pom in functions/*/pom.xml; do
  name="$(basename "$(dirname "$pom")")"
  if [ -n "${FUNCTIONS:-}" ] && [[ ",$FUNCTIONS," != *",$name,"* ]]; then continue; fi
  if event_for "$name" > /dev/null; then modules+=("$name"); else echo "skipping $name: no cold-start event known" >&2; fi
done

# --- packages: build those missing ------------------------------------------------------------------------------
missing=()
for m in "${modules[@]}"; do [ -f "functions/$m/target/function.zip" ] || missing+=("functions/$m"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "building ${missing[*]} ..." >&2
  (IFS=,; ./mvnw -q -B -DskipTests -pl "${missing[*]}" -am package) >&2
fi

# --- the runtime interface client, as the managed runtime runs it -------------------------------------------------
mkdir -p "$work/ric"
cat > "$work/ric/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>cn.gongkai.bench</groupId><artifactId>ric</artifactId><version>1</version>
<dependencies><dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-runtime-interface-client</artifactId>
<version>$ric_version</version></dependency></dependencies></project>
EOF
./mvnw -q -B -f "$work/ric/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/ric/lib" >&2

# --- PostgreSQL for the functions' start (Flyway checks the schema, Hibernate connects) ---------------------------
mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work" "$work/pg"
as_postgres "$(pg_bin initdb)" -D "$work/pg" -U postgres -A trust > /dev/null
as_postgres "$(pg_bin pg_ctl)" -D "$work/pg" -l "$work/pg/log" -w \
  -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start > /dev/null
psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c 'create database gongkai' > /dev/null

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/gongkai"
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused
export GONGKAI_DATA_KEY="$(head -c 32 /dev/urandom | base64)"
export GONGKAI_JWT_PUBLIC_KEY="file:$root/functions/common/src/main/resources/dev-keys/jwt-public.pem"
export COLD_START_LOG="$work/functions.log"

measure() { # name mode expect -- command...
  local name="$1" mode="$2" expect="$3"; shift 4
  local result
  result="$(python3 src/benchmarks/scripts/lambda-runtime-api.py --runs "$runs" --event "$work/$name.event.json" \
    ${expect:+--expect "$expect"} -- "$@")"
  echo "$name $mode $result" >&2
  median="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["median_ms"])' "$result")"
  printf '| %s | %s | %s | %s |\n' "$name" "$mode" "$median" \
    "$(python3 -c 'import json,sys; print(", ".join(map(str, json.loads(sys.argv[1])["runs_ms"])))' "$result")" \
    >> "$work/table"
}

: > "$work/table"
sizes=()
for name in "${modules[@]}"; do
  zip="functions/$name/target/function.zip"
  handler="$(awk '/Handler:/ {print $2; exit}' "functions/$name/target/sam.jvm.yaml")"
  export_name="$(sed -n 's/^quarkus\.funqy\.export=//p' "functions/$name/src/main/resources/application.properties")"
  expect="$(event_for "$name")"
  task="$work/$name/task"
  mkdir -p "$task"
  (cd "$task" && unzip -q "$root/$zip")
  # CDS and the AOT cache take classes from jars only: the same classes, the package's root as one jar.
  (cd "$task" && "$(dirname "$java")/jar" --create --file "$work/$name/app.jar" --no-manifest $(ls | grep -v '^lib$'))
  sizes+=("$name $(stat -c %s "$zip")")
  if [ -n "$export_name" ]; then export QUARKUS_FUNQY_EXPORT="$export_name"; else unset QUARKUS_FUNQY_EXPORT; fi
  ric=(com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$handler")
  jvm=("$java" "${runtime_flags[@]}")

  # First start against a fresh schema runs the migrations: not a cold start of a deployed function.
  python3 src/benchmarks/scripts/lambda-runtime-api.py --runs 1 --event "$work/$name.event.json" -- \
    "${jvm[@]}" -cp "$task:$task/lib/*:$work/ric/lib/*" "${ric[@]}" > /dev/null

  measure "$name" jvm "$expect" -- "${jvm[@]}" -cp "$task:$task/lib/*:$work/ric/lib/*" "${ric[@]}"

  python3 src/benchmarks/scripts/lambda-runtime-api.py --runs 1 --graceful --event "$work/$name.event.json" -- \
    "${jvm[@]}" -XX:ArchiveClassesAtExit="$work/$name/app.jsa" -cp "$work/$name/app.jar:$task/lib/*:$work/ric/lib/*" "${ric[@]}" \
    > /dev/null
  measure "$name" appcds "$expect" -- "${jvm[@]}" -XX:SharedArchiveFile="$work/$name/app.jsa" \
    -cp "$work/$name/app.jar:$task/lib/*:$work/ric/lib/*" "${ric[@]}"

  if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q " AOTCacheOutput "; then
    python3 src/benchmarks/scripts/lambda-runtime-api.py --runs 1 --graceful --timeout 300 \
      --event "$work/$name.event.json" -- \
      "${jvm[@]}" -XX:AOTCacheOutput="$work/$name/app.aot" -cp "$work/$name/app.jar:$task/lib/*:$work/ric/lib/*" "${ric[@]}" \
      > /dev/null
    measure "$name" aot-cache "$expect" -- "${jvm[@]}" -XX:AOTCache="$work/$name/app.aot" \
      -cp "$work/$name/app.jar:$task/lib/*:$work/ric/lib/*" "${ric[@]}"
  fi
done

echo
echo "JVM: $("$java" -version 2>&1 | head -1); $(nproc) cores; $runs runs per mode; flags ${runtime_flags[*]}"
echo
echo '| function | mode | median ms | runs ms |'
echo '|---|---|---|---|'
cat "$work/table"
echo
echo '| function | function.zip |'
echo '|---|---|'
for s in "${sizes[@]}"; do
  set -- $s
  printf '| %s | %.1f MB (%s bytes) |\n' "$1" "$(echo "$2 / 1000000" | bc -l)" "$2"
done
