package cn.gongkai.functions.applications;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * In tests, RestAssured's port is the Lambda mock event server: each request below is turned into an API Gateway
 * HTTP API event and answered by the function's Lambda handler, as deployed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DeadlineFunctionTest {

    static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    static void errorShape(ValidatableResponse response, int status, String code, String field) {
        response.statusCode(status).contentType(ContentType.JSON)
                .body("error.code", equalTo(code))
                .body("error.message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("error.field", field == null ? nullValue() : equalTo(field));
    }

    @Test
    void aReceiptOnTheEveOfNationalDayIsAnsweredAfterTheGoldenWeek() {
        post("/deadline", "{\"received\":\"2022-09-30\",\"channel\":\"ONLINE\"}")
                .statusCode(200)
                .body("received", equalTo("2022-09-30"))
                .body("channel", equalTo("ONLINE"))
                .body("replyDue", equalTo("2022-11-02"))
                .body("clarificationNoticeDue", equalTo("2022-10-14"))
                .body("extendedReplyDue", equalTo("2022-11-30"))
                .body("provisional", equalTo(false))
                .body("calendarVersion", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void aDateThatIsNoDateIsTheCallersMistakeAboutTheReceivedField() {
        errorShape(post("/deadline", "{\"received\":\"2022-02-30\"}"), 400, "FIELD_NOT_ALLOWED", "received");
        errorShape(post("/deadline", "{\"received\":\"30.09.2022\"}"), 400, "FIELD_NOT_ALLOWED", "received");
        errorShape(post("/deadline", "{\"channel\":\"ONLINE\"}"), 400, "FIELD_REQUIRED", "received");
        errorShape(post("/deadline", "{\"received\":\"2022-09-30\",\"channel\":\"PIGEON\"}"), 400, "FIELD_NOT_ALLOWED", "channel");
        errorShape(post("/deadline", "{\"received\":\"1900-01-01\"}"), 400, "DATE_OUTSIDE_CALENDAR", null);
    }

    @Test
    void whateverGoesWrongTheAnswerHasTheOneErrorShape() {
        errorShape(post("/deadline", "{\"received\":"), 400, "INVALID_JSON", null);
        errorShape(post("/deadline", "[1,2,3]"), 400, "INVALID_JSON", null);
        errorShape(post("/deadline", ""), 400, "INVALID_JSON", null);
        errorShape(post("/no-such-function", "{}"), 404, "NOT_FOUND", null);
        errorShape(post("/deadline", "{\"received\":\"" + "9".repeat(70 * 1024) + "\"}"), 413, "BODY_TOO_LARGE", null);
    }

    @Test
    void theSampleHttpApiEventIsAnsweredAsApiGatewayExpects() throws IOException {
        String event;
        try (InputStream in = getClass().getResourceAsStream("/events/deadline.json")) {
            event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonPath response = given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200).extract().jsonPath();

        assertThat(response.getInt("statusCode")).isEqualTo(200);
        JsonPath body = new JsonPath(response.getString("body"));
        assertThat(body.getString("replyDue")).isEqualTo("2022-11-02");
    }
}
