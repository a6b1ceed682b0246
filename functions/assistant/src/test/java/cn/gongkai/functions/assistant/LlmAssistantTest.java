package cn.gongkai.functions.assistant;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gongkai.functions.assistant.AssistantFunctionsTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The model path, against a real local HTTP server speaking the OpenAI chat-completions protocol. */
@QuarkusTest
@TestProfile(LlmAssistantTest.WithModel.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(FakeChatCompletions.class)
class LlmAssistantTest {

    public static class WithModel implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test";
        }
    }

    @Test
    void should_send_the_retrieved_articles_to_the_model_and_cite_only_retrieved_ones() {
        int before = FakeChatCompletions.REQUESTS.size();
        post("ask", Map.of("question", "行政机关收到申请后多少个工作日内答复？"), null).statusCode(200)
                .body("kind", equalTo("LLM"))
                .body("answer", containsString("20个工作日内答复"))
                .body("citations", hasSize(1))
                .body("citations[0].document", equalTo("示范市政府信息公开办法"))
                .body("citations[0].article", equalTo("第十三条"))
                .body("citations.document", not(org.hamcrest.Matchers.hasItem("虚构条例")));
        List<String> sent = FakeChatCompletions.REQUESTS.subList(before, FakeChatCompletions.REQUESTS.size());
        assertThat(sent).hasSize(1);
        // the prompt carries the retrieved article's text and the grounding rules
        assertThat(sent.getFirst()).contains("《示范市政府信息公开办法》第十三条").contains("自收到申请之日起20个工作日内予以答复")
                .contains("只根据").contains("fake-model");
    }

    @Test
    void should_decline_without_asking_the_model_when_nothing_relevant_is_found() {
        int before = FakeChatCompletions.REQUESTS.size();
        post("ask", Map.of("question", "推荐一家好吃的火锅店"), null).statusCode(200)
                .body("refused", equalTo(true)).body("citations", hasSize(0));
        assertThat(FakeChatCompletions.REQUESTS).hasSize(before);
    }

    @Test
    void should_let_the_model_call_the_deadline_tool_and_mask_personal_data_before_sending() {
        int before = FakeChatCompletions.REQUESTS.size();
        post("ask", Map.of("question", "我电话13812345678，11月3日提交的申请最晚哪天答复？"), null).statusCode(200)
                .body("answer", containsString("2026年12月1日"))
                .body("kind", equalTo("DEADLINE"));
        List<String> sent = FakeChatCompletions.REQUESTS.subList(before, FakeChatCompletions.REQUESTS.size());
        assertThat(sent).hasSize(2);
        assertThat(sent.getFirst()).contains("replyDeadline").doesNotContain("13812345678").contains("138****5678");
        // the tool ran on the statutory clock and its result went back to the model
        assertThat(sent.get(1)).contains("2026-12-01");
    }
}
