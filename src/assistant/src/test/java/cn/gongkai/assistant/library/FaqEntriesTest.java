package cn.gongkai.assistant.library;

import cn.gongkai.assistant.Answer;
import cn.gongkai.assistant.Assistant;
import cn.gongkai.assistant.AssistantSettings;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.cloud.SharedIndex;
import cn.gongkai.knowledge.ingest.FolderStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's FAQ entries, each its own document in the store: entries saved at the same moment by two instances
 * (two desks, each with its own index, on one store) are all kept; the one old document of all entries is read and
 * split at the first change; a changed question leaves no old document behind.
 */
class FaqEntriesTest {
    @TempDir
    Path temp;
    final List<KnowledgeBase> opened = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (KnowledgeBase kb : opened) {
            kb.close();
        }
    }

    KnowledgeDesk desk(FolderStore store, String name) throws IOException {
        KnowledgeBase kb = KnowledgeBase.open(Files.createDirectories(temp.resolve("index-" + name)), null);
        opened.add(kb);
        StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());
        KnowledgeDesk desk = new KnowledgeDesk();
        desk.assistant = new Assistant(kb, AssistantSettings.defaults(), Clock.systemUTC(), () -> clock, null, null);
        desk.store = store;
        desk.shared = SharedIndex.local(kb);
        desk.agency = "demo";
        return desk;
    }

    @Test
    void entries_saved_at_once_on_two_instances_are_all_kept() throws Exception {
        FolderStore store = new FolderStore(temp.resolve("documents"));
        KnowledgeDesk a = desk(store, "a");
        KnowledgeDesk b = desk(store, "b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Void>> saving = new ArrayList<>();
            for (KnowledgeDesk desk : List.of(a, b)) {
                String who = desk == a ? "甲" : "乙";
                saving.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    for (int i = 1; i <= 10; i++) {
                        desk.saveFaq(null, who + "窗口第" + i + "个问题怎么办理？", who + "窗口第" + i + "个问题的答复。", null);
                    }
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(saving.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        KnowledgeDesk fresh = desk(store, "c");
        assertThat(fresh.faq()).hasSize(20);
        assertThat(a.faq()).extracting(KnowledgeDesk.FaqEntry::question).contains("乙窗口第7个问题怎么办理？");
        // each instance indexed what it saved; the entries are not among the documents
        assertThat(a.documents()).isEmpty();
    }

    @Test
    void the_old_single_document_is_read_and_split_into_entries_at_the_first_change() throws Exception {
        FolderStore store = new FolderStore(temp.resolve("documents"));
        String old = "# 本机关政府信息公开常见问题\n\n## 查阅室在哪里？\n\n办公楼一楼东侧。\n\n## 申请要收费吗？\n\n一般不收费。\n\n";
        store.put(FaqFile.LEGACY_PATH, old.getBytes(StandardCharsets.UTF_8), Map.of("title", FaqFile.TITLE, "kind", "常见问题"));
        KnowledgeDesk desk = desk(store, "a");
        desk.assistant.knowledgeBase().ingest(store);
        assertThat(desk.faq()).extracting(KnowledgeDesk.FaqEntry::question).containsExactly("查阅室在哪里？", "申请要收费吗？");

        KnowledgeDesk.FaqEntry fee = desk.faq().get(1);
        desk.saveFaq(fee.id(), "申请要收费吗？", "一般不收费；超出数量或频次的，按规定收取信息处理费。", fee.revision());
        assertThat(store.file(FaqFile.LEGACY_PATH)).isEmpty();
        assertThat(desk.faq()).extracting(KnowledgeDesk.FaqEntry::answer)
                .containsExactly("办公楼一楼东侧。", "一般不收费；超出数量或频次的，按规定收取信息处理费。");
        Answer room = desk.assistant.ask("查阅室在哪里？", null);
        assertThat(room.kind()).isEqualTo("FAQ");
        assertThat(room.answer()).contains("一楼东侧");
        assertThat(desk.assistant.knowledgeBase().documents()).hasSize(2); // the old document's chunks are gone
    }

    @Test
    void a_changed_question_replaces_its_entry_and_an_unknown_id_is_refused() throws Exception {
        FolderStore store = new FolderStore(temp.resolve("documents"));
        KnowledgeDesk desk = desk(store, "a");
        KnowledgeDesk.FaqEntry first = desk.saveFaq(null, "查阅室几点开门？", "工作日九时开门。", null);
        KnowledgeDesk.FaqEntry renamed = desk.saveFaq(first.id(), "查阅室几点开放？", "工作日九时至十七时开放。", first.revision());
        assertThat(renamed.id()).isNotEqualTo(first.id());
        assertThat(desk.faq()).extracting(KnowledgeDesk.FaqEntry::id).containsExactly(renamed.id());
        assertThat(store.file(FaqFile.pathOf(first.id()))).isEmpty();
        assertThat(desk.assistant.knowledgeBase().documents()).hasSize(1);
        assertThatThrownBy(() -> desk.saveFaq(first.id(), "查阅室几点开放？", "又改了。", first.revision()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FAQ_ENTRY_NOT_FOUND));
        desk.removeFaq(renamed.id(), renamed.revision());
        assertThat(desk.faq()).isEmpty();
        assertThat(desk.assistant.knowledgeBase().documents()).isEmpty();
        assertThatThrownBy(() -> desk.removeFaq(renamed.id(), renamed.revision())).isInstanceOf(DomainException.class);
    }

    @Test
    void an_edit_made_on_an_entry_another_desk_changed_meanwhile_is_refused_and_nothing_is_written() throws Exception {
        FolderStore store = new FolderStore(temp.resolve("documents"));
        KnowledgeDesk a = desk(store, "a");
        KnowledgeDesk b = desk(store, "b");
        KnowledgeDesk.FaqEntry shown = a.saveFaq(null, "查阅室几点开门？", "工作日九时开门。", null);
        // desk b shows the same entry, edits it and saves first
        KnowledgeDesk.FaqEntry seenByB = b.faq().getFirst();
        assertThat(seenByB.revision()).isEqualTo(shown.revision());
        KnowledgeDesk.FaqEntry byB = b.saveFaq(seenByB.id(), seenByB.question(), "工作日八时半开门。", seenByB.revision());
        // desk a, still showing the old answer, saves or removes: refused, b's answer stays
        assertThatThrownBy(() -> a.saveFaq(shown.id(), shown.question(), "工作日十时开门。", shown.revision()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FAQ_ENTRY_CHANGED);
                    assertThat(e.getMessage()).contains("已被他人修改");
                });
        assertThatThrownBy(() -> a.removeFaq(shown.id(), shown.revision()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FAQ_ENTRY_CHANGED));
        assertThatThrownBy(() -> a.saveFaq(shown.id(), shown.question(), "工作日十时开门。", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED));
        // a new entry with b's question would overwrite it: refused too
        assertThatThrownBy(() -> a.saveFaq(null, "查阅室几点开门？", "九时。", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FAQ_ENTRY_EXISTS));
        // and so is renaming another entry to it
        KnowledgeDesk.FaqEntry other = a.saveFaq(null, "查阅室在哪里？", "一楼东侧。", null);
        assertThatThrownBy(() -> a.saveFaq(other.id(), "查阅室几点开门？", "一楼东侧。", other.revision()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FAQ_ENTRY_EXISTS));
        assertThat(desk(store, "c").faq()).extracting(KnowledgeDesk.FaqEntry::answer).containsExactlyInAnyOrder("工作日八时半开门。", "一楼东侧。");
        // with the entry as it is now, a's edit goes through
        KnowledgeDesk.FaqEntry now = a.faq().stream().filter(e -> e.id().equals(byB.id())).findFirst().orElseThrow();
        assertThat(now.revision()).isEqualTo(byB.revision());
        assertThat(a.saveFaq(now.id(), now.question(), "工作日九时开门。", now.revision()).answer()).isEqualTo("工作日九时开门。");
    }
}
