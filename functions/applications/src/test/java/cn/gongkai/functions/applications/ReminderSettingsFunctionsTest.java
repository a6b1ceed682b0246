package cn.gongkai.functions.applications;

import cn.gongkai.functions.applications.security.DevTokens;
import cn.gongkai.persistence.AgencyRepository;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReminderSettingsFunctionsTest {
    @Inject
    AgencyRepository agencies;
    String agency;

    @BeforeEach
    void anAgency() {
        agency = TestAgencies.create();
    }

    String token(String role) {
        return DevTokens.issue("user-" + role, agency, Set.of(role), Duration.ofMinutes(5));
    }

    @Test
    void theOfficeHeadSetsTiersAndChannelsAndSecretsAreNeverReadBack() {
        String update = """
                {"policy":{"workingDaysBefore":[10,2],"onTheDay":true,"escalateOverdue":true},
                 "channels":[{"kind":"dingtalk","url":"https://oapi.dingtalk.com/robot/send?access_token=t","secret":"SEC1"},
                             {"kind":"EMAIL","url":"mailto:office@example.cn"}]}""";

        given().auth().oauth2(token("clerk")).contentType(ContentType.JSON).body(update)
                .post("/staff-reminder-settings-update").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        given().auth().oauth2(token("office-head")).contentType(ContentType.JSON).body(update)
                .post("/staff-reminder-settings-update").then().statusCode(200)
                .body("policy.workingDaysBefore", contains(10, 2))
                .body("channels", hasSize(2))
                .body("channels[0].kind", equalTo("DINGTALK"))
                .body("channels[0].hasSecret", equalTo(true))
                .body("channels[0].secret", equalTo(null));

        given().auth().oauth2(token("clerk")).post("/staff-reminder-settings").then().statusCode(200)
                .body("channels[1].url", equalTo("mailto:office@example.cn"));
        given().auth().oauth2(token("office-head")).contentType(ContentType.JSON)
                .body("{\"channels\":[{\"kind\":\"FAX\",\"url\":\"https://x\"}]}")
                .post("/staff-reminder-settings-update").then().statusCode(400).body("error.field", equalTo("kind"));
        given().auth().oauth2(token("clerk")).post("/staff-reminder-dead-letters").then().statusCode(200).body("$", hasSize(0));
    }
}
