package cn.gongkai.functions.applications;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.AgencyRepository;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ApplicationFunctionsTest {
    @Inject
    AgencyRepository agencies;

    String agency;

    @BeforeEach
    void anAgency() {
        agency = TestAgencies.create();
    }

    String form(String idNumber) {
        return """
                {"agencyId":"%s","applicantKind":"NATURAL_PERSON","name":"张三丰","idNumber":"%s",
                 "phone":"13812345678","email":"zhang@example.cn","description":"2023年老旧小区改造资金安排文件",
                 "documentNumber":"东政发〔2023〕12号","deliveryForm":"ELECTRONIC","deliveryMethod":"EMAIL"}"""
                .formatted(agency, idNumber);
    }

    String token(String user, String... roles) {
        return DevTokens.issue(user, agency, Set.of(roles), Duration.ofMinutes(5));
    }

    static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    static ValidatableResponse staffPost(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    static void errorShape(ValidatableResponse response, int status, String code) {
        response.statusCode(status).contentType(ContentType.JSON)
                .body("error.code", equalTo(code)).body("error.message", notNullValue());
    }

    @Test
    void aCitizenSubmitsOnlineAndARetryReturnsTheSameReceipt() {
        String key = UUID.randomUUID().toString();
        String tracking = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form("11010519491231002X"))
                .post("/submit").then().statusCode(200)
                .body("stage", equalTo("AWAITING_CONFIRMATION"))
                .body("queryCode", notNullValue())
                .extract().path("trackingNumber");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form("11010519491231002X"))
                .post("/submit").then().statusCode(200)
                .body("trackingNumber", equalTo(tracking)).body("repeatedRequest", equalTo(true));
    }

    @Test
    void progressAnswersOnlyToTheRightCodeAndAWrongCodeLooksLikeAnUnknownNumber() {
        var receipt = post("/submit", form("11010519491231002X")).statusCode(200).extract();
        String tracking = receipt.path("trackingNumber");
        String code = receipt.path("queryCode");

        post("/progress", "{\"trackingNumber\":\"%s\",\"queryCode\":\"%s\"}".formatted(tracking, code))
                .statusCode(200).body("stage", equalTo("AWAITING_CONFIRMATION")).body("applicant", equalTo("张**"))
                .body("history", hasSize(1));
        var wrong = post("/progress", "{\"trackingNumber\":\"%s\",\"queryCode\":\"XXXXXXXX\"}".formatted(tracking));
        errorShape(wrong, 404, "TRACKING_NOT_FOUND");
        errorShape(post("/progress", "{\"trackingNumber\":\"GK000000AAAAAAAA\",\"queryCode\":\"%s\"}".formatted(code)),
                404, "TRACKING_NOT_FOUND");
    }

    @Test
    void badInputGetsTheErrorShapeWithTheFieldAtFault() {
        errorShape(post("/submit", form("110105194912310021")), 400, "RESIDENT_ID_CHECK_DIGIT");
        post("/submit", form("110105194912310021")).body("error.field", equalTo("idNumber"));
        errorShape(post("/submit", "{\"agencyId\": [1,2"), 400, "INVALID_JSON");
        errorShape(post("/submit", "{\"agencyId\": {\"x\":1}}"), 400, "INVALID_JSON");
        errorShape(post("/submit", ""), 400, "INVALID_JSON");
        errorShape(post("/no-such-function", "{}"), 404, "NOT_FOUND");
        errorShape(post("/submit", "{\"description\":\"" + "长".repeat(70_000) + "\"}"), 413, "BODY_TOO_LARGE");
    }

    @Test
    void staffFunctionsNeedAValidTokenOfTheAgency() {
        errorShape(post("/staff-queue", ""), 401, "UNAUTHENTICATED");
        errorShape(staffPost("not.a.jwt", "/staff-queue", ""), 401, "UNAUTHENTICATED");
        String forged = token("clerk-wang", "clerk");
        errorShape(staffPost(forged.substring(0, forged.length() - 4) + "AAAA", "/staff-queue", ""), 401, "UNAUTHENTICATED");
        errorShape(staffPost(token("visitor"), "/staff-queue", ""), 403, "FORBIDDEN");

        staffPost(token("clerk-wang", "clerk"), "/staff-queue", "").statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void staffCarryAnApplicationThroughItsStepsAndOnlyTheHeadExtends() {
        String clerk = token("clerk-wang", "clerk");
        String head = token("head-li", "office-head");
        String id = staffPost(clerk, "/staff-register", """
                {"application":%s,"channel":"IN_PERSON"}""".formatted(form("11010519491231002X")))
                .statusCode(200).body("stage", equalTo("RECEIVED")).extract().path("applicationId");

        staffPost(clerk, "/staff-queue", "").statusCode(200).body("items[0].id", equalTo(id));
        staffPost(clerk, "/staff-case", "{\"applicationId\":\"%s\"}".formatted(id)).statusCode(200)
                .body("applicant.idNumber", equalTo("1101**********002X"))
                .body("availableActions", org.hamcrest.Matchers.hasItem("EXTEND"));

        String extend = "{\"applicationId\":\"%s\",\"command\":{\"action\":\"EXTEND\",\"note\":\"需调档\",\"workingDays\":10}}".formatted(id);
        errorShape(staffPost(clerk, "/staff-act", extend), 403, "EXTENSION_NEEDS_OFFICE_HEAD");
        staffPost(head, "/staff-act", extend).statusCode(200).body("stage", equalTo("EXTENDED"))
                .body("history[1].actorId", equalTo("head-li"));

        String stale = "{\"applicationId\":\"%s\",\"command\":{\"action\":\"REPLY\",\"note\":\"予以公开\",\"outcome\":\"DISCLOSED\",\"expectedVersion\":1}}".formatted(id);
        errorShape(staffPost(clerk, "/staff-act", stale), 409, "CONCURRENT_UPDATE");
        errorShape(staffPost(clerk, "/staff-act", stale.replace("\"DISCLOSED\"", "\"OTHER_SUPPLEMENT_OVERDUE\"").replace(",\"expectedVersion\":1", "")),
                400, "OUTCOME_NOT_A_REPLY");
        staffPost(clerk, "/staff-act", stale.replace("\"expectedVersion\":1", "\"expectedVersion\":2"))
                .statusCode(200).body("stage", equalTo("REPLIED")).body("outcome", equalTo("DISCLOSED"));
    }

    @Test
    void staffOfAnotherAgencySeeNothing() {
        String clerk = token("clerk-wang", "clerk");
        String id = staffPost(clerk, "/staff-register", "{\"application\":%s,\"channel\":\"FAX\"}".formatted(form("11010519491231002X")))
                .statusCode(200).extract().path("applicationId");
        String outsider = DevTokens.issue("clerk-zhao", "another-agency", Set.of("clerk"), Duration.ofMinutes(5));

        errorShape(staffPost(outsider, "/staff-case", "{\"applicationId\":\"%s\"}".formatted(id)), 404, "APPLICATION_NOT_FOUND");
        errorShape(staffPost(outsider, "/staff-register", "{\"application\":%s,\"channel\":\"FAX\"}".formatted(form("11010519491231002X"))),
                403, "FORBIDDEN");
        staffPost(outsider, "/staff-register", "{\"application\":%s,\"channel\":\"FAX\"}".formatted(form("11010519491231002X")))
                .body("error.field", equalTo("agencyId"));
        post("/submit", "{}").body("error.field", nullValue() == null ? null : equalTo("agencyId"));
    }
}
