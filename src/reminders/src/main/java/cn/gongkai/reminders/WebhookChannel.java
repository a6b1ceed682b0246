package cn.gongkai.reminders;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A generic JSON webhook: the message as JSON, its id in {@code X-Gongkai-Reminder-Id}, and, with a secret, an
 * HMAC-SHA256 of the body in {@code X-Gongkai-Signature}. Any answer but 2xx is a failure.
 */
public final class WebhookChannel implements ReminderChannel {
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final URI url;
    private final String secret;
    private final ObjectMapper json;

    public WebhookChannel(URI url, String secret, ObjectMapper json) {
        this.url = url;
        this.secret = secret;
        this.json = json;
    }

    @Override
    public void send(ReminderMessage message) throws Exception {
        byte[] body = json.writeValueAsBytes(message);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Gongkai-Reminder-Id", message.reminderId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null && !secret.isBlank()) {
            request.header("X-Gongkai-Signature", "sha256=" + sign(body, secret));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }

    static String sign(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
