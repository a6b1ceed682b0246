package cn.gongkai.knowledge.cloud;

import cn.gongkai.knowledge.Hit;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.SearchOptions;
import cn.gongkai.knowledge.ingest.S3DocumentStore;
import cn.gongkai.knowledge.ingest.S3Location;
import cn.gongkai.knowledge.ingest.SourceFile;
import cn.gongkai.knowledge.testing.S3rver;
import cn.gongkai.knowledge.testing.TcpRelay;
import cn.gongkai.knowledge.testing.WithS3rver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances of the assistant sharing one knowledge-base bucket (a real s3rver): an upload through one is
 * answered by the others after their refresh, concurrent uploads are both kept, a broken snapshot is not taken, and a
 * cold start in an empty folder has every upload.
 */
class SharedIndexTest extends WithS3rver {
    static final Duration REFRESH = Duration.ofSeconds(30);
    static final SearchOptions BM25 = SearchOptions.defaults().withMode(SearchMode.BM25).withLimit(3);

    static Path shipped;

    @TempDir
    Path work;
    final MutableClock clock = new MutableClock();
    final List<SharedIndex> started = new ArrayList<>();
    int office;

    @BeforeAll
    static void shipTheSample() throws Exception {
        // the index shipped with the function: the sample knowledge base
        shipped = temp.resolve("shipped");
        try (KnowledgeBase kb = KnowledgeBase.open(shipped, null)) {
            kb.ingest(KnowledgeBase.sample());
        }
    }

    @AfterEach
    void closeInstances() throws IOException {
        for (SharedIndex index : started) {
            index.close();
        }
    }

    /** A clock the test moves on. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Each test its own office: its own prefixes in the bucket. */
    String prefix() {
        return "s3://" + BUCKET + "/office-" + System.identityHashCode(this) + "/";
    }

    S3DocumentStore store() {
        return new S3DocumentStore(s3, S3Location.parse(prefix() + "documents"));
    }

    IndexSnapshots snapshots() {
        return new IndexSnapshots(s3, S3Location.parse(prefix() + "index"));
    }

    SharedIndex instance(String name, Path shippedIndex) throws IOException {
        SharedIndex index = SharedIndex.start(shippedIndex, work.resolve(name), snapshots(), store(), List.of(),
                folder -> KnowledgeBase.open(folder, null), REFRESH, clock);
        started.add(index);
        return index;
    }

    static String rule(String fee) {
        return """
                # 示范区占道停车收费管理办法

                第一条 为规范本区占道停车泊位收费，制定本办法。

                第二条 占道停车泊位首小时收费%s，此后每半小时收费二元。
                """.formatted(fee);
    }

    /** An upload as the console's desk makes it: stored, ingested at once, shared. */
    static void upload(SharedIndex index, S3DocumentStore store, String name, String text) {
        index.edit(() -> {
            try {
                SourceFile file = store.put(name, text.getBytes(StandardCharsets.UTF_8), Map.of("title", name));
                return index.current().ingestFile(store.id(), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Optional<Hit> answer(SharedIndex index, String question) {
        return index.current().search(question, BM25).stream().filter(h -> h.source().endsWith(".md")
                && h.text().contains("首小时")).findFirst();
    }

    static String feeFor(SharedIndex index) {
        return answer(index, "占道停车泊位首小时收费多少").map(Hit::text).orElse("");
    }

    @Test
    void should_answer_an_upload_through_one_instance_from_another_after_its_refresh_and_forget_a_removal() throws IOException {
        SharedIndex a = instance("a", shipped);
        SharedIndex b = instance("b", shipped);
        int sample = b.current().documents().size();
        assertThat(sample).isPositive();
        assertThat(a.version()).isEqualTo(b.version()).isPresent(); // the first published, the second took it
        S3DocumentStore store = store();

        upload(a, store, "停车收费办法.md", rule("五元"));
        assertThat(feeFor(a)).contains("五元");
        assertThat(feeFor(b)).doesNotContain("五元"); // not yet looked at the pointer
        clock.advance(REFRESH.minusSeconds(1));
        assertThat(feeFor(b)).doesNotContain("五元");
        clock.advance(Duration.ofSeconds(1));
        assertThat(feeFor(b)).contains("五元");
        assertThat(b.version()).isEqualTo(a.version());
        assertThat(b.current().documents()).hasSize(sample + 1);

        // removed through the other instance
        b.edit(() -> {
            try {
                store.remove("停车收费办法.md");
                return b.current().remove(cn.gongkai.knowledge.IndexedDocument.idOf(store.id(), "停车收费办法.md"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(feeFor(b)).doesNotContain("五元");
        clock.advance(REFRESH);
        assertThat(feeFor(a)).doesNotContain("五元");
        assertThat(a.current().documents()).hasSize(sample);
        assertThat(a.lastProblem()).isEmpty();
    }

    @Test
    void should_keep_both_of_two_uploads_made_at_once_on_two_instances() throws IOException {
        SharedIndex a = instance("a", shipped);
        SharedIndex b = instance("b", shipped);
        S3DocumentStore store = store();
        // neither has looked at the other's snapshot: the second publication must not lose the first upload
        upload(a, store, "停车收费办法.md", rule("五元"));
        upload(b, store, "查阅室开放时间.md", "# 查阅室开放时间\n\n第一条 政府信息公开查阅室工作日九时至十七时开放。\n");
        assertThat(b.current().search("查阅室几点开放", BM25).getFirst().text()).contains("九时至十七时");
        assertThat(feeFor(b)).contains("五元");
        clock.advance(REFRESH);
        assertThat(feeFor(a)).contains("五元");
        assertThat(a.current().search("查阅室几点开放", BM25).getFirst().text()).contains("九时至十七时");
        assertThat(a.version()).isEqualTo(b.version());
    }

    @Test
    void a_change_made_while_the_snapshots_are_out_of_reach_is_published_at_the_next_refresh() throws IOException {
        try (TcpRelay relay = new TcpRelay(server.endpoint());
             S3Client throughRelay = S3Location.builder(Optional.of(relay.endpoint())).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create(S3rver.ACCESS_KEY, S3rver.ACCESS_KEY))).build()) {
            // instance a reaches the snapshots through the relay, the documents directly
            SharedIndex a = SharedIndex.start(shipped, work.resolve("a"),
                    new IndexSnapshots(throughRelay, S3Location.parse(prefix() + "index")), store(), List.of(),
                    folder -> KnowledgeBase.open(folder, null), REFRESH, clock);
            started.add(a);
            SharedIndex b = instance("b", shipped);
            String before = b.version().orElseThrow();

            relay.cut();
            upload(a, store(), "停车收费办法.md", rule("五元"));
            assertThat(feeFor(a)).contains("五元"); // stored and indexed here
            assertThat(a.lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("snapshot not published"));
            assertThat(snapshots().latest().orElseThrow().version()).isEqualTo(before);
            clock.advance(REFRESH);
            assertThat(feeFor(b)).doesNotContain("五元"); // no new snapshot to take
            assertThat(a.current().documents()).hasSize(b.current().documents().size() + 1); // a's refresh fails too

            relay.restore();
            clock.advance(REFRESH);
            a.current(); // a's next refresh publishes what it could not
            String published = snapshots().latest().orElseThrow().version();
            assertThat(published).isNotEqualTo(before).isEqualTo(a.version().orElseThrow());
            clock.advance(REFRESH);
            assertThat(feeFor(b)).contains("五元");
            assertThat(b.version()).contains(published);
            clock.advance(REFRESH);
            a.current();
            assertThat(snapshots().latest().orElseThrow().version()).as("published once").isEqualTo(published);
        }
    }

    @Test
    void a_broken_or_partial_snapshot_leaves_the_reader_on_its_index() throws IOException {
        SharedIndex a = instance("a", shipped);
        SharedIndex b = instance("b", shipped);
        String before = b.version().orElseThrow();
        upload(a, store(), "停车收费办法.md", rule("五元"));
        IndexSnapshots.Pointer pointer = snapshots().latest().orElseThrow();
        IndexSnapshots.FileEntry biggest = pointer.files().stream()
                .max(java.util.Comparator.comparingLong(IndexSnapshots.FileEntry::size)).orElseThrow();
        String key = "office-" + System.identityHashCode(this) + "/index/" + pointer.version() + "/" + biggest.name();

        // a file cut short (an interrupted upload): refused, nothing left behind
        byte[] whole = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asByteArray();
        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromBytes(java.util.Arrays.copyOf(whole, whole.length / 2)));
        clock.advance(REFRESH);
        assertThat(b.refreshNow()).isFalse();
        assertThat(b.version()).contains(before);
        assertThat(b.lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("SHA-256"));
        assertThat(feeFor(b)).doesNotContain("五元");
        assertThat(b.current().documents()).isNotEmpty();
        try (var list = Files.list(work.resolve("b"))) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(pointer.version()));
        }

        // a file missing
        s3.deleteObject(r -> r.bucket(BUCKET).key(key));
        assertThat(b.refreshNow()).isFalse();
        assertThat(b.version()).contains(before);

        // a pointer that is not one
        String pointerKey = "office-" + System.identityHashCode(this) + "/index/CURRENT";
        s3.putObject(r -> r.bucket(BUCKET).key(pointerKey), RequestBody.fromString("<html>", StandardCharsets.UTF_8));
        assertThat(b.refreshNow()).isFalse();
        assertThat(feeFor(b)).doesNotContain("五元");

        // the next good publication is taken
        upload(a, store(), "停车收费办法.md", rule("八元"));
        assertThat(b.refreshNow()).isTrue();
        assertThat(feeFor(b)).contains("八元");
    }

    @Test
    void a_cold_start_in_an_empty_folder_has_every_upload_and_a_new_shipped_index_starts_over_with_them() throws IOException {
        SharedIndex a = instance("a", shipped);
        S3DocumentStore store = store();
        upload(a, store, "停车收费办法.md", rule("五元"));
        String published = a.version().orElseThrow();

        long started = System.nanoTime();
        SharedIndex cold = instance("cold", shipped);
        long took = System.nanoTime() - started;
        assertThat(cold.version()).contains(published); // taken as it was: nothing to publish
        assertThat(feeFor(cold)).contains("五元");
        IndexSnapshots.Pointer pointer = snapshots().latest().orElseThrow();
        System.out.printf("cold start from the snapshot of the sample knowledge base + 1 upload (%d files, %.1f KB):"
                        + " %d ms (pointer, download, open, the store ingested)%n", pointer.files().size(),
                pointer.files().stream().mapToLong(IndexSnapshots.FileEntry::size).sum() / 1024.0, took / 1_000_000);

        // stored by an instance that stopped before it published: the store still brings it
        store.put("查阅室开放时间.md", "# 查阅室开放时间\n\n第一条 查阅室工作日九时至十七时开放。\n".getBytes(StandardCharsets.UTF_8),
                Map.of("title", "查阅室开放时间"));
        SharedIndex later = instance("later", shipped);
        assertThat(later.current().search("查阅室几点开放", BM25).getFirst().text()).contains("九时至十七时");
        assertThat(later.version()).isNotEqualTo(Optional.of(published)); // it had changed: published again

        // a deployment shipping another index: it starts from its own and ingests the uploads into it
        Path newer = temp.resolve("shipped-" + System.identityHashCode(this));
        try (KnowledgeBase kb = KnowledgeBase.open(newer, null)) {
            kb.ingest(KnowledgeBase.sample());
            kb.ingestFile("classpath:extra/", new SourceFile("新增指南.md",
                    () -> "# 新增指南\n\n第一条 依申请公开可以通过信函提出。\n".getBytes(StandardCharsets.UTF_8), Optional.empty()));
        }
        SharedIndex redeployed = instance("redeployed", newer);
        assertThat(redeployed.current().documents()).anyMatch(e -> e.document().source().equals("新增指南.md"));
        assertThat(feeFor(redeployed)).contains("五元");
        assertThat(snapshots().latest().orElseThrow().seed()).isEqualTo(IndexSnapshots.identity(newer));
    }

    @Test
    void measure_the_snapshot_download_and_open_of_the_sample_knowledge_base() throws IOException {
        instance("a", shipped);
        IndexSnapshots snapshots = snapshots();
        IndexSnapshots.Pointer pointer = snapshots.latest().orElseThrow();
        long[] download = new long[5];
        long[] open = new long[5];
        for (int i = 0; i < download.length; i++) {
            Path into = work.resolve("measure-" + i);
            long t0 = System.nanoTime();
            snapshots.download(pointer, into);
            long t1 = System.nanoTime();
            try (KnowledgeBase kb = KnowledgeBase.open(into, null)) {
                assertThat(kb.documents()).hasSize(3);
            }
            long t2 = System.nanoTime();
            download[i] = (t1 - t0) / 1_000_000;
            open[i] = (t2 - t1) / 1_000_000;
        }
        System.out.printf("sample knowledge base snapshot (%d files, %.1f KB) against s3rver: download %s ms, open %s ms%n",
                pointer.files().size(), pointer.files().stream().mapToLong(IndexSnapshots.FileEntry::size).sum() / 1024.0,
                java.util.Arrays.toString(download), java.util.Arrays.toString(open));
    }
}
