#!/usr/bin/env bash
# Staff console load benchmark: ./gongkai serve on a fresh embedded PostgreSQL with N open applications (default
# 10,000) in the demo agency, then headless Chromium (Debian's, driven by playwright-core from npm) opens the console
# and times navigation start to the queue's first page shown, and a click to the next page; median of 5 runs each.
# Usage: src/benchmarks/scripts/console-load.sh [applications]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows="${1:-10000}"
port=8580
data="$(mktemp -d)"
serve=""
trap '[ -n "$serve" ] && kill $serve 2>/dev/null; wait 2>/dev/null; rm -rf "$data"' EXIT
export GONGKAI_DATA_DIR="$data/pgdata"
./gongkai --help > /dev/null
QUARKUS_HTTP_PORT=$port ./gongkai serve > "$data/serve.out" 2> "$data/serve.err" &
serve=$!
until grep -q 'stop       Ctrl-C' "$data/serve.out" 2>/dev/null; do sleep 0.2; kill -0 $serve || { cat "$data/serve.err"; exit 1; }; done
pg=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$data/serve.out" | grep -o '[0-9]*$')
url=$(grep -o "http://localhost:$port/console/#token=[^ ]*" "$data/serve.out")
start=$(date +%s%N)
psql -q -h localhost -p "$pg" -U postgres -d gongkai <<SQL
insert into application (id, agency_id, applicant_kind, channel, stage, received_on, version, next_due)
  select 'c' || i, 'demo', case when i % 7 = 0 then 'COMMERCIAL_ENTERPRISE' else 'NATURAL_PERSON' end,
         case when i % 3 = 0 then 'ONLINE' else 'IN_PERSON' end,
         case when i % 10 = 0 then 'AWAITING_SUPPLEMENT' when i % 13 = 0 then 'EXTENDED' else 'RECEIVED' end,
         date '2026-11-20' - (i % 30), 2, date '2026-12-01' + (i % 40)
  from generate_series(1, $rows) i;
insert into application_detail (application_id, agency_id, tracking_number, query_code_hash, request_fingerprint,
                                applicant_key_hash, applicant_masked, personal_data, description, delivery_form,
                                delivery_method, submitted_at)
  select 'c' || i, 'demo', 'GK261120' || lpad(i::text, 8, '0'), '\x00', '\x00', '\x00', '张*', '\x00',
         '压测用申请' || i, 'ELECTRONIC', 'ONLINE', now()
  from generate_series(1, $rows) i;
insert into application_deadline (application_id, kind, state, due_on, provisional, calendar_version)
  select 'c' || i, 'REPLY', 'RUNNING', date '2026-12-01' + (i % 40), false, 'bench'
  from generate_series(1, $rows) i;
analyze;
SQL
echo "seeded $rows open applications in $(( ($(date +%s%N) - start) / 1000000 )) ms"
mkdir -p "$data/node"
(cd "$data/node" && npm init -y > /dev/null && npm install --silent playwright-core@1 > /dev/null 2>&1)
cat > "$data/node/run.mjs" <<'JS'
import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const shown = [], next = [];
let total = '';
for (let i = 0; i < 6; i++) {
  const page = await (await browser.newContext()).newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('tbody tr[data-id]');
  if (i > 0) shown.push(Date.now() - t0); // the first run warms the server's caches
  total = await page.textContent('.pager span');
  const t1 = Date.now();
  const first = await page.getAttribute('tbody tr[data-id]', 'data-id');
  await page.click('.pager button:last-child');
  await page.waitForFunction(id => document.querySelector('tbody tr[data-id]')?.dataset.id !== id, first);
  if (i > 0) next.push(Date.now() - t1);
  await page.close();
}
console.log(`queue page: ${total}`);
console.log(`console opened to first page shown: median ${median(shown)} ms (runs: ${shown.join(', ')})`);
console.log(`next page: median ${median(next)} ms (runs: ${next.join(', ')})`);
await browser.close();
JS
node "$data/node/run.mjs" "$url"
tok=$(echo "$url" | sed 's/.*#token=//')
echo "staff-queue API, first page of 50: $(curl -s -o /dev/null -w '%{time_total}' -X POST localhost:$port/staff-queue -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' -d '{}') s"
