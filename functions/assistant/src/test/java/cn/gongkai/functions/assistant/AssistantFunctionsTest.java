package cn.gongkai.functions.assistant;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AssistantFunctionsTest {

    static ValidatableResponse post(String function, Object body, String token) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.post("/" + function).then().log().ifValidationFails();
    }

    @Test
    void should_answer_with_citations_that_open_to_the_full_text() {
        String id = post("ask", Map.of("question", "行政机关收到申请后多少个工作日内答复？"), null).statusCode(200)
                .body("refused", equalTo(false))
                .body("citations[0].document", equalTo("示范市政府信息公开办法"))
                .body("citations[0].article", equalTo("第十三条"))
                .body("citations[0].status", equalTo("现行有效"))
                .body("citations.current", everyItem(equalTo(true)))
                .body("conversationId", notNullValue())
                .extract().path("citations[0].id");
        post("cited", Map.of("id", id), null).statusCode(200)
                .body("text", startsWith("第十三条"))
                .body("citation.article", equalTo("第十三条"));
        post("cited", Map.of("id", "nothing#第一条"), null).statusCode(404)
                .body("error.code", equalTo("CITATION_NOT_FOUND")).body("error.field", equalTo("id"));
    }

    @Test
    void should_decline_and_hand_the_question_over_to_the_office_who_replies_by_lookup_code() {
        String agency = TestAgencies.create();
        post("ask", Map.of("question", "推荐一家好吃的火锅店"), null).statusCode(200)
                .body("refused", equalTo(true)).body("handOver", equalTo(true))
                .body("citations", hasSize(0))
                .body("nextSteps", hasItem(containsString("010-12345678")))
                .body("nextSteps", hasItem(containsString("12345")));
        String code = post("consult", Map.of("question", "本区今年的老旧小区改造名单在哪里公开？", "contact", "13812345678",
                "agencyId", agency), null).statusCode(200)
                .body("replyDue", notNullValue()).extract().path("lookupCode");
        post("consultation", Map.of("lookupCode", code), null).statusCode(200).body("replied", equalTo(false));

        String token = DevTokens.issue("clerk-li", agency, Set.of("clerk"), Duration.ofMinutes(5));
        String consultation = post("staff-consultations", Map.of(), token).statusCode(200)
                .body("", hasSize(1))
                .body("[0].question", containsString("老旧小区"))
                .body("[0].contact", equalTo("138****5678"))
                .extract().path("[0].consultationId");
        post("staff-consultation-classify", Map.of("consultationId", consultation, "simple", true), token).statusCode(200)
                .body("simple", equalTo(true));
        post("staff-consultation-reply", Map.of("consultationId", consultation, "reply", "名单已在区政府门户网站“重点领域信息公开”栏目公布。"),
                token).statusCode(200).body("repliedBy", equalTo("clerk-li"));
        post("consultation", Map.of("lookupCode", code), null).statusCode(200)
                .body("replied", equalTo(true)).body("reply", containsString("门户网站"));
        post("staff-consultations", Map.of(), token).statusCode(200).body("", hasSize(0));
        String otherAgency = DevTokens.issue("clerk-zhao", TestAgencies.create(), Set.of("clerk"), Duration.ofMinutes(5));
        post("staff-consultation-reply", Map.of("consultationId", consultation, "reply", "别的机关不能答复这条咨询"), otherAgency)
                .statusCode(404).body("error.code", equalTo("CONSULTATION_NOT_FOUND"));
    }

    @Test
    void should_refuse_bad_input_in_the_error_shape_and_guard_staff_functions() {
        post("ask", Map.of("question", " "), null).statusCode(400)
                .body("error.code", equalTo("FIELD_REQUIRED")).body("error.field", equalTo("question"));
        post("ask", Map.of("question", "问".repeat(501)), null).statusCode(400).body("error.code", equalTo("FIELD_TOO_LONG"));
        post("consultation", Map.of("lookupCode", "NOPE234567"), null).statusCode(404)
                .body("error.code", equalTo("CONSULTATION_NOT_FOUND"));
        post("staff-consultations", Map.of(), null).statusCode(401).body("error.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void should_record_feedback_and_list_the_most_frequent_declined_questions_and_disliked_answers_for_staff() {
        // the assistant answers for the configured agency (demo); its staff read the lists
        String token = DevTokens.issue("clerk-li", "demo", Set.of("clerk"), Duration.ofMinutes(5));
        String conversation = post("ask", Map.of("question", "请问食堂几点开饭？"), null).statusCode(200)
                .body("refused", equalTo(true)).body("answerId", notNullValue()).extract().path("conversationId");
        post("ask", Map.of("question", "食堂几点开饭呢", "conversationId", conversation), null).statusCode(200)
                .body("refused", equalTo(true));
        post("ask", Map.of("question", "您好，食堂 几点开饭啊"), null).statusCode(200).body("refused", equalTo(true));
        post("ask", Map.of("question", "停车场晚上开放吗？我的电话13812345678"), null).statusCode(200).body("refused", equalTo(true));

        var answered = post("ask", Map.of("question", "行政机关收到申请后多少个工作日内答复？"), null).statusCode(200)
                .body("refused", equalTo(false)).extract();
        String answerId = answered.path("answerId");
        String answerConversation = answered.path("conversationId");
        post("feedback", Map.of("conversationId", answerConversation, "answerId", answerId, "helpful", true), null)
                .statusCode(200).body("helpful", equalTo(true));
        // changed their mind: the second vote replaces the first
        post("feedback", Map.of("conversationId", answerConversation, "answerId", answerId, "helpful", false), null)
                .statusCode(200).body("helpful", equalTo(false));
        post("feedback", Map.of("conversationId", "other-conversation", "answerId", answerId, "helpful", false), null)
                .statusCode(404).body("error.code", equalTo("ANSWER_NOT_FOUND")).body("error.field", equalTo("answerId"));
        post("feedback", Map.of("conversationId", answerConversation, "answerId", answerId), null).statusCode(400);

        post("staff-assistant-feedback", Map.of(), null).statusCode(401);
        var report = post("staff-assistant-feedback", Map.of("limit", 10), token).statusCode(200).extract();
        java.util.List<Map<String, Object>> unanswered = report.path("unanswered");
        Map<String, Object> first = unanswered.getFirst();
        org.assertj.core.api.Assertions.assertThat(first.get("count")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat((String) first.get("question")).contains("食堂");
        org.assertj.core.api.Assertions.assertThat(first.get("lastAsked")).isNotNull();
        org.assertj.core.api.Assertions.assertThat(unanswered).extracting(u -> u.get("question"))
                .anySatisfy(q -> org.assertj.core.api.Assertions.assertThat((String) q).contains("停车场")
                        .contains("138****5678").doesNotContain("13812345678"))
                .noneSatisfy(q -> org.assertj.core.api.Assertions.assertThat((String) q).contains("工作日内答复"));
        java.util.List<Map<String, Object>> disliked = report.path("disliked");
        org.assertj.core.api.Assertions.assertThat(disliked).anySatisfy(d -> {
            org.assertj.core.api.Assertions.assertThat((String) d.get("citations")).contains("第十三条");
            org.assertj.core.api.Assertions.assertThat(d.get("thumbsDown")).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(d.get("thumbsUp")).isEqualTo(0);
            org.assertj.core.api.Assertions.assertThat((String) d.get("exampleQuestion")).contains("工作日内答复");
        });
        post("staff-assistant-feedback", Map.of("limit", 0), token).statusCode(400).body("error.field", equalTo("limit"));
        // another agency's staff see nothing of the demo agency's assistant
        String other = DevTokens.issue("clerk-zhao", TestAgencies.create(), Set.of("clerk"), Duration.ofMinutes(5));
        post("staff-assistant-feedback", Map.of(), other).statusCode(200).body("unanswered", hasSize(0));
    }

    @Test
    void should_throttle_consultation_lookups_after_repeated_wrong_codes() {
        for (int i = 0; i < 10; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.77")
                    .body(Map.of("lookupCode", "WRONG" + i + "2345")).post("/consultation").then().statusCode(404);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.77")
                .body(Map.of("lookupCode", "WRONG22345")).post("/consultation").then().statusCode(429)
                .body("error.code", equalTo("TOO_MANY_ATTEMPTS"));
    }
}
