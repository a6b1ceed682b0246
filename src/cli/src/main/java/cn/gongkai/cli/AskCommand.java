package cn.gongkai.cli;

import cn.gongkai.assistant.Answer;
import cn.gongkai.assistant.Assistant;
import cn.gongkai.assistant.AssistantSettings;
import cn.gongkai.assistant.Citation;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.knowledge.BgeEmbedder;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ./gongkai ask "问题"}: the assistant's answer from the knowledge base, offline, with its citations. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"向咨询助手提问：依据知识库中的政策文件作答并列出引用条文；找不到依据时说明并给出下一步。",
                "Asks the assistant (offline composer); --json prints {answer, refused, citations}."})
public class AskCommand extends KbCommand.IndexOption implements Callable<Integer> {

    @Parameters(paramLabel = "QUESTION", description = "问题")
    String question;

    @Option(names = "--json", description = "JSON output: {\"answer\", \"refused\", \"citations\": [...]}")
    boolean json;

    @Option(names = "--bm25", description = "只用关键词检索，不加载向量模型 (BM25 only: starts faster, may rank differently from serve)")
    boolean bm25;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (question == null || question.isBlank() || question.length() > Assistant.MAX_QUESTION) {
            System.err.println("问题不能为空，且不超过" + Assistant.MAX_QUESTION + "个字");
            return 2;
        }
        Path dir = indexDir();
        if (!Files.isDirectory(dir)) {
            System.err.println("知识库索引不存在: " + dir + "（先运行 ./gongkai kb ingest DIR，或用 --index 指定）");
            return 1;
        }
        StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());
        // the same retrieval as serve's assistant (hybrid, the in-process model), so the same question gets the
        // same answer here and on the page; --bm25 skips the model's start (about a second)
        try (BgeEmbedder embedder = bm25 ? null : new BgeEmbedder(); KnowledgeBase kb = KnowledgeBase.open(dir, embedder)) {
            if (kb.documents().isEmpty()) {
                System.err.println("知识库为空: " + dir);
                return 1;
            }
            AssistantSettings settings = AssistantSettings.defaults();
            Assistant assistant = new Assistant(kb, new AssistantSettings(settings.threshold(), settings.faqThreshold(),
                    settings.maxArticles(), System.getenv("GONGKAI_OFFICE_PHONE"), bm25 ? SearchMode.BM25 : SearchMode.HYBRID),
                    Clock.systemUTC(), () -> clock, null, null);
            Answer answer = assistant.ask(question, null);
            if (json) {
                out.println(DeadlineCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(view(answer)));
            } else {
                out.println(answer.answer());
                if (!answer.citations().isEmpty()) {
                    out.println();
                    out.println("引用：");
                    for (Citation c : answer.citations()) {
                        out.println("  " + c.display() + "  [" + c.status() + "]  " + c.source() + "  (" + c.id() + ")");
                    }
                }
            }
            return 0;
        }
    }

    static Map<String, Object> view(Answer answer) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answer", answer.answer());
        out.put("refused", answer.refused());
        out.put("kind", answer.kind());
        List<Map<String, Object>> citations = answer.citations().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", c.document());
            m.put("article", c.article());
            m.put("source", c.source());
            m.put("status", c.status());
            m.put("id", c.id());
            return m;
        }).toList();
        out.put("citations", citations);
        out.put("nextSteps", answer.nextSteps());
        return out;
    }
}
