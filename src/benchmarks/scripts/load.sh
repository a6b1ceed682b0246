#!/usr/bin/env bash
# Load benchmark of the applications function on the local stack: starts ./gongkai serve on a fresh embedded
# PostgreSQL, measures start-up (process start to the first answered submission), then submissions per second
# and latency at 32 clients after a warm-up, the raw PostgreSQL insert rate beside it, the same HTTP stack with a
# function that needs no database (its own ceiling), and lost or duplicated applications.
# Usage: src/benchmarks/scripts/load.sh [clients] [seconds] [warm-up seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/../../.."
clients="${1:-32}"
seconds="${2:-20}"
warmup="${3:-30}"
data="$(mktemp -d)"
. .mvn/select-jdk.sh
gongkai_select_jdk
./mvnw -q -B -DskipTests -pl src/cli,src/benchmarks -am package >&2
./gongkai --help > /dev/null
start=$(date +%s%N)
GONGKAI_DATA_DIR="$data/pgdata" ./gongkai serve > "$data/serve.out" 2> "$data/serve.err" &
serve=$!
trap 'kill $serve 2>/dev/null; wait $serve 2>/dev/null; rm -rf "$data"' EXIT
body='{"agencyId":"demo","applicantKind":"NATURAL_PERSON","name":"启动","idNumber":"11010519491231002X","phone":"13812345678","description":"启动时间测量用的申请","deliveryForm":"ELECTRONIC","deliveryMethod":"ONLINE"}'
until curl -sf -X POST localhost:8080/submit -H 'Content-Type: application/json' -d "$body" > /dev/null 2>&1; do
  sleep 0.05
  kill -0 $serve 2>/dev/null || { cat "$data/serve.err" >&2; exit 1; }
done
echo "start-up: process start to first answered submission: $(( ($(date +%s%N) - start) / 1000000 )) ms (first run on a fresh data folder, includes initdb)"
until grep -q 'jdbc:postgresql://' "$data/serve.out"; do sleep 0.05; done
jdbc=$(grep -o 'jdbc:postgresql://[^ ]*' "$data/serve.out")
"$JAVA_HOME/bin/java" -cp src/benchmarks/target/benchmarks.jar cn.gongkai.bench.SubmissionLoad http://localhost:8080 "$jdbc" "$clients" "$seconds" \
  "$(pgrep -P $serve java || echo $serve)" "$warmup"
