#!/usr/bin/env bash
# Regenerates the character lines of traditional.txt (its hand-written word lines are kept).
# Usage: src/knowledge/scripts/traditional-table.sh [SIMPLIFIED_TEXT_DIR ...]
# The folders hold simplified texts whose characters must not be mapped (default: the sample knowledge base; the
# shipped table was made with ../shared/corpus as well). Needs ICU (com.ibm.icu:icu4j) from Maven, for this script only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
table="$root/src/knowledge/src/main/resources/cn/gongkai/knowledge/traditional.txt"
sample="$root/src/knowledge/src/main/resources/cn/gongkai/knowledge/sample"
jar=$("$root/src/domain/scripts/icu4j.sh")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
tmp=$(mktemp)
grep -E '^#|=>' "$table" > "$tmp"
"$java" -cp "$jar" "$here/TraditionalTable.java" "$sample" "$@" >> "$tmp"
mv "$tmp" "$table"
