package cn.gongkai.assistant;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.ingest.FolderSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The test knowledge base (our own fixture documents under test resources kb/), ingested into a temporary index. */
final class FixtureKnowledgeBase {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 1).atTime(10, 0).atZone(BEIJING).toInstant(), BEIJING);

    private FixtureKnowledgeBase() {
    }

    static Path folder() {
        try {
            return Path.of(FixtureKnowledgeBase.class.getResource("/kb").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static KnowledgeBase open() throws IOException {
        KnowledgeBase kb = KnowledgeBase.open(Files.createTempDirectory("assistant-kb"), null);
        var report = kb.ingest(new FolderSource(folder()));
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException(report.failures().toString());
        }
        return kb;
    }

    static Assistant offline(KnowledgeBase kb, ProgressLookup progress) {
        StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());
        return new Assistant(kb, AssistantSettings.defaults(), TODAY, () -> clock, progress, null);
    }
}
