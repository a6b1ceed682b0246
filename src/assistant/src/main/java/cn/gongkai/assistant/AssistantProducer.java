package cn.gongkai.assistant;

import cn.gongkai.assistant.llm.ModelWriter;
import cn.gongkai.knowledge.BgeEmbedder;
import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.cloud.IndexSnapshots;
import cn.gongkai.knowledge.cloud.SharedIndex;
import cn.gongkai.knowledge.ingest.DocumentSource;
import cn.gongkai.knowledge.ingest.DocumentStore;
import cn.gongkai.knowledge.ingest.FolderStore;
import cn.gongkai.knowledge.ingest.S3DocumentStore;
import cn.gongkai.persistence.calendar.CalendarService;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

    private BgeEmbedder embedder;
    private IndexSnapshots snapshots;

    /** The uploaded documents' store: a local folder, or an S3 prefix ({@code s3://bucket/prefix}) deployed. */
    @Produces
    @Singleton
    @DefaultBean
    DocumentStore documentStore() {
        String location = config.documents()
                .orElse(config.index().toAbsolutePath().resolveSibling("documents").toString());
        if (location.startsWith(DocumentSource.S3_SCHEME)) {
            return S3DocumentStore.of(location, config.s3Endpoint());
        }
        try {
            return new FolderStore(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the document store at " + location, e);
        }
    }

    void closeStore(@Disposes DocumentStore documents) throws Exception {
        if (documents instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /**
     * The index the assistant answers from. Locally the index folder, changed in place; with
     * {@code gongkai.assistant.snapshots}, this instance's copy of the shared index (see {@link SharedIndex}).
     */
    @Produces
    @Singleton
    @DefaultBean
    SharedIndex sharedIndex() {
        embedder = config.embeddings() ? new BgeEmbedder() : null;
        List<DocumentSource> sources = config.sources().orElse(List.of()).stream().map(DocumentSource::at).toList();
        DocumentStore documents = store.get();
        if (config.snapshots().isPresent()) {
            snapshots = IndexSnapshots.of(config.snapshots().get(), config.s3Endpoint());
            Path workDir = config.workDir().orElse(Path.of(System.getProperty("java.io.tmpdir"), "gongkai-knowledge"));
            try {
                SharedIndex shared = SharedIndex.start(config.index(), workDir, snapshots, documents, sources,
                        folder -> KnowledgeBase.open(folder, embedder), config.refresh(), Clock.systemUTC());
                LOG.infof("knowledge base: %d documents, snapshot %s of %s", shared.current().documents().size(),
                        shared.version().orElse("not published"), snapshots.location());
                return shared;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the knowledge base in " + workDir, e);
            }
        }
        KnowledgeBase kb = open(config.index(), embedder);
        for (DocumentSource source : sources) {
            try {
                IngestReport report = kb.ingest(source);
                LOG.infof("knowledge base: %s", report.summary());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot ingest " + source.id(), e);
            }
        }
        try {
            IngestReport report = kb.ingest(documents); // what the office uploaded: again after an index rebuild
            if (report.added() + report.updated() + report.removed() > 0 || !report.failures().isEmpty()) {
                LOG.infof("knowledge base, uploaded documents: %s", report.summary());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("knowledge base: the uploaded documents were not ingested (%s)", e.getMessage());
        }
        return SharedIndex.local(kb);
    }

    void closeIndex(@Disposes SharedIndex shared) throws IOException {
        shared.close();
        if (snapshots != null) {
            snapshots.close();
        }
        if (embedder != null) {
            embedder.close();
        }
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    Assistant assistant(SharedIndex shared) {
        String llm = config.llm().strip().toLowerCase(Locale.ROOT);
        if (!llm.equals("none") && !llm.equals("openai") && !llm.equals("ollama")) {
            throw new IllegalStateException("gongkai.assistant.llm must be none, openai or ollama, not " + llm);
        }
        StatutoryClock builtIn = new StatutoryClock(WorkingDayCalendar.builtIn());
        AssistantSettings settings = AssistantSettings.defaults().withThreshold(config.threshold())
                .withOfficePhone(config.officePhone().orElse(null));
        if (!config.embeddings()) {
            settings = new AssistantSettings(settings.threshold(), settings.faqThreshold(), settings.maxArticles(),
                    settings.officePhone(), SearchMode.BM25);
        }
        return new Assistant(shared::current, settings, clock, () -> national(builtIn), progress,
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

    static KnowledgeBase open(Path index, BgeEmbedder embedder) {
        try {
            return KnowledgeBase.open(index, embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge base at " + index, e);
        }
    }
}
