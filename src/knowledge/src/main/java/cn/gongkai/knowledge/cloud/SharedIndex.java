package cn.gongkai.knowledge.cloud;

import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.ingest.DocumentSource;
import cn.gongkai.knowledge.ingest.DocumentStore;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The knowledge base of one instance of a function that shares its uploads with every other instance (deployed: the
 * assistant's Lambdas). The uploaded documents' {@link DocumentStore} (S3) is the truth; the index is derived from it
 * and kept where a Lambda may write ({@code /tmp}), and shared through {@link IndexSnapshots}:
 * <ul>
 * <li>at start, the latest snapshot is downloaded (else the shipped index copied), the configured sources and the
 * store ingested (unchanged files cost a fingerprint), and a snapshot published if that changed anything;</li>
 * <li>after a change ({@link #edit}), the store is ingested again (so what other instances stored meanwhile is not
 * lost) and a snapshot published;</li>
 * <li>{@link #current()} looks at the pointer at most every {@code refresh}, and when another instance published,
 * downloads that snapshot, ingests the store into it and answers from it; a failed download leaves it on its index;
 * a publication that failed (the bucket out of reach) is tried again there, so a change reaches the others once the
 * bucket can be written again.</li>
 * </ul>
 * Without snapshots ({@link #local}) it is the one local index, changed in place.
 */
public final class SharedIndex implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SharedIndex.class.getName());

    /** Opens an index in a folder (with the deployment's embedder, if any). */
    @FunctionalInterface
    public interface Opener {
        KnowledgeBase open(Path folder) throws IOException;
    }

    private final IndexSnapshots snapshots;
    private final DocumentStore store;
    private final Opener opener;
    private final Path workDir;
    private final String seed;
    private final Duration refresh;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile KnowledgeBase current;
    private Path currentFolder;
    private volatile String version;
    private volatile Instant lastCheck;
    private KnowledgeBase retired;
    private Path retiredFolder;
    private volatile String lastProblem;
    /** A publication failed: this index holds what the latest snapshot may lack, published at the next refresh. */
    private volatile boolean unpublished;

    private SharedIndex(KnowledgeBase kb, IndexSnapshots snapshots, DocumentStore store, Opener opener, Path workDir,
                        String seed, Duration refresh, Clock clock) {
        this.current = kb;
        this.snapshots = snapshots;
        this.store = store;
        this.opener = opener;
        this.workDir = workDir;
        this.seed = seed;
        this.refresh = refresh;
        this.clock = clock;
        this.lastCheck = clock.instant();
    }

    /** One local index, changed in place and shared with no one. */
    public static SharedIndex local(KnowledgeBase kb) {
        return new SharedIndex(kb, null, null, null, null, "", Duration.ZERO, Clock.systemUTC());
    }

    /**
     * Starts an instance's index in {@code workDir} (its own folder, e.g. under /tmp): from the latest snapshot, unless
     * there is none or it grew from another shipped index than {@code shippedIndex} (a new deployment), then from a
     * copy of {@code shippedIndex} (when it holds an index; else empty). Then {@code sources} and the store are
     * ingested, and a snapshot published if anything changed or none was there to start from.
     */
    public static SharedIndex start(Path shippedIndex, Path workDir, IndexSnapshots snapshots, DocumentStore store,
                                    List<DocumentSource> sources, Opener opener, Duration refresh, Clock clock)
            throws IOException {
        Files.createDirectories(workDir);
        boolean shipped = hasIndex(shippedIndex);
        String seed = shipped ? IndexSnapshots.identity(shippedIndex) : "none";
        Path folder = null;
        String version = null;
        KnowledgeBase kb = null;
        try {
            Optional<IndexSnapshots.Pointer> latest = snapshots.latest();
            if (latest.isPresent() && latest.get().seed().equals(seed)) {
                folder = workDir.resolve(latest.get().version());
                if (!hasIndex(folder)) {
                    IndexSnapshots.deleteTree(folder);
                    snapshots.download(latest.get(), folder);
                }
                kb = opener.open(folder);
                version = latest.get().version();
            } else if (latest.isPresent()) {
                LOG.log(System.Logger.Level.INFO, "knowledge base: the latest snapshot " + latest.get().version()
                        + " grew from another shipped index; starting from this deployment's");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "knowledge base: no snapshot taken (" + e.getMessage()
                    + "); starting from the shipped index");
            if (folder != null) {
                IndexSnapshots.deleteTree(folder);
            }
        }
        if (kb == null) {
            folder = workDir.resolve("start-" + UUID.randomUUID());
            Files.createDirectories(folder);
            if (shipped) {
                for (String name : IndexSnapshots.commitFiles(shippedIndex)) {
                    Files.copy(shippedIndex.resolve(name), folder.resolve(name));
                }
            }
            kb = opener.open(folder);
        }
        SharedIndex shared = new SharedIndex(kb, snapshots, store, opener, workDir, seed, refresh, clock);
        shared.currentFolder = folder;
        shared.version = version;
        boolean changed = false;
        for (DocumentSource source : sources) {
            changed |= shared.log(kb.ingest(source));
        }
        try {
            changed |= shared.log(kb.ingest(store));
        } catch (IOException | RuntimeException e) {
            shared.problem("the uploaded documents were not ingested", e);
        }
        if (changed || version == null) {
            shared.publish();
        }
        return shared;
    }

    private static boolean hasIndex(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    /** Whether the ingestion changed the index; logged when it did. */
    private boolean log(IngestReport report) {
        boolean changed = report.added() + report.updated() + report.removed() > 0;
        if (changed || !report.failures().isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "knowledge base: " + report.summary());
        }
        return changed;
    }

    private void problem(String what, Exception e) {
        lastProblem = what + ": " + e.getMessage();
        LOG.log(System.Logger.Level.WARNING, "knowledge base: " + lastProblem);
    }

    /** The index to answer from now: another instance's newer snapshot once its pointer was seen. */
    public KnowledgeBase current() {
        if (snapshots != null && !lock.isHeldByCurrentThread()
                && !clock.instant().isBefore(lastCheck.plus(refresh)) && lock.tryLock()) {
            try {
                refreshNow();
            } finally {
                lock.unlock();
            }
        }
        return current;
    }

    /** The version of the snapshot this index is (or was last published as); empty locally or before any. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** What went wrong last (a failed download, an unreachable bucket), if anything. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /**
     * Looks at the pointer now; when it names another version, downloads it, ingests the store into it and answers
     * from it. True when the index moved; on any failure the instance stays on its index.
     */
    public boolean refreshNow() {
        if (snapshots == null) {
            return false;
        }
        lock.lock();
        try {
            lastCheck = clock.instant();
            Optional<IndexSnapshots.Pointer> latest = snapshots.latest();
            if (latest.isEmpty() || latest.get().version().equals(version)) {
                if (unpublished) {
                    publish(); // a change made here while the bucket could not be written reaches the others now
                }
                return false;
            }
            Path folder = workDir.resolve(latest.get().version());
            IndexSnapshots.deleteTree(folder);
            KnowledgeBase next;
            try {
                snapshots.download(latest.get(), folder);
                next = opener.open(folder);
            } catch (IOException | RuntimeException e) {
                IndexSnapshots.deleteTree(folder);
                throw e;
            }
            boolean changed = false;
            try {
                changed = log(next.ingest(store));
            } catch (IOException | RuntimeException e) {
                problem("the uploaded documents were not ingested into snapshot " + latest.get().version(), e);
            }
            swap(next, folder);
            version = latest.get().version();
            if (changed) {
                publish(); // it lacked what this instance knows from the store: the next reader need not redo it
            }
            return true;
        } catch (IOException | RuntimeException e) {
            problem("snapshot not taken, still on " + (version == null ? "the index from start" : version), e);
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void swap(KnowledgeBase next, Path folder) throws IOException {
        // searches still running on the replaced index finish on it; it is closed at the swap after
        if (retired != null) {
            retired.close();
            IndexSnapshots.deleteTree(retiredFolder);
        }
        retired = current;
        retiredFolder = currentFolder;
        current = next;
        currentFolder = folder;
    }

    /**
     * Runs a change of the uploaded documents and of the index (an upload, a removal), one at a time, on the freshest
     * index; then, deployed, ingests the store (what other instances stored meanwhile) and publishes a snapshot. A
     * failed publication leaves the change stored and indexed here, and is tried again at this instance's next
     * refresh (or made by whichever instance ingests the store next).
     */
    public <T> T edit(Supplier<T> change) {
        if (snapshots == null) {
            return change.get();
        }
        lock.lock();
        try {
            if (!clock.instant().isBefore(lastCheck.plus(refresh))) {
                refreshNow();
            }
            T result = change.get();
            try {
                log(current.ingest(store));
                publish();
            } catch (IOException | RuntimeException e) {
                problem("the change was not shared", e);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private void publish() {
        try {
            version = snapshots.publish(currentFolder, seed).version();
            lastCheck = clock.instant();
            unpublished = false;
        } catch (IOException | RuntimeException e) {
            unpublished = true;
            problem("snapshot not published (tried again at the next refresh)", e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (retired != null) {
                retired.close();
                retired = null;
            }
            current.close();
        } finally {
            lock.unlock();
        }
    }
}
