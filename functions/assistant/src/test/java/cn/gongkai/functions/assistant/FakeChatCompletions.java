package cn.gongkai.functions.assistant;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The external model's stand-in: a real HTTP server answering the OpenAI chat-completions endpoint with canned
 * completions, recording every request body. A question about a reply date first gets a tool call (replyDeadline),
 * then, once the tool's result comes back, the final answer.
 */
public class FakeChatCompletions implements QuarkusTestResourceLifecycleManager {
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    /** The canned answer: cites [1], and names an article nobody retrieved, which must not become a citation. */
    static final String ANSWER = "根据[1]，行政机关应当自收到申请之日起20个工作日内答复；另见《虚构条例》第九十九条。";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(body);
            String message;
            if (body.contains("11月3日") && !body.contains("\"tool\"")) {
                message = "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"replyDeadline\",\"arguments\":\"{\\\"receivedOn\\\":\\\"2026-11-03\\\",\\\"channel\\\":\\\"IN_PERSON\\\"}\"}}]}";
            } else if (body.contains("\"tool\"")) {
                message = "{\"role\":\"assistant\",\"content\":\"按工具计算，最晚2026年12月1日答复[1]。\"}";
            } else {
                message = "{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"}";
            }
            String finish = message.contains("tool_calls") ? "tool_calls" : "stop";
            byte[] out = ("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764547200,\"model\":\"fake-model\","
                    + "\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\"" + finish + "\"}],"
                    + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        return Map.of("gongkai.assistant.llm", "openai",
                "gongkai.assistant.model.base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "gongkai.assistant.model.api-key", "test-key",
                "gongkai.assistant.model.name", "fake-model");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
