#!/usr/bin/env bash
# Regenerates lunar-festivals.txt, the Gregorian dates of the lunar festivals and of 清明 for the calendar's years.
# Usage: src/domain/scripts/lunar-festivals.sh
# Needs ICU (com.ibm.icu:icu4j) from Maven, for this script only: Gongkai reads the table, not ICU.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
table="$root/src/domain/src/main/resources/cn/gongkai/domain/calendar/lunar-festivals.txt"
jar=$("$here/icu4j.sh")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
tmp=$(mktemp)
cat > "$tmp" <<'HEAD'
# 农历节日与清明的公历日期（1990—2100，北京时间），由 src/domain/scripts/lunar-festivals.sh 以 ICU 的农历与太阳黄经推算生成。
# 每行：<公历年> 后接“节日 日期”若干对；除夕为春节前一天，清明为太阳到达黄经15°之日；
# “月”为自该年春节起的农历各月初一（逗号分隔，闰月前标“闰”）。
HEAD
"$java" -cp "$jar" "$here/LunarFestivals.java" 1990 2100 >> "$tmp"
chmod 644 "$tmp"
mv "$tmp" "$table"
