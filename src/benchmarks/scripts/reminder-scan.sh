#!/usr/bin/env bash
# Reminder scan benchmark: seeds N open applications across 1,000 agencies (default 1,000,000, also try 10000)
# into a fresh embedded PostgreSQL, each with its deadlines, about 1% of them due within the reminder horizon,
# then times `./gongkai remind --dry-run` (the scan) and prints its summary with the run's time and peak heap.
# Usage: src/benchmarks/scripts/reminder-scan.sh [applications]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows="${1:-1000000}"
data="$(mktemp -d)"
trap 'pkill -f "quarkus-run.jar serve" 2>/dev/null || true; rm -rf "$data"' EXIT
export GONGKAI_DATA_DIR="$data/pgdata"
./gongkai --help > /dev/null
./gongkai serve > "$data/serve.out" 2> "$data/serve.err" &
until grep -q 'jdbc:postgresql://' "$data/serve.out" 2>/dev/null; do sleep 0.2; done
port=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$data/serve.out" | grep -o '[0-9]*$')
start=$(date +%s%N)
psql -q -h localhost -p "$port" -U postgres -d gongkai <<SQL
insert into agency (id, name) select 'bench-' || a, '压测机关' || a from generate_series(1, 1000) a;
insert into application (id, agency_id, applicant_kind, channel, stage, received_on, version)
  select 'b' || i, 'bench-' || (i % 1000 + 1), 'NATURAL_PERSON', 'IN_PERSON', 'EXTENDED',
         date '2026-11-23' - (i % 100), 2
  from generate_series(1, $rows) i;
insert into application_deadline (application_id, kind, state, due_on, provisional, calendar_version)
  select 'b' || i, 'REPLY', 'RUNNING',
         case when i % 100 = 0 then date '2026-11-25' else date '2027-06-01' + (i % 200) end, false, 'bench'
  from generate_series(1, $rows) i;
analyze;
SQL
echo "seeded $rows applications in $(( ($(date +%s%N) - start) / 1000000 )) ms"
pkill -f "quarkus-run.jar serve"; sleep 2
./gongkai remind --as-of 2026-11-23 --dry-run 2>/dev/null
