package cn.gongkai.assistant;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.ingest.FolderSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county's rules in traditional characters and Taiwan usage (a text of our own): a question in the mainland's
 * words (信息, 网络) is answered from it, its wording (资讯, 网路) quoted as written.
 */
class TraditionalDocumentAssistantTest {
    @TempDir
    Path temp;

    @Test
    void aQuestionInTheMainlandsWordsIsAnsweredFromATextInRegionalOnes() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("示範縣資訊公開要點.md"), """
                # 示範縣政府資訊公開要點

                第一條　本縣機關應主動公開政府資訊，並以網路或其他適當方式提供。

                第二條　人民申請提供政府資訊，應以書面或電子郵件提出。

                第三條　機關應於受理申請之日起十五個工作天內為准駁之決定。
                """);
        try (KnowledgeBase kb = KnowledgeBase.open(temp.resolve("index"), null)) {
            assertThat(kb.ingest(new FolderSource(docs)).failures()).isEmpty();
            StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());
            Assistant assistant = new Assistant(kb, AssistantSettings.defaults(), FixtureKnowledgeBase.TODAY, () -> clock,
                    null, null);

            Answer answer = assistant.ask("政府信息通过网络公开吗", null);

            assertThat(answer.refused()).as(answer.answer()).isFalse();
            assertThat(answer.citations().getFirst().article()).isEqualTo("第一条");
            assertThat(answer.answer()).contains("以网路或其他适当方式提供");
        }
    }
}
