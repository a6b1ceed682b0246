package cn.gongkai.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/** What the JSON channels share besides {@link OutboundHttp}: reading the robots' verdict, and signing. */
final class JsonPost {
    private JsonPost() {
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
