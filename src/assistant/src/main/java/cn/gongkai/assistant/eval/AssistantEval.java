package cn.gongkai.assistant.eval;

import cn.gongkai.assistant.Answer;
import cn.gongkai.assistant.Assistant;
import cn.gongkai.assistant.AssistantSettings;
import cn.gongkai.assistant.Citation;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.ingest.FolderSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the offline assistant on a question file (JSON lines: {@code question}, {@code gold} [{document or law,
 * article}], or {@code "scope":"out"} for a question the knowledge base does not cover): answer rate and citation
 * correctness (the first citation is a gold article) on in-scope questions, decline rate on out-of-scope ones, and
 * latency p50/p99 (warm, after one pass). Usage: {@code AssistantEval DOCS_FOLDER QUESTIONS.jsonl [threshold]}.
 */
public final class AssistantEval {
    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args[0]);
        Path questions = Path.of(args[1]);
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : AssistantSettings.defaults().threshold();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(questions, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(json.readTree(line));
            }
        }
        try (KnowledgeBase kb = KnowledgeBase.open(Files.createTempDirectory("assistant-eval"), null)) {
            long t0 = System.nanoTime();
            var report = kb.ingest(new FolderSource(docs));
            System.out.printf("ingested %d documents, %d chunks in %.1f s%n", report.totalDocuments(), report.totalChunks(),
                    (System.nanoTime() - t0) / 1e9);
            StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());
            AssistantSettings d = AssistantSettings.defaults();
            Assistant assistant = new Assistant(kb, new AssistantSettings(threshold, d.faqThreshold(), d.maxArticles(), null,
                    SearchMode.BM25), Clock.systemUTC(), () -> clock, null, null);
            int inScope = 0, answered = 0, correct = 0, correctAny = 0, outScope = 0, declined = 0;
            for (JsonNode q : lines) {
                assistant.ask(q.path("question").asText(), null); // warm-up pass
            }
            List<Long> nanos = new ArrayList<>();
            for (JsonNode q : lines) {
                long start = System.nanoTime();
                Answer a = assistant.ask(q.path("question").asText(), null);
                nanos.add(System.nanoTime() - start);
                if ("out".equals(q.path("scope").asText())) {
                    outScope++;
                    declined += a.refused() ? 1 : 0;
                    continue;
                }
                inScope++;
                if (a.refused()) {
                    continue;
                }
                answered++;
                if (!a.citations().isEmpty() && gold(q, a.citations().getFirst())) {
                    correct++;
                } else {
                    System.err.printf("first citation not gold: %s → %s%n", q.path("question").asText(),
                            a.citations().isEmpty() ? "(none)" : a.citations().getFirst().document() + " "
                                    + a.citations().getFirst().article());
                }
                if (a.citations().stream().anyMatch(c -> gold(q, c))) {
                    correctAny++;
                }
            }
            nanos.sort(Long::compare);
            System.out.printf("in scope: %d questions, answered %d (%.1f%%), first citation gold %d (%.1f%% of answered), "
                            + "any citation gold %d (%.1f%% of answered)%n", inScope, answered, pct(answered, inScope), correct,
                    pct(correct, answered), correctAny, pct(correctAny, answered));
            System.out.printf("out of scope: %d questions, declined %d (%.1f%%)%n", outScope, declined, pct(declined, outScope));
            System.out.printf("latency (offline, warm, %d answers): p50 %.1f ms, p99 %.1f ms%n", nanos.size(),
                    nanos.get(nanos.size() / 2) / 1e6, nanos.get(Math.min(nanos.size() - 1, (int) (nanos.size() * 0.99))) / 1e6);
        }
    }

    private static boolean gold(JsonNode q, Citation c) {
        for (JsonNode g : q.path("gold")) {
            String doc = g.hasNonNull("document") ? g.get("document").asText() : g.path("law").asText();
            if (Catalog.normalize(c.document()).contains(Catalog.normalize(doc)) && g.path("article").asText().equals(c.article())) {
                return true;
            }
        }
        return false;
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
