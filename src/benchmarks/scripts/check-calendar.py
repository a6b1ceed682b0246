#!/usr/bin/env python3
"""Checks `gongkai deadline --batch` against the State Council holiday schedules, counted independently.

For every receipt date of 2019-2026 the n-th working day after receipt (the receipt day not counted) is found by
walking the days one by one over the published schedules, for n = 7 (Art. 30), 20 and 40 (Art. 33), and compared
with what gongkai prints. Deadlines after 2026-12-24 are not compared: the 2027 notice, not yet published, may still
move them. Exits 1 on any mismatch, 2 when the check itself cannot run.
"""
import argparse
import datetime as dt
import json
import pathlib
import shlex
import subprocess
import sys
import time

FIRST = dt.date(2019, 1, 1)
LAST = dt.date(2026, 12, 31)
# From this day on, a date may still be moved by the next year's notice (cf. 2022-12-31, set by the 2023 notice).
LAST_FIRM = dt.date(2026, 12, 24)
PERIODS = {"clarificationNoticeDue": 7, "replyDue": 20, "extendedReplyDue": 40}
# Worked out by hand from the 2022 notice: National Day off 10-01..10-07, Saturday 10-08 and Sunday 10-09 worked.
KNOWN_ANSWERS = {
    dt.date(2022, 9, 30): {
        "clarificationNoticeDue": dt.date(2022, 10, 14),
        "replyDue": dt.date(2022, 11, 2),
        "extendedReplyDue": dt.date(2022, 11, 30),
    },
}


def fail(message):
    print(f"check-calendar: {message}", file=sys.stderr)
    sys.exit(2)


def load_schedule(holidays_dir):
    """Date -> isOffDay over all the years' files; a year's file may list days of the previous December."""
    listed = {}
    for year in range(FIRST.year, LAST.year + 1):
        path = holidays_dir / f"{year}.json"
        try:
            days = json.loads(path.read_text(encoding="utf-8"))["days"]
        except (OSError, ValueError, KeyError) as e:
            fail(f"cannot read {path}: {e}")
        for day in days:
            listed[dt.date.fromisoformat(day["date"])] = bool(day["isOffDay"])
    return listed


def is_working_day(date, listed):
    off = listed.get(date)
    if off is not None:
        return not off
    return date.weekday() < 5


def working_days_after(date, n, listed):
    day = date
    counted = 0
    while counted < n:
        day += dt.timedelta(days=1)
        if is_working_day(day, listed):
            counted += 1
    return day


def expected_deadlines(received, listed):
    return {field: working_days_after(received, n, listed) for field, n in PERIODS.items()}


def receipt_dates():
    day = FIRST
    while day <= LAST:
        yield day
        day += dt.timedelta(days=1)


def check_known_answers(listed):
    for received, answer in KNOWN_ANSWERS.items():
        computed = expected_deadlines(received, listed)
        if computed != answer:
            fail(f"the reference count is wrong for {received}: {computed} != {answer}; "
                 "check the schedules in the shared directory")


def run_batch(command, dates, cwd):
    # A first call builds the CLI when it is missing or stale, so that the timing below is the batch alone.
    try:
        subprocess.run(command + ["deadline", "--help"], cwd=cwd, stdout=subprocess.DEVNULL, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        fail(f"cannot run {shlex.join(command)} deadline: {e}")
    stdin = "".join(json.dumps({"received": d.isoformat()}) + "\n" for d in dates)
    started = time.perf_counter()
    result = subprocess.run(command + ["deadline", "--batch"], cwd=cwd, input=stdin, capture_output=True,
                            text=True, encoding="utf-8")
    elapsed = time.perf_counter() - started
    if result.stderr.strip():
        sys.stderr.write(result.stderr)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return result.returncode, lines, elapsed


def provisional_problem(expected, provisional):
    if all(due <= LAST_FIRM for due in expected.values()) and provisional is not False:
        return f"provisional expected false (every deadline is on or before {LAST_FIRM}), got {provisional!r}"
    if expected["replyDue"].year > LAST.year and provisional is not True:
        return f"provisional expected true (replyDue {expected['replyDue']} is in {LAST.year + 1}), got {provisional!r}"
    return None


def compare(dates, lines, listed):
    mismatches = []
    compared = skipped = 0
    for i, received in enumerate(dates):
        if i >= len(lines):
            mismatches.append(f"{received}: no output line")
            continue
        try:
            actual = json.loads(lines[i])
        except json.JSONDecodeError:
            mismatches.append(f"{received}: not JSON: {lines[i][:200]}")
            continue
        if actual.get("received") != received.isoformat():
            mismatches.append(f"{received}: output line {i + 1} is for {actual.get('received')!r}")
            continue
        expected = expected_deadlines(received, listed)
        for field, due in expected.items():
            if due > LAST_FIRM:
                skipped += 1
                continue
            compared += 1
            if actual.get(field) != due.isoformat():
                mismatches.append(f"{received}: {field} expected {due}, got {actual.get(field)}")
        problem = provisional_problem(expected, actual.get("provisional"))
        if problem:
            mismatches.append(f"{received}: {problem}")
    if len(lines) > len(dates):
        mismatches.append(f"{len(lines) - len(dates)} output lines more than receipt dates")
    return compared, skipped, mismatches


def main():
    repo = pathlib.Path(__file__).resolve().parents[3]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=pathlib.Path, default=repo.parent / "shared",
                        help="the shared directory holding reference/holidays/{year}.json (default: %(default)s)")
    parser.add_argument("--gongkai", default=str(repo / "gongkai"),
                        help="the command to run, from the repository root (default: %(default)s)")
    parser.add_argument("--show", type=int, default=20, help="mismatches to print (default: %(default)s)")
    args = parser.parse_args()

    listed = load_schedule(args.shared / "reference" / "holidays")
    check_known_answers(listed)
    dates = list(receipt_dates())
    returncode, lines, elapsed = run_batch(shlex.split(args.gongkai), dates, repo)
    compared, skipped, mismatches = compare(dates, lines, listed)
    if returncode != 0:
        mismatches.append(f"gongkai deadline --batch exited with {returncode}")

    print(f"{len(dates)} receipt dates checked ({compared} deadlines; {skipped} after {LAST_FIRM} not compared), "
          f"{len(mismatches)} mismatches; gongkai deadline --batch took {elapsed:.2f} s")
    for mismatch in mismatches[:args.show]:
        print(mismatch)
    if len(mismatches) > args.show:
        print(f"... and {len(mismatches) - args.show} more")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
