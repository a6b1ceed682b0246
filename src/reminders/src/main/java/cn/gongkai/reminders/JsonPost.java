package cn.gongkai.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The one way reminders leave over HTTP: a JSON POST with a timeout, anything but 2xx a failure. */
final class JsonPost {
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private JsonPost() {
    }

    static String send(URI url, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url.getHost() + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** The chat robots answer 200 with an error code in the body: {@code errcode} or {@code code}, 0 for success. */
    static void requireZero(ObjectMapper json, String answer, String field) throws Exception {
        JsonNode node = json.readTree(answer == null || answer.isBlank() ? "{}" : answer);
        if (node.path(field).asInt(-1) != 0) {
            throw new IllegalStateException("robot refused the message: " + answer);
        }
    }

    static byte[] hmacSha256(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
