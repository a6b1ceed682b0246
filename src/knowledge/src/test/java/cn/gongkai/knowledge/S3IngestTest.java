package cn.gongkai.knowledge;

import cn.gongkai.knowledge.ingest.S3Source;
import cn.gongkai.knowledge.testing.WithS3rver;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ingestion from an S3 prefix against a real S3-compatible server: s3rver (npm), started here ({@link WithS3rver}).
 */
class S3IngestTest extends WithS3rver {

    private static void put(String key, byte[] bytes) {
        s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
    }

    /** Our fixture knowledge base uploaded under {@code prefix}, plus things the ingestion must leave alone. */
    private static void upload(String prefix) throws IOException {
        Path folder = Fixtures.resource("kb");
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        put(prefix + "示范市电子证照办法.meta.yaml", "issuer: 示范市数据局\n".getBytes(StandardCharsets.UTF_8));
        put(prefix + ".drafts/未定稿.md", "# 未定稿\n\n第一条　尚未定稿。\n".getBytes(StandardCharsets.UTF_8));
        put(prefix + "附件/照片.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8});
        put("elsewhere/其他办法.md", "# 其他办法\n\n第一条　不在前缀之下。\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPrefixIsIngestedLikeAFolderAndFollowsItsChanges() throws IOException {
        upload("policies/");
        SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25);
        try (KnowledgeBase kb = KnowledgeBase.open(temp.resolve("index"), null, Fixtures.CLOCK, RankingWeights.DEFAULT)) {
            S3Source source = new S3Source(s3, BUCKET, "policies");
            assertThat(source.id()).isEqualTo("s3://gongkai-kb/policies/");
            IngestReport first = kb.ingest(source);
            assertThat(first.failures()).isEmpty();
            assertThat(first.added()).isEqualTo(7);
            assertThat(kb.documents()).extracting(e -> e.document().source())
                    .contains("地方性法规/示范市政务公开规定(2020-03-01).md", "解读/关于示范市政务公开规定的解读.md")
                    .noneMatch(s -> s.contains("未定稿") || s.contains("其他办法") || s.endsWith(".jpg"));
            Catalog.Entry licences = kb.documents().stream()
                    .filter(e -> e.document().source().equals("示范市电子证照办法.md")).findFirst().orElseThrow();
            assertThat(licences.metadata().issuer()).hasValue("示范市数据局"); // from the sidecar object
            assertThat(licences.validity()).isEqualTo(Validity.NOT_YET_EFFECTIVE);
            List<Hit> hits = kb.search("行政机关多少个工作日内答复申请", bm25);
            assertThat(hits.subList(0, 2)).extracting(hit -> hit.source() + " " + hit.label())
                    .contains("地方性法规/示范市政务公开规定(2020-03-01).md 第五条");

            // one document changed, one removed: only they move
            String rules = "policies/行政法规/示范信访工作规定(2022-02-25).md";
            String text = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(rules)).asUtf8String();
            put(rules, text.replace("六十日内办结", "九十日内办结").getBytes(StandardCharsets.UTF_8));
            s3.deleteObject(b -> b.bucket(BUCKET).key("policies/示范市政务公开规定实施细则.txt"));
            IngestReport second = kb.ingest(source);
            assertThat(second.updated()).isEqualTo(1);
            assertThat(second.removed()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(5);
            assertThat(kb.search("信访事项多少日内办结", bm25)).first()
                    .satisfies(hit -> assertThat(hit.text()).contains("九十日内办结"));
            assertThat(kb.documents()).noneMatch(e -> e.document().source().equals("示范市政务公开规定实施细则.txt"));
        }
    }

    @Test
    void aMissingBucketIsAnErrorNamingTheLocation() {
        S3Source source = new S3Source(s3, "no-such-bucket", "");
        assertThatThrownBy(source::files).isInstanceOf(IOException.class).hasMessageContaining("s3://no-such-bucket/");
    }

    @Test
    void locationsAreParsed() {
        assertThatThrownBy(() -> S3Source.of("s3:///policies")).isInstanceOf(IllegalArgumentException.class);
        assertThat(cn.gongkai.knowledge.ingest.DocumentSource.at(temp.toString()).id()).isEqualTo(temp.toAbsolutePath().normalize().toString());
    }
}
