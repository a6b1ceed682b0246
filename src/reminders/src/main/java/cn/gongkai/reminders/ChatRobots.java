package cn.gongkai.reminders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Clock;
import java.util.Base64;

/**
 * The group robots Chinese offices watch: WeCom (企业微信), DingTalk (钉钉) and Feishu (飞书), each in its own
 * message format and, where the service signs, with its signature. The text ends with the reminder's id so that the
 * rare duplicate can be recognised by a person reading the group.
 */
public final class ChatRobots {
    private ChatRobots() {
    }

    static String text(ReminderMessage m) {
        return "【政府信息公开期限提醒】" + m.text() + "（提醒编号 " + m.reminderId() + "）";
    }

    /** WeCom group robot: {@code {"msgtype":"text","text":{"content":...}}}, no signature; {@code errcode} 0. */
    public record WeCom(URI url, ObjectMapper json, OutboundHttp http) implements ReminderChannel {
        @Override
        public void send(ReminderMessage message) throws Exception {
            ObjectNode body = json.createObjectNode().put("msgtype", "text");
            body.putObject("text").put("content", text(message));
            JsonPost.requireZero(json, http.post(OutboundHttp.Post.of(url, json.writeValueAsBytes(body))).body(), "errcode");
        }
    }

    /**
     * DingTalk custom robot: the same text shape; with a secret, {@code timestamp} (ms) and {@code sign} =
     * Base64(HmacSHA256(secret, timestamp + "\n" + secret)) go in the query string.
     */
    public record DingTalk(URI url, String secret, ObjectMapper json, Clock clock, OutboundHttp http) implements ReminderChannel {
        @Override
        public void send(ReminderMessage message) throws Exception {
            ObjectNode body = json.createObjectNode().put("msgtype", "text");
            body.putObject("text").put("content", text(message));
            String timestamp = null;
            String sign = null;
            if (secret != null && !secret.isBlank()) {
                long millis = clock.millis();
                timestamp = String.valueOf(millis);
                sign = sign(millis, secret);
            }
            OutboundHttp.Post post = new OutboundHttp.Post(url, json.writeValueAsBytes(body), null, null, timestamp, sign);
            JsonPost.requireZero(json, http.post(post).body(), "errcode");
        }

        static String sign(long timestamp, String secret) throws Exception {
            return Base64.getEncoder().encodeToString(
                    JsonPost.hmacSha256(JsonPost.utf8(secret), JsonPost.utf8(timestamp + "\n" + secret)));
        }
    }

    /**
     * Feishu custom bot: {@code {"timestamp","sign","msg_type":"text","content":{"text":...}}} where, with a secret,
     * sign = Base64(HmacSHA256(key = timestamp + "\n" + secret, data = empty)) and timestamp is in seconds; {@code code} 0.
     */
    public record Feishu(URI url, String secret, ObjectMapper json, Clock clock, OutboundHttp http) implements ReminderChannel {
        @Override
        public void send(ReminderMessage message) throws Exception {
            ObjectNode body = json.createObjectNode();
            if (secret != null && !secret.isBlank()) {
                long timestamp = clock.millis() / 1000;
                body.put("timestamp", String.valueOf(timestamp)).put("sign", sign(timestamp, secret));
            }
            body.put("msg_type", "text");
            body.putObject("content").put("text", text(message));
            JsonPost.requireZero(json, http.post(OutboundHttp.Post.of(url, json.writeValueAsBytes(body))).body(), "code");
        }

        static String sign(long timestamp, String secret) throws Exception {
            return Base64.getEncoder().encodeToString(
                    JsonPost.hmacSha256(JsonPost.utf8(timestamp + "\n" + secret), new byte[0]));
        }
    }
}
