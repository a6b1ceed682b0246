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
        return request.post("/" + function).then();
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
        post("cited", Map.of("id", "nothing#第一条"), null).statusCode(400)
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
                .statusCode(400).body("error.code", equalTo("CONSULTATION_NOT_FOUND"));
    }

    @Test
    void should_refuse_bad_input_in_the_error_shape_and_guard_staff_functions() {
        post("ask", Map.of("question", " "), null).statusCode(400)
                .body("error.code", equalTo("FIELD_REQUIRED")).body("error.field", equalTo("question"));
        post("ask", Map.of("question", "问".repeat(501)), null).statusCode(400).body("error.code", equalTo("FIELD_TOO_LONG"));
        post("consultation", Map.of("lookupCode", "NOPE234567"), null).statusCode(400)
                .body("error.code", equalTo("CONSULTATION_NOT_FOUND"));
        post("staff-consultations", Map.of(), null).statusCode(401).body("error.code", equalTo("UNAUTHENTICATED"));
    }
}
