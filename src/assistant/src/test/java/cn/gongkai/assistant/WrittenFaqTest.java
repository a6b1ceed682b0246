package cn.gongkai.assistant;

import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.ingest.FolderStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A question declined, an FAQ entry written for it and indexed: the same question, asked again, gets that answer. */
class WrittenFaqTest {
    @TempDir
    Path temp;

    @Test
    void should_answer_from_an_faq_entry_written_after_the_question_was_declined() throws Exception {
        try (KnowledgeBase kb = FixtureKnowledgeBase.open()) {
            Assistant assistant = FixtureKnowledgeBase.offline(kb, null);
            Answer declined = assistant.ask("政务大厅的食堂几点开饭？", null);
            assertThat(declined.refused()).isTrue();

            FolderStore store = new FolderStore(temp);
            String faq = "# 本机关政府信息公开常见问题\n\n## 政务大厅的食堂几点开饭?\n\n政务大厅食堂工作日11:30至13:00供应午餐，仅对工作人员开放。\n\n";
            kb.ingestFile(store.id(), store.put("常见问题/本机关常见问题.md", faq.getBytes(StandardCharsets.UTF_8),
                    Map.of("title", "本机关政府信息公开常见问题", "kind", "常见问题", "validity", "现行有效")));

            Answer answered = assistant.ask("政务大厅的食堂几点开饭？", declined.conversationId());
            assertThat(answered.kind()).isEqualTo("FAQ");
            assertThat(answered.answer()).contains("11:30至13:00");
            assertThat(answered.citations().getFirst().document()).isEqualTo("本机关政府信息公开常见问题");
        }
    }
}
