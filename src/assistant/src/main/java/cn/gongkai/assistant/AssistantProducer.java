package cn.gongkai.assistant;

import cn.gongkai.assistant.llm.ModelWriter;
import cn.gongkai.knowledge.BgeEmbedder;
import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.ingest.DocumentStore;
import cn.gongkai.knowledge.ingest.FolderSource;
import cn.gongkai.knowledge.ingest.FolderStore;
import cn.gongkai.persistence.calendar.CalendarService;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** The assistant as the deployable configures it: its index, the sources ingested at start, the model if any. */
@ApplicationScoped
public class AssistantProducer {
    private static final Logger LOG = Logger.getLogger(AssistantProducer.class);

    @Inject
    AssistantConfig config;
    @Inject
    Clock clock;
    @Inject
    Instance<CalendarService> calendars;
    @Inject
    Instance<ModelWriter> model;
    @Inject
    DeskProgressLookup progress;
    @Inject
    Instance<DocumentStore> store;

    /** The uploaded documents' store: a local folder (deployed: replaced by an S3-backed bean). */
    @Produces
    @ApplicationScoped
    @DefaultBean
    DocumentStore documentStore() {
        Path folder = config.documents().orElse(config.index().toAbsolutePath().resolveSibling("documents"));
        try {
            return new FolderStore(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the document store at " + folder, e);
        }
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    Assistant assistant() {
        String llm = config.llm().strip().toLowerCase(Locale.ROOT);
        if (!llm.equals("none") && !llm.equals("openai") && !llm.equals("ollama")) {
            throw new IllegalStateException("gongkai.assistant.llm must be none, openai or ollama, not " + llm);
        }
        KnowledgeBase kb = open(config.index(), config.embeddings());
        for (Path source : config.sources().orElse(java.util.List.of())) {
            try {
                IngestReport report = kb.ingest(new FolderSource(source));
                LOG.infof("knowledge base: %s", report.summary());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot ingest " + source, e);
            }
        }
        try {
            IngestReport report = kb.ingest(store.get()); // what the office uploaded: again after an index rebuild
            if (report.added() + report.updated() + report.removed() > 0 || !report.failures().isEmpty()) {
                LOG.infof("knowledge base, uploaded documents: %s", report.summary());
            }
        } catch (IOException | RuntimeException e) {
            // a read-only index (a Lambda's, shipped with the function) answers without them
            LOG.warnf("knowledge base: the uploaded documents were not ingested (%s)", e.getMessage());
        }
        StatutoryClock builtIn = new StatutoryClock(WorkingDayCalendar.builtIn());
        AssistantSettings settings = AssistantSettings.defaults().withThreshold(config.threshold())
                .withOfficePhone(config.officePhone().orElse(null));
        if (!config.embeddings()) {
            settings = new AssistantSettings(settings.threshold(), settings.faqThreshold(), settings.maxArticles(),
                    settings.officePhone(), SearchMode.BM25);
        }
        return new Assistant(kb, settings, clock, () -> national(builtIn), progress,
                llm.equals("none") ? null : model.get());
    }

    /** The calendar with the arrangements stored since the release, where a database is at hand. */
    private StatutoryClock national(StatutoryClock builtIn) {
        if (calendars.isResolvable()) {
            try {
                return new StatutoryClock(calendars.get().national());
            } catch (RuntimeException e) {
                LOG.debugf("no stored calendar (%s): the built-in one", e.getMessage());
            }
        }
        return builtIn;
    }

    static KnowledgeBase open(Path index, boolean embeddings) {
        try {
            return KnowledgeBase.open(index, embeddings ? new BgeEmbedder() : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge base at " + index, e);
        }
    }

    void close(@Disposes Assistant assistant) throws IOException {
        assistant.knowledgeBase().close();
    }
}
