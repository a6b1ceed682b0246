#!/usr/bin/env bash
# Prints the path of ICU's jar (com.ibm.icu:icu4j), fetched from Maven when missing. For the table-making scripts
# only (lunar-festivals.sh, src/knowledge/scripts/traditional-table.sh): Gongkai itself does not use ICU.
set -euo pipefail
version=79.1
jar="$HOME/.m2/repository/com/ibm/icu/icu4j/$version/icu4j-$version.jar"
[ -f "$jar" ] || mvn -q -B dependency:get -Dartifact="com.ibm.icu:icu4j:$version" >/dev/null
echo "$jar"
