package cn.gongkai.functions.assistant;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cn.gongkai.functions.assistant.AssistantFunctionsTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The console's knowledge base: an uploaded document is answerable at once; replaced, removed; FAQ entries. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class KnowledgeFunctionsTest {
    static final String TOKEN = DevTokens.issue("clerk-li", "demo", Set.of("clerk"), Duration.ofMinutes(10));
    static final String QUESTION = "占道停车泊位首小时收费多少钱？";

    static String text(String fee) {
        return """
                # 示范区占道停车收费管理办法

                第一条 为规范本区占道停车泊位收费，制定本办法。

                第二条 占道停车泊位首小时收费%s，此后每半小时收费二元；夜间二十时至次日八时免费停放。

                第三条 本办法自2026年3月1日起施行。
                """.formatted(fee);
    }

    /** Each test starts from the shipped knowledge base: what earlier runs uploaded (the index persists) goes. */
    @BeforeEach
    void removeWhatWasUploaded() {
        List<Map<String, String>> faq = post("staff-kb-faq", Map.of(), TOKEN).statusCode(200).extract().path("");
        faq.forEach(e -> post("staff-kb-faq-remove", Map.of("id", e.get("id"), "revision", e.get("revision")), TOKEN).statusCode(200));
        List<Map<String, Object>> documents = post("staff-kb-documents", Map.of(), TOKEN).statusCode(200).extract().path("");
        documents.stream().filter(d -> Boolean.TRUE.equals(d.get("uploaded")))
                .forEach(d -> post("staff-kb-document-remove", Map.of("documentId", d.get("documentId")), TOKEN).statusCode(200));
    }

    static ExtractableResponse<Response> ask(String question) {
        return post("ask", Map.of("question", question), null).statusCode(200).extract();
    }

    @Test
    void should_answer_from_an_uploaded_document_at_once_then_from_its_replacement_and_not_after_removal() {
        String name = "停车收费办法-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
        assertThat(ask(QUESTION).<List<String>>path("citations.source")).doesNotContain(name);

        Map<String, Object> upload = new HashMap<>(Map.of("fileName", name, "title", "示范区占道停车收费管理办法",
                "number", "示政发〔2026〕3号", "issuer", "示范区人民政府", "validity", "现行有效",
                "publishedOn", "2026-02-01", "effectiveOn", "2026-03-01", "supersedes", "示范区停车收费暂行规定",
                "content", Base64.getEncoder().encodeToString(text("五元").getBytes(StandardCharsets.UTF_8))));
        String id = post("staff-kb-document-save", upload, TOKEN).statusCode(200)
                .body("replaced", equalTo(false)).body("chunks", equalTo(3))
                .body("document.number", equalTo("示政发〔2026〕3号")).body("document.uploaded", equalTo(true))
                .body("document.supersedes", hasItem("示范区停车收费暂行规定"))
                .extract().path("document.documentId");
        var answer = ask(QUESTION);
        assertThat(answer.<Boolean>path("refused")).isFalse();
        assertThat(answer.<String>path("citations[0].source")).isEqualTo(name);
        assertThat(answer.<String>path("citations[0].article")).isEqualTo("第二条");
        assertThat(answer.<String>path("answer")).contains("五元");
        post("staff-kb-documents", Map.of(), TOKEN).statusCode(200).body("documentId", hasItem(id));

        // replaced in parts (as the console sends large files): the old text is gone from the answers
        byte[] bytes = text("八元").getBytes(StandardCharsets.UTF_8);
        String uploadId = "up-" + UUID.randomUUID();
        int half = bytes.length / 2;
        post("staff-kb-upload-part", Map.of("uploadId", uploadId, "part", 0, "data",
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, 0, half))), TOKEN).statusCode(200);
        post("staff-kb-upload-part", Map.of("uploadId", uploadId, "part", 1, "data",
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, half, bytes.length))), TOKEN).statusCode(200);
        upload.remove("content");
        upload.put("uploadId", uploadId);
        upload.put("replaces", id);
        post("staff-kb-document-save", upload, TOKEN).statusCode(200).body("replaced", equalTo(true))
                .body("document.documentId", equalTo(id));
        answer = ask(QUESTION);
        assertThat(answer.<String>path("answer")).contains("八元").doesNotContain("五元");
        post("staff-kb-document-save", upload, TOKEN).statusCode(404).body("error.code", equalTo("KB_UPLOAD_NOT_FOUND"));

        post("staff-kb-document-remove", Map.of("documentId", id), TOKEN).statusCode(200);
        assertThat(ask(QUESTION).<List<String>>path("citations.source")).doesNotContain(name);
        post("staff-kb-document-remove", Map.of("documentId", id), TOKEN).statusCode(404)
                .body("error.code", equalTo("KB_DOCUMENT_NOT_FOUND"));
    }

    @Test
    void should_answer_a_new_faq_entry_and_forget_it_when_removed() {
        String question = "本机关的政府信息公开查阅室在几楼？";
        String before = ask(question).path("kind");
        assertThat(before).isNotEqualTo("FAQ");
        var saved = post("staff-kb-faq-save", Map.of("question", question, "answer", "查阅室在办公楼一楼东侧，工作日9:00至17:00开放。"),
                TOKEN).statusCode(200).extract();
        String id = saved.path("id");
        String first = saved.path("revision");
        var answer = ask(question);
        assertThat(answer.<String>path("kind")).isEqualTo("FAQ");
        assertThat(answer.<String>path("answer")).contains("一楼东侧");
        post("staff-kb-faq", Map.of(), TOKEN).statusCode(200).body("id", hasItem(id)).body("revision", hasItem(first));
        String second = post("staff-kb-faq-save", Map.of("id", id, "question", question, "answer", "查阅室已搬到三楼。", "revision", first),
                TOKEN).statusCode(200).body("id", equalTo(id)).extract().path("revision");
        assertThat(second).isNotEqualTo(first);
        assertThat(ask(question).<String>path("answer")).contains("三楼");
        // a second desk still showing the first answer is told, not allowed to put it back
        post("staff-kb-faq-save", Map.of("id", id, "question", question, "answer", "查阅室在一楼。", "revision", first), TOKEN)
                .statusCode(409).body("error.code", equalTo("FAQ_ENTRY_CHANGED"));
        post("staff-kb-faq-remove", Map.of("id", id, "revision", first), TOKEN).statusCode(409)
                .body("error.code", equalTo("FAQ_ENTRY_CHANGED"));
        post("staff-kb-faq-save", Map.of("question", question, "answer", "又一条。"), TOKEN).statusCode(409)
                .body("error.code", equalTo("FAQ_ENTRY_EXISTS"));
        assertThat(ask(question).<String>path("answer")).contains("三楼");
        post("staff-kb-faq-remove", Map.of("id", id, "revision", second), TOKEN).statusCode(200);
        assertThat(ask(question).<String>path("kind")).isNotEqualTo("FAQ");
        post("staff-kb-faq-remove", Map.of("id", id, "revision", second), TOKEN).statusCode(404)
                .body("error.code", equalTo("FAQ_ENTRY_NOT_FOUND"));
    }

    @Test
    void should_refuse_bad_uploads_and_other_agencies_staff_in_the_error_shape() {
        Map<String, Object> good = Map.of("fileName", "x.md", "title", "标题",
                "content", Base64.getEncoder().encodeToString("# 标题\n\n第一条 内容。".getBytes(StandardCharsets.UTF_8)));
        post("staff-kb-documents", Map.of(), null).statusCode(401).body("error.code", equalTo("UNAUTHENTICATED"));
        String other = DevTokens.issue("clerk-zhao", TestAgencies.create(), Set.of("clerk"), Duration.ofMinutes(5));
        post("staff-kb-document-save", good, other).statusCode(403).body("error.code", equalTo("KB_OTHER_AGENCY"));
        Map<String, Object> bad = new HashMap<>(good);
        bad.put("fileName", "../逃逸.md");
        post("staff-kb-document-save", bad, TOKEN).statusCode(400).body("error.code", equalTo("KB_FILE_NAME_INVALID"))
                .body("error.field", equalTo("fileName"));
        bad.put("fileName", "程序.exe");
        post("staff-kb-document-save", bad, TOKEN).statusCode(400).body("error.code", equalTo("KB_FILE_NAME_INVALID"));
        bad = new HashMap<>(good);
        bad.put("validity", "大概有效");
        post("staff-kb-document-save", bad, TOKEN).statusCode(400).body("error.field", equalTo("validity"));
        bad = new HashMap<>(good);
        bad.put("publishedOn", "2026年3月");
        post("staff-kb-document-save", bad, TOKEN).statusCode(400).body("error.code", equalTo("KB_DATE_INVALID"));
        bad = new HashMap<>(good);
        bad.put("fileName", "坏文件.docx");
        post("staff-kb-document-save", bad, TOKEN).statusCode(400).body("error.code", equalTo("KB_DOCUMENT_UNREADABLE"));
        bad = new HashMap<>(good);
        bad.remove("title");
        post("staff-kb-document-save", bad, TOKEN).statusCode(400).body("error.field", equalTo("title"));
        post("staff-kb-upload-part", Map.of("uploadId", "../../etc", "part", 0, "data", "AAAA"), TOKEN).statusCode(404);
        post("staff-kb-upload-part", Map.of("uploadId", "up-12345678", "part", 0, "data", "A".repeat(49 * 1024)), TOKEN)
                .statusCode(413).body("error.code", equalTo("KB_UPLOAD_TOO_LARGE"));
        post("staff-kb-faq-save", Map.of("question", "有问题", "answer", " "), TOKEN).statusCode(400)
                .body("error.field", equalTo("answer"));
    }
}
