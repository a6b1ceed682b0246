package cn.gongkai.functions.applications;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.AgencyRepository;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aTestMessageGoesThroughEveryChannelAndEachResultIsShown() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try (var closed = new java.net.ServerSocket(0)) {
            int nobody = closed.getLocalPort();
            closed.close();
            String update = """
                    {"channels":[{"kind":"WEBHOOK","url":"http://127.0.0.1:%d/hook"},
                                 {"kind":"WECOM","url":"http://127.0.0.1:%d/cgi-bin/webhook/send?key=k"}]}"""
                    .formatted(server.getAddress().getPort(), nobody);
            given().auth().oauth2(token("office-head")).contentType(ContentType.JSON).body(update)
                    .post("/staff-reminder-settings-update").then().statusCode(200);

            given().auth().oauth2(token("clerk")).post("/staff-reminder-test").then().statusCode(200)
                    .body("$", hasSize(2))
                    .body("[0].kind", equalTo("WEBHOOK")).body("[0].delivered", equalTo(true))
                    .body("[1].kind", equalTo("WECOM")).body("[1].delivered", equalTo(false))
                    .body("[1].error", startsWith("127.0.0.1 unreachable"));
        } finally {
            server.stop(0);
        }
        assertThat(received).singleElement().asString().contains("\"reminderId\":\"TEST-", "测试提醒");
        given().post("/staff-reminder-test").then().statusCode(401);
    }
}
