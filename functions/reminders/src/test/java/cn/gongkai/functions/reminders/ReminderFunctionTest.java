package cn.gongkai.functions.reminders;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The function invoked as Lambda invokes it: the scheduler's JSON event through the mock event server. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReminderFunctionTest {

    @Test
    void aScheduledEventRunsTheRemindersAndReturnsTheSummary() {
        given().contentType(ContentType.JSON).body("{\"asOf\":\"2026-11-23\",\"dryRun\":true}")
                .post().then().statusCode(200)
                .body("asOf", equalTo("2026-11-23"))
                .body("dryRun", equalTo(true))
                .body("found", greaterThanOrEqualTo(0))
                .body("recorded", equalTo(0));
    }
}
