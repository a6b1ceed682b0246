package cn.gongkai.knowledge.ingest;

import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.Hit;
import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.SearchOptions;
import cn.gongkai.knowledge.Validity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploaded documents: stored with their metadata, ingested one by one, replaced and removed in the index at once. */
class FolderStoreTest {
    static final String FIRST = """
            # 示范区停车收费管理办法

            第一条 为规范本区机动车停车收费，制定本办法。

            第二条 占道停车泊位首小时收费五元，此后每半小时收费二元。
            """;
    static final String SECOND = """
            # 示范区停车收费管理办法

            第一条 为规范本区机动车停车收费，制定本办法。

            第二条 占道停车泊位首小时收费八元，夜间二十时至次日八时免费。
            """;
    final SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25).withLimit(3);

    @TempDir
    Path temp;

    @Test
    void should_index_an_uploaded_document_with_its_metadata_replace_its_chunks_and_remove_it() throws IOException {
        FolderStore store = new FolderStore(temp.resolve("documents"));
        try (KnowledgeBase kb = KnowledgeBase.open(temp.resolve("index"), null)) {
            kb.ingest(KnowledgeBase.sample());
            int sampleDocuments = kb.documents().size();
            SourceFile file = store.put("停车收费管理办法.md", FIRST.getBytes(StandardCharsets.UTF_8), Map.of(
                    "title", "示范区停车收费管理办法", "number", "示政发〔2026〕3号", "issuer", "示范区人民政府",
                    "validity", "现行有效", "published", "2026-03-01",
                    "supersedes", String.join(SimpleYaml.LIST_SEPARATOR, "示范区停车管理暂行规定", "示范区停车收费标准")));
            IngestReport added = kb.ingestFile(store.id(), file);
            assertThat(added.added()).isEqualTo(1);
            assertThat(kb.documents()).hasSize(sampleDocuments + 1);
            Catalog.Entry entry = kb.documents().stream().filter(e -> e.document().origin().equals(store.id()))
                    .findFirst().orElseThrow();
            assertThat(entry.metadata().documentNumber()).contains("示政发〔2026〕3号");
            assertThat(entry.metadata().issuer()).contains("示范区人民政府");
            assertThat(entry.metadata().supersedes()).containsExactly("示范区停车管理暂行规定", "示范区停车收费标准");
            assertThat(entry.validity()).isEqualTo(Validity.CURRENT);
            List<Hit> hits = kb.search("占道停车首小时收费多少", bm25);
            assertThat(hits.getFirst().documentId()).isEqualTo(entry.id());
            assertThat(hits.getFirst().text()).contains("五元");

            // replaced: the same path, new text and new validity; the old chunks are gone
            kb.ingestFile(store.id(), store.put("停车收费管理办法.md", SECOND.getBytes(StandardCharsets.UTF_8),
                    Map.of("title", "示范区停车收费管理办法", "validity", "尚未施行")));
            assertThat(kb.documents()).hasSize(sampleDocuments + 1);
            assertThat(kb.catalog().entry(entry.id()).orElseThrow().validity()).isEqualTo(Validity.NOT_YET_EFFECTIVE);
            String text = String.join("\n", kb.chunksOf(entry.id()).stream().map(c -> c.text()).toList());
            assertThat(text).contains("八元").doesNotContain("五元");

            // the store rebuilds the same index: unchanged, nothing to do
            assertThat(kb.ingest(store).unchanged()).isEqualTo(1);

            assertThat(store.remove("停车收费管理办法.md")).isTrue();
            assertThat(kb.remove(entry.id())).isTrue();
            assertThat(kb.remove(entry.id())).isFalse();
            assertThat(kb.documents()).hasSize(sampleDocuments);
            assertThat(store.files()).isEmpty();
            assertThat(kb.search("占道停车首小时收费多少", bm25)).noneMatch(h -> h.documentId().equals(entry.id()));
        }
    }

    @Test
    void should_join_staged_parts_in_order_and_refuse_paths_outside_the_store() throws IOException {
        FolderStore store = new FolderStore(temp.resolve("documents"));
        store.stagePart("upload-0001", 1, "第二部分".getBytes(StandardCharsets.UTF_8));
        store.stagePart("upload-0001", 0, "第一部分".getBytes(StandardCharsets.UTF_8));
        assertThat(store.files()).isEmpty(); // parts are not documents
        assertThat(new String(store.takeStaged("upload-0001").orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("第一部分第二部分");
        assertThat(store.takeStaged("upload-0001")).isEmpty();
        assertThat(Files.exists(store.root().resolve(".uploads/upload-0001"))).isFalse();
        for (String bad : List.of("../逃逸.md", ".隐藏.md", "a//b.md", "无扩展名", "x.md.meta.yaml", "a\\b.md")) {
            assertThat(DocumentStore.validPath(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> store.put(bad, new byte[0], Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(DocumentStore.validPath("政策/停车收费管理办法.docx")).isTrue();
        assertThatThrownBy(() -> store.stagePart("../x", 0, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
