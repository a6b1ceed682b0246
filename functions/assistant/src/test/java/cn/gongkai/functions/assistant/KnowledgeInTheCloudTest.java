package cn.gongkai.functions.assistant;

import cn.gongkai.knowledge.IndexedDocument;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.SearchOptions;
import cn.gongkai.knowledge.cloud.IndexSnapshots;
import cn.gongkai.knowledge.cloud.SharedIndex;
import cn.gongkai.knowledge.ingest.S3DocumentStore;
import cn.gongkai.knowledge.ingest.S3Location;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gongkai.functions.assistant.AssistantFunctionsTest.post;
import static cn.gongkai.functions.assistant.KnowledgeFunctionsTest.QUESTION;
import static cn.gongkai.functions.assistant.KnowledgeFunctionsTest.TOKEN;
import static cn.gongkai.functions.assistant.KnowledgeFunctionsTest.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The assistant function configured as deployed (uploads in the knowledge-base bucket, the index shared through its
 * snapshots; a real s3rver): a document uploaded through the staff function is kept in the bucket and cited in the
 * answer; another instance starting cold has it; what another instance uploads is answered here; a removal reaches
 * the other instance.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(S3rverResource.class)
class KnowledgeInTheCloudTest {

    private static List<String> keys(S3Client s3, String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(S3rverResource.BUCKET).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    @Test
    void an_upload_is_kept_in_the_bucket_cited_and_shared_with_the_other_instances() throws IOException {
        assumeTrue(S3rverResource.server != null, "s3rver not installed: the assistant with S3 not tested");
        String name = "停车收费办法-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
        byte[] bytes = KnowledgeFunctionsTest.text("五元").getBytes(StandardCharsets.UTF_8);
        String uploadId = "up-" + UUID.randomUUID();
        int half = bytes.length / 2;
        post("staff-kb-upload-part", Map.of("uploadId", uploadId, "part", 0, "data",
                Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, 0, half))), TOKEN).statusCode(200);
        post("staff-kb-upload-part", Map.of("uploadId", uploadId, "part", 1, "data",
                Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, half, bytes.length))), TOKEN).statusCode(200);
        Map<String, Object> upload = new HashMap<>(Map.of("fileName", name, "title", "示范区占道停车收费管理办法",
                "validity", "现行有效", "uploadId", uploadId));
        String id = post("staff-kb-document-save", upload, TOKEN).statusCode(200)
                .body("document.uploaded", equalTo(true)).extract().path("document.documentId");
        var answer = ask(QUESTION);
        assertThat(answer.<String>path("citations[0].source")).isEqualTo(name);
        assertThat(answer.<String>path("answer")).contains("五元");

        try (S3Client s3 = S3rverResource.server.client()) {
            assertThat(keys(s3, "documents/")).containsExactly("documents/" + name, "documents/" + name + ".meta.yaml");
            assertThat(keys(s3, "index/")).contains("index/CURRENT");
            S3DocumentStore store = new S3DocumentStore(s3, S3Location.parse("s3://" + S3rverResource.BUCKET + "/documents"));
            IndexSnapshots snapshots = new IndexSnapshots(s3, S3Location.parse("s3://" + S3rverResource.BUCKET + "/index"));
            Path work = Files.createTempDirectory("other-instance");
            SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25);

            // another instance, starting cold with nothing shipped, has the upload from the snapshot
            try (SharedIndex other = SharedIndex.start(work.resolve("shipped-none"), work.resolve("tmp"), snapshots, store,
                    List.of(), folder -> KnowledgeBase.open(folder, null), Duration.ZERO, Clock.systemUTC())) {
                assertThat(other.version()).isEqualTo(snapshots.latest().map(IndexSnapshots.Pointer::version));
                assertThat(other.current().search(QUESTION, bm25).getFirst().source()).isEqualTo(name);

                // what the other instance uploads is answered here
                String hall = "查阅室-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
                other.edit(() -> {
                    try {
                        return other.current().ingestFile(store.id(), store.put(hall,
                                "# 政府信息公开查阅室\n\n第一条 政府信息公开查阅室设在办公楼一楼，工作日九时至十七时开放。\n"
                                        .getBytes(StandardCharsets.UTF_8), Map.of("title", "政府信息公开查阅室开放时间")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                var hallAnswer = ask("政府信息公开查阅室什么时间开放？");
                assertThat(hallAnswer.<List<String>>path("citations.source")).contains(hall);
                assertThat(hallAnswer.<String>path("answer")).contains("九时至十七时");

                // removed here: gone there after its refresh
                post("staff-kb-document-remove", Map.of("documentId", id), TOKEN).statusCode(200);
                assertThat(keys(s3, "documents/")).noneMatch(k -> k.contains(name));
                other.refreshNow();
                assertThat(other.current().catalog().entry(IndexedDocument.idOf(store.id(), name))).isEmpty();
                post("staff-kb-document-remove", Map.of("documentId", IndexedDocument.idOf(store.id(), hall)), TOKEN)
                        .statusCode(200);
            }
        }
    }
}
