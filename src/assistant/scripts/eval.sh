#!/usr/bin/env bash
# Measures the offline assistant: eval.sh [DOCS_FOLDER QUESTIONS.jsonl [threshold]]
# Default: our own question set over the fixture knowledge base. For development only, the STARD questions over the
# law corpus beside the project: eval.sh ../shared/corpus ../shared/corpus/eval/stard_dev.jsonl
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
. .mvn/select-jdk.sh
gongkai_select_jdk
./mvnw -q -B -pl src/assistant -am compile >&2
./mvnw -q -B -pl src/knowledge dependency:build-classpath -Dmdep.outputFile=target/assistant-eval.cp >&2
logging="$(find ~/.m2/repository/org/jboss/logging/jboss-logging -name 'jboss-logging-*.jar' | sort | tail -1)"
cp="src/assistant/target/classes:src/knowledge/target/classes:src/domain/target/classes:$logging:$(cat src/knowledge/target/assistant-eval.cp)"
exec "$JAVA_HOME/bin/java" -cp "$cp" cn.gongkai.assistant.eval.AssistantEval \
  "${1:-src/assistant/src/test/resources/kb}" "${2:-src/assistant/src/test/resources/eval/questions.jsonl}" ${3:+"$3"}
