package cn.gongkai.knowledge.ingest;

import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.SearchOptions;
import cn.gongkai.knowledge.testing.WithS3rver;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The uploaded documents in S3 (a real s3rver): stored with their sidecar, replaced, removed, staged in parts. */
class S3DocumentStoreTest extends WithS3rver {
    private static List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    private static String text(SourceFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void should_keep_a_document_with_its_metadata_replace_it_and_remove_it() throws IOException {
        S3DocumentStore store = new S3DocumentStore(s3, S3Location.parse("s3://" + BUCKET + "/office-a/documents"));
        assertThat(store.id()).isEqualTo("s3://gongkai-kb/office-a/documents/");
        assertThat(store.files()).isEmpty();
        assertThat(store.file("停车收费办法.md")).isEmpty();

        SourceFile put = store.put("停车收费办法.md", FolderStoreTest.FIRST.getBytes(StandardCharsets.UTF_8),
                Map.of("title", "示范区停车收费管理办法", "number", "示政发〔2026〕3号",
                        "supersedes", String.join(SimpleYaml.LIST_SEPARATOR, "暂行规定", "收费标准")));
        assertThat(keys("office-a/")).containsExactly("office-a/documents/停车收费办法.md",
                "office-a/documents/停车收费办法.md.meta.yaml");
        SourceFile read = store.file("停车收费办法.md").orElseThrow();
        assertThat(read.fingerprint()).isEqualTo(put.fingerprint());
        assertThat(text(read)).contains("五元");
        assertThat(read.sidecarValues()).containsEntry("title", "示范区停车收费管理办法")
                .containsEntry("number", "示政发〔2026〕3号")
                .containsEntry("supersedes", String.join(SimpleYaml.LIST_SEPARATOR, "暂行规定", "收费标准"));
        // a name that starts like it is another document
        store.put("停车收费办法实施细则.md", "# 细则\n\n第一条 细则。\n".getBytes(StandardCharsets.UTF_8), Map.of("title", "细则"));
        assertThat(store.file("停车收费办法.md").orElseThrow().relativePath()).isEqualTo("停车收费办法.md");
        assertThat(store.files()).extracting(SourceFile::relativePath)
                .containsExactly("停车收费办法.md", "停车收费办法实施细则.md");

        // replaced: new text and metadata under the same name
        store.put("停车收费办法.md", FolderStoreTest.SECOND.getBytes(StandardCharsets.UTF_8), Map.of("title", "新标题"));
        SourceFile replaced = store.file("停车收费办法.md").orElseThrow();
        assertThat(text(replaced)).contains("八元").doesNotContain("五元");
        assertThat(replaced.sidecarValues()).containsEntry("title", "新标题").doesNotContainKey("number");

        // the knowledge base ingests the store like any source, and follows a removal
        try (KnowledgeBase kb = KnowledgeBase.open(temp.resolve("index"), null)) {
            assertThat(kb.ingest(store).added()).isEqualTo(2);
            Catalog.Entry entry = kb.documents().stream().filter(e -> e.document().source().equals("停车收费办法.md"))
                    .findFirst().orElseThrow();
            assertThat(entry.metadata().title()).isEqualTo("新标题");
            assertThat(kb.search("占道停车首小时收费", SearchOptions.defaults().withMode(SearchMode.BM25)).getFirst().text())
                    .contains("八元");
            assertThat(store.remove("停车收费办法.md")).isTrue();
            assertThat(store.remove("停车收费办法.md")).isFalse();
            assertThat(keys("office-a/")).containsExactly("office-a/documents/停车收费办法实施细则.md",
                    "office-a/documents/停车收费办法实施细则.md.meta.yaml");
            assertThat(kb.ingest(store).removed()).isEqualTo(1);
        }
        assertThat(store.file("停车收费办法.md")).isEmpty();
    }

    @Test
    void should_join_staged_parts_in_order_once_and_hide_them_from_ingestion() throws IOException {
        S3DocumentStore store = new S3DocumentStore(s3, S3Location.parse("s3://" + BUCKET + "/office-b/documents/"));
        byte[] whole = FolderStoreTest.FIRST.repeat(40).getBytes(StandardCharsets.UTF_8);
        int third = whole.length / 3;
        // sent out of order, as parallel requests may arrive
        store.stagePart("up-12345678", 2, Arrays.copyOfRange(whole, 2 * third, whole.length));
        store.stagePart("up-12345678", 0, Arrays.copyOfRange(whole, 0, third));
        store.stagePart("up-12345678", 1, Arrays.copyOfRange(whole, third, 2 * third));
        assertThat(keys("office-b/documents/.uploads/up-12345678/")).hasSize(3);
        assertThat(store.files()).isEmpty(); // hidden
        assertThat(store.takeStaged("up-12345678")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(whole));
        assertThat(keys("office-b/")).isEmpty();
        assertThat(store.takeStaged("up-12345678")).isEmpty();
        assertThat(store.takeStaged("up-87654321")).isEmpty();
    }

    @Test
    void should_refuse_paths_and_upload_ids_that_are_not_plain_names() {
        S3DocumentStore store = new S3DocumentStore(s3, S3Location.parse("s3://" + BUCKET + "/office-c"));
        for (String path : List.of("../逃逸.md", ".hidden.md", "a//b.md", "程序.exe", "x.md.meta.yaml", "")) {
            assertThatThrownBy(() -> store.put(path, new byte[]{1}, Map.of())).as(path)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.file(path)).as(path).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.stagePart("../../etc", 0, new byte[]{1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.stagePart("up-12345678", 10000, new byte[]{1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.takeStaged("short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(keys("office-c/")).isEmpty();
    }

    @Test
    void an_unreachable_bucket_is_an_io_error_naming_it() {
        S3DocumentStore store = new S3DocumentStore(s3, S3Location.parse("s3://no-such-bucket/documents"));
        assertThatThrownBy(() -> store.put("a.md", new byte[]{1}, Map.of())).isInstanceOf(IOException.class)
                .hasMessageContaining("s3://no-such-bucket/documents/a.md");
        assertThatThrownBy(store::files).isInstanceOf(IOException.class).hasMessageContaining("s3://no-such-bucket/");
    }
}
