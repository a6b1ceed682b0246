#!/usr/bin/env bash
# Annual report benchmark: seeds N applications of one year (default 1,000,000; 2024) across 1,000 agencies into a
# fresh embedded PostgreSQL (all six applicant kinds, every outcome row, carried in from 2023 and carried out to
# 2025, plus register entries, documents and cases for every agency), then times
#   ./gongkai report generate --agency bench-1 --year 2024   (one agency's report)
#   ./gongkai report summary --year 2024                     (all 1,000 agencies summed)
# and prints each command's own figures (generation, rendering; --repeat runs show the warm JVM) and its wall time
# including JVM start.
# Usage: src/benchmarks/scripts/report-year.sh [applications]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows="${1:-1000000}"
data="$(mktemp -d)"
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
export GONGKAI_DATA_DIR="$data/pgdata"
export QUARKUS_HTTP_PORT="${QUARKUS_HTTP_PORT:-8191}"
./gongkai --help > /dev/null
./gongkai serve > "$data/serve.out" 2> "$data/serve.err" &
serve_pid=$!
until grep -q 'jdbc:postgresql://' "$data/serve.out" 2>/dev/null; do sleep 0.2; done
port=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$data/serve.out" | grep -o '[0-9]*$')
start=$(date +%s%N)
psql -q -h localhost -p "$port" -U postgres -d gongkai <<SQL
select setseed(0.42);
insert into agency (id, name) select 'bench-' || a, '压测机关' || a from generate_series(1, 1000) a;
-- kinds: 70% natural persons, the rest spread over the five organisation kinds; 95% received in 2024, 5% in late
-- 2023; 90% closed (a few in early 2025: carried out), outcomes over all 21 rows.
insert into application (id, agency_id, applicant_kind, channel, stage, received_on, outcome, closed_on, version)
  select 'b' || i, 'bench-' || (1 + floor(random() * 1000)::int),
         (array['NATURAL_PERSON','NATURAL_PERSON','NATURAL_PERSON','NATURAL_PERSON','NATURAL_PERSON','NATURAL_PERSON',
                'NATURAL_PERSON','COMMERCIAL_ENTERPRISE','RESEARCH_INSTITUTION','SOCIAL_WELFARE_ORGANISATION',
                'LEGAL_SERVICE_INSTITUTION','OTHER_ORGANISATION','COMMERCIAL_ENTERPRISE','OTHER_ORGANISATION'])[i % 14 + 1],
         'IN_PERSON',
         case when i % 10 = 0 then 'RECEIVED' else 'REPLIED' end,
         r.received,
         case when i % 10 = 0 then null else
           (array['DISCLOSED','PARTIALLY_DISCLOSED','WITHHELD_STATE_SECRET','WITHHELD_PROHIBITED_BY_LAW',
                  'WITHHELD_SECURITY_AND_STABILITY','WITHHELD_THIRD_PARTY_RIGHTS','WITHHELD_INTERNAL_AFFAIRS',
                  'WITHHELD_PROCESS_INFORMATION','WITHHELD_ENFORCEMENT_FILE','WITHHELD_ADMINISTRATIVE_QUERY',
                  'UNAVAILABLE_NOT_HELD','UNAVAILABLE_NEEDS_CREATION','UNAVAILABLE_STILL_UNCLEAR','NOT_HANDLED_PETITION',
                  'NOT_HANDLED_REPEATED','NOT_HANDLED_PUBLICATION','NOT_HANDLED_EXCESSIVE','NOT_HANDLED_CONFIRMATION',
                  'OTHER_SUPPLEMENT_OVERDUE','OTHER_FEE_UNPAID','OTHER','DISCLOSED','DISCLOSED','UNAVAILABLE_NOT_HELD'])[i % 24 + 1] end,
         case when i % 10 = 0 then null else r.received + 18 end,
         2
  from generate_series(1, $rows) i,
       lateral (select case when i % 20 = 0 then date '2023-12-01' + (i % 31) else date '2024-01-01' + (i % 366) end as received) r;
insert into disclosure_entry (agency_id, kind, on_date, quantity, amount_yuan, recorded_by)
  select 'bench-' || a, k.kind, date '2024-03-01' + (a % 200), k.quantity, k.amount, 'bench'
  from generate_series(1, 1000) a,
       (values ('NORMATIVE_DOCUMENT', 1, null::numeric), ('LICENSING_DECISIONS', 120, null), ('PENALTY_DECISIONS', 35, null),
               ('ENFORCEMENT_DECISIONS', 4, null), ('FEE_COLLECTED', 1, 12500.00), ('LICENSING_ITEM', 1, null)) k(kind, quantity, amount);
insert into agency_document (agency_id, title, issued_on, attribute, recorded_by)
  select 'bench-' || (d % 1000 + 1), '文件' || d, date '2024-01-01' + (d % 360),
         (array['PROACTIVE','PROACTIVE','PROACTIVE','ON_APPLICATION','NOT_DISCLOSED'])[d % 5 + 1], 'bench'
  from generate_series(1, 30000) d;
insert into review_case (agency_id, case_number, kind, result, filed_on, decided_on, recorded_by)
  select 'bench-' || (c % 1000 + 1), 'C' || c, (array['RECONSIDERATION','LITIGATION_DIRECT','LITIGATION_AFTER_RECONSIDERATION'])[c % 3 + 1],
         (array['UPHELD','CORRECTED','OTHER','PENDING'])[c % 4 + 1], date '2024-02-01' + (c % 200),
         case when c % 4 = 3 then null else date '2024-09-01' + (c % 100) end, 'bench'
  from generate_series(1, 3000) c;
analyze;
SQL
echo "seeded $rows applications across 1,000 agencies in $(( ($(date +%s%N) - start) / 1000000 )) ms"
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=""
run() {
  local t0; t0=$(date +%s%N)
  ./gongkai "$@" 2> "$data/cmd.err" > /dev/null
  grep -E '^(run [0-9]+: )?generated in' "$data/cmd.err" || cat "$data/cmd.err"
  echo "  wall time (JVM and embedded PostgreSQL start included): $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}
echo "one agency's report (bench-1, $(( rows / 1000 )) applications):"
run report generate --agency bench-1 --year 2024 --format json --out "$data/bench-1.json" --repeat 5
run report generate --agency bench-1 --year 2024 --format docx --out "$data/bench-1.docx"
echo "all-agency summary ($rows applications):"
run report summary --year 2024 --name 压测汇总 --format html --out "$data/summary.html"
run report summary --year 2024 --name 压测汇总 --format json --out "$data/summary.json" --repeat 3
