package cn.gongkai.reminders;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generic JSON webhook: the message as JSON, its id in {@code X-Gongkai-Reminder-Id}, and, with a secret, an
 * HMAC-SHA256 of the body in {@code X-Gongkai-Signature}.
 */
public final class WebhookChannel implements ReminderChannel {
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
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Gongkai-Reminder-Id", message.reminderId());
        if (secret != null && !secret.isBlank()) {
            headers.put("X-Gongkai-Signature", "sha256=" + sign(body, secret));
        }
        JsonPost.send(url, body, headers);
    }

    static String sign(byte[] body, String secret) throws Exception {
        return HexFormat.of().formatHex(JsonPost.hmacSha256(JsonPost.utf8(secret), body));
    }
}
