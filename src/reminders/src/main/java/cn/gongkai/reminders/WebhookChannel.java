package cn.gongkai.reminders;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.util.HexFormat;

/**
 * A generic JSON webhook: the message as JSON, its id in {@code X-Gongkai-Reminder-Id}, and, with a secret, an
 * HMAC-SHA256 of the body in {@code X-Gongkai-Signature}.
 */
public final class WebhookChannel implements ReminderChannel {
    private final URI url;
    private final String secret;
    private final ObjectMapper json;
    private final OutboundHttp http;

    public WebhookChannel(URI url, String secret, ObjectMapper json, OutboundHttp http) {
        this.url = url;
        this.secret = secret;
        this.json = json;
        this.http = http;
    }

    @Override
    public void send(ReminderMessage message) throws Exception {
        byte[] body = json.writeValueAsBytes(message);
        String signature = secret == null || secret.isBlank() ? null : "sha256=" + sign(body, secret);
        http.post(new OutboundHttp.Post(url, body, message.reminderId(), signature, null, null));
    }

    static String sign(byte[] body, String secret) throws Exception {
        return HexFormat.of().formatHex(JsonPost.hmacSha256(JsonPost.utf8(secret), body));
    }
}
