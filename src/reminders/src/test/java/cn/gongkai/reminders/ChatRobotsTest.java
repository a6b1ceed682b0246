package cn.gongkai.reminders;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each robot's exact message format and signature, sent through the REST client to a local HTTP server standing in
 * for the service.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ChatRobotsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T00:30:00Z"), ZoneOffset.UTC);
    static final ReminderMessage MESSAGE = new ReminderMessage("R0123456789abcdef01234567", "demo", "app-1", "REPLY",
            "答复期限", LocalDate.parse("2026-11-27"), "BEFORE_3", "还有3个工作日到期", false, "申请app-1的答复期限为2026-11-27。");

    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    @Inject
    OutboundHttp http;
    HttpServer server;
    String query;
    JsonNode body;
    String answer = "{\"errcode\":0,\"code\":0}";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            query = exchange.getRequestURI().getRawQuery();
            body = json.readTree(exchange.getRequestBody().readAllBytes());
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    Map<String, String> params() {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void weComGetsATextMessageCarryingTheReminderId() throws Exception {
        new ChatRobots.WeCom(url("/cgi-bin/webhook/send?key=k1"), json, http).send(MESSAGE);

        assertThat(body.path("msgtype").asText()).isEqualTo("text");
        assertThat(body.path("text").path("content").asText())
                .startsWith("【政府信息公开期限提醒】申请app-1的答复期限为2026-11-27。").endsWith("（提醒编号 R0123456789abcdef01234567）");
    }

    @Test
    void dingTalkIsSignedWithTheTimestampInMillisecondsInTheQuery() throws Exception {
        new ChatRobots.DingTalk(url("/robot/send?access_token=t1"), "SECdemo", json, CLOCK, http).send(MESSAGE);

        Map<String, String> params = params();
        assertThat(params).containsEntry("access_token", "t1").containsEntry("timestamp", "1795393800000");
        byte[] expected = JsonPost.hmacSha256("SECdemo".getBytes(StandardCharsets.UTF_8),
                "1795393800000\nSECdemo".getBytes(StandardCharsets.UTF_8));
        assertThat(Base64.getDecoder().decode(params.get("sign"))).isEqualTo(expected);
        assertThat(body.path("msgtype").asText()).isEqualTo("text");
    }

    @Test
    void feishuIsSignedInTheBodyWithTheTimestampInSeconds() throws Exception {
        new ChatRobots.Feishu(url("/open-apis/bot/v2/hook/h1"), "fsecret", json, CLOCK, http).send(MESSAGE);

        assertThat(body.path("timestamp").asText()).isEqualTo("1795393800");
        byte[] expected = JsonPost.hmacSha256("1795393800\nfsecret".getBytes(StandardCharsets.UTF_8), new byte[0]);
        assertThat(Base64.getDecoder().decode(body.path("sign").asText())).isEqualTo(expected);
        assertThat(body.path("msg_type").asText()).isEqualTo("text");
        assertThat(body.path("content").path("text").asText()).contains("R0123456789abcdef01234567");
    }

    @Test
    void aRobotThatRefusesTheMessageIsAFailedDelivery() {
        answer = "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";

        assertThatThrownBy(() -> new ChatRobots.DingTalk(url("/robot/send?access_token=t1"), "bad", json, CLOCK, http).send(MESSAGE))
                .hasMessageContaining("310000");
    }
}
