package cn.gongkai.cli;

import cn.gongkai.knowledge.DocumentKind;
import cn.gongkai.knowledge.Hit;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.SearchOptions;
import cn.gongkai.knowledge.ingest.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** serve's knowledge base: the sample on the first start, a newer release's sample on a later one. */
class LocalKnowledgeTest {
    static final SearchOptions BM25 = SearchOptions.defaults().withMode(SearchMode.BM25);

    @TempDir
    Path index;

    @Test
    void the_first_start_indexes_the_sample_and_a_later_one_brings_an_older_sample_up_to_date() throws IOException {
        assertThat(LocalKnowledge.ensureSample(index)).startsWith("sample indexed now: 3 documents");
        assertThat(LocalKnowledge.ensureSample(index)).startsWith("3 documents");

        // as an older release left it: its guide said otherwise, and the office took the summaries out
        String origin = KnowledgeBase.sample().id();
        try (KnowledgeBase kb = KnowledgeBase.open(index, null)) {
            kb.ingestFile(origin, new SourceFile("政府信息公开指南.md", () -> """
                    # 政府信息公开指南

                    ## 六、多久答复

                    旧版本的说明：十五个工作日内答复。
                    """.getBytes(StandardCharsets.UTF_8), Optional.empty()));
            String summaries = kb.documents().stream().filter(e -> e.document().source().equals("条例要点.md"))
                    .findFirst().orElseThrow().id();
            assertThat(kb.remove(summaries)).isTrue();
        }

        assertThat(LocalKnowledge.ensureSample(index)).startsWith("sample updated now (1 of its documents): 2 documents");
        try (KnowledgeBase kb = KnowledgeBase.open(index, null)) {
            Hit guide = kb.search("多久答复", BM25.withKinds(Set.of(DocumentKind.GUIDE))).getFirst();
            assertThat(guide.text()).contains("20个工作日内答复").doesNotContain("旧版本");
            assertThat(kb.documents()).noneMatch(e -> e.document().source().equals("条例要点.md"));
        }
        assertThat(LocalKnowledge.ensureSample(index)).startsWith("2 documents");
    }
}
