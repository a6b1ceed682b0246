package cn.gongkai.knowledge;

import cn.gongkai.knowledge.ingest.ClasspathSource;
import cn.gongkai.knowledge.ingest.DocumentSource;
import cn.gongkai.knowledge.ingest.ExtractedText;
import cn.gongkai.knowledge.ingest.LawChunker;
import cn.gongkai.knowledge.ingest.MetadataReader;
import cn.gongkai.knowledge.ingest.SourceFile;
import cn.gongkai.knowledge.ingest.TextExtractor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The knowledge base: one Lucene index in a folder on disk holding every chunk (BM25 fields analysed by smartcn,
 * and a dense vector when an {@link Embedder} is given) and one record per document (metadata, fingerprint).
 * Searches are thread-safe; ingestions run one at a time. Open it, {@link #ingest} sources, {@link #search}.
 */
public final class KnowledgeBase implements AutoCloseable {

    static final String F_TYPE = "type";
    static final String F_DOC = "doc";
    static final String F_ORIGIN = "origin";
    static final String F_SOURCE = "source";
    static final String F_UNIT = "unit";
    static final String F_LABEL = "label";
    static final String F_ARTICLE = "article";
    static final String F_PART = "part";
    static final String F_HEADINGS = "headings";
    static final String F_TEXT = "text";
    static final String F_BODY = "body";
    static final String F_TITLE = "title";
    static final String F_VECTOR = "vec";
    static final String F_FINGERPRINT = "fingerprint";
    static final String F_MODEL = "model";
    static final String F_PASSAGE_HASH = "passage";
    static final String T_CHUNK = "chunk";
    static final String T_DOCUMENT = "document";
    private static final String SEP = "\u001F";
    /** Raised when what the index stores changes: every document is then ingested again. */
    static final String SCHEMA = "5";

    private final Directory directory;
    private final Embedder embedder;
    private final Clock clock;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final RankingWeights weights;
    private final Reranker reranker;
    private final QueryExpansion expansion = QueryExpansion.standard();
    private final Object ingestLock = new Object();
    private volatile State state;

    private record State(DirectoryReader reader, IndexSearcher searcher, Catalog catalog, ArticleRouter router,
                         Units units, int chunks, boolean vectors) {
    }

    private KnowledgeBase(Path folder, Embedder embedder, Clock clock, RankingWeights weights, Reranker reranker)
            throws IOException {
        Files.createDirectories(folder);
        this.directory = FSDirectory.open(folder);
        this.embedder = embedder;
        this.clock = clock;
        this.weights = weights;
        this.reranker = reranker;
        if (!DirectoryReader.indexExists(directory)) {
            try (IndexWriter writer = writer()) {
                writer.commit(); // an empty index in a new folder; an existing one is opened read-only (a Lambda's)
            }
        }
        this.state = load();
    }

    /** Opens (or creates) the index in {@code folder}. Without an embedder, only BM25 is available. */
    public static KnowledgeBase open(Path folder, Embedder embedder) throws IOException {
        return new KnowledgeBase(folder, embedder, Clock.systemDefaultZone(), RankingWeights.DEFAULT, Reranker.standard());
    }

    public static KnowledgeBase open(Path folder, Embedder embedder, Clock clock, RankingWeights weights) throws IOException {
        return new KnowledgeBase(folder, embedder, clock, weights, Reranker.standard());
    }

    /** With {@code reranker} reordering hybrid searches' fused lists; null keeps the fusion's order. */
    public static KnowledgeBase open(Path folder, Embedder embedder, Clock clock, RankingWeights weights,
                                     Reranker reranker) throws IOException {
        return new KnowledgeBase(folder, embedder, clock, weights, reranker);
    }

    public Catalog catalog() {
        return state.catalog();
    }

    /** The everyday-word rules BM25 expands questions by (expansions.txt). */
    public QueryExpansion queryExpansion() {
        return expansion;
    }

    public int chunkCount() {
        return state.chunks();
    }

    public boolean hasVectors() {
        return state.vectors();
    }

    private IndexWriter writer() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(64);
        config.setCodec(DenseScores.codec());
        return new IndexWriter(directory, config);
    }

    private State load() throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        IndexSearcher searcher = new IndexSearcher(reader);
        List<IndexedDocument> documents = new ArrayList<>();
        boolean vectors = false;
        TopDocs top = searcher.search(new TermQuery(new Term(F_TYPE, T_DOCUMENT)), Math.max(1, reader.maxDoc()));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            documents.add(DocumentCodec.decode(d));
            vectors |= d.get(F_MODEL) != null && !d.get(F_MODEL).isEmpty();
        }
        int chunks = searcher.count(new TermQuery(new Term(F_TYPE, T_CHUNK)));
        Catalog catalog = new Catalog(documents, LocalDate.now(clock));
        return new State(reader, searcher, catalog, new ArticleRouter(catalog), Units.load(reader, SEP), chunks,
                vectors && embedder != null);
    }

    // ------------------------------------------------------------------ ingestion

    /** {@code traditional}: the file was written in traditional characters (its regional words are indexed too). */
    private record Prepared(SourceFile file, IndexedDocument document, List<Chunk> chunks, List<String> passages,
                            boolean traditional) {
    }

    /**
     * Brings the index in line with the source: new and changed files (content or sidecar) are (re)chunked and
     * replace their old chunks, unchanged ones are left alone, files gone from the source lose their chunks.
     */
    public IngestReport ingest(DocumentSource source) throws IOException {
        return ingest(source, IngestProgress.NONE);
    }

    /** As {@link #ingest(DocumentSource)}, telling {@code progress} how far it has come. */
    public IngestReport ingest(DocumentSource source, IngestProgress progress) throws IOException {
        return ingest(source, true, progress);
    }

    /**
     * Ingests one file of a source (an upload or a replacement) at once: its old chunks are replaced, the source's
     * other documents are left as they are.
     */
    public IngestReport ingestFile(String origin, SourceFile file) throws IOException {
        return ingest(listed(origin, List.of(file)), false, IngestProgress.NONE);
    }

    /** These files, as a source of that origin. */
    private static DocumentSource listed(String origin, List<SourceFile> files) {
        return new DocumentSource() {
            @Override
            public String id() {
                return origin;
            }

            @Override
            public List<SourceFile> files() {
                return files;
            }
        };
    }

    /**
     * The files of a source whose documents the index holds in an older version (another content or sidecar, or
     * chunked by an older schema), whatever model embedded them. A file whose document the index does not hold is
     * not among them, so a document taken out stays out.
     */
    public List<SourceFile> outdated(DocumentSource source) throws IOException {
        Map<String, IndexedDocument> held = new HashMap<>();
        state.catalog().entries().forEach(entry -> held.put(entry.id(), entry.document()));
        List<SourceFile> out = new ArrayList<>();
        for (SourceFile file : source.files()) {
            IndexedDocument old = held.get(IndexedDocument.idOf(source.id(), file.relativePath()));
            if (old != null && !sameSource(old, file)) {
                out.add(file);
            }
        }
        return out;
    }

    /**
     * Brings the documents the index holds of a source up to the source's version (a newer release's sample):
     * the {@link #outdated} files are ingested again; none is added and none removed.
     */
    public IngestReport refresh(DocumentSource source) throws IOException {
        return ingest(listed(source.id(), outdated(source)), false, IngestProgress.NONE);
    }

    /** Takes one document and its chunks out of the index; false when there was none with that id. */
    public boolean remove(String documentId) throws IOException {
        synchronized (ingestLock) {
            if (state.catalog().entry(documentId).isEmpty()) {
                return false;
            }
            try (IndexWriter writer = writer()) {
                writer.deleteDocuments(new Term(F_DOC, documentId));
                writer.commit();
            }
            State old = state;
            state = load();
            old.reader().close();
            return true;
        }
    }

    /** With {@code complete}, documents of the source that it no longer holds leave the index. */
    private IngestReport ingest(DocumentSource source, boolean complete, IngestProgress progress) throws IOException {
        synchronized (ingestLock) {
            long started = System.nanoTime();
            String origin = source.id();
            Map<String, IndexedDocument> existing = new HashMap<>();
            for (Catalog.Entry entry : state.catalog().entries()) {
                if (entry.document().origin().equals(origin)) {
                    existing.put(entry.id(), entry.document());
                }
            }
            String model = embedder == null ? "" : embedder.model();
            List<String> failures = new ArrayList<>();
            List<Prepared> prepared = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            int unchanged = 0;
            List<SourceFile> files = source.files();
            int read = 0;
            for (SourceFile file : files) {
                progress.advanced(IngestProgress.Stage.READ, read++, files.size());
                String id = IndexedDocument.idOf(origin, file.relativePath());
                seen.add(id);
                try {
                    String fingerprint = fingerprint(file, model);
                    IndexedDocument old = existing.get(id);
                    if (old != null && old.fingerprint().equals(fingerprint)) {
                        unchanged++;
                        continue;
                    }
                    Prepared p = prepare(origin, file, fingerprint);
                    if (p.chunks().isEmpty()) {
                        // a scanned PDF, an empty file: nothing a question could find; its older version, if any, stays
                        failures.add(file.relativePath() + ": " + NO_TEXT);
                        continue;
                    }
                    prepared.add(p);
                } catch (IOException | RuntimeException e) {
                    failures.add(file.relativePath() + ": " + e.getMessage());
                }
            }
            progress.advanced(IngestProgress.Stage.READ, files.size(), files.size());
            List<float[]> vectors = new ArrayList<>();
            int embedded = 0;
            if (embedder != null) {
                // a passage already in the index (same text, same model) keeps its vector: only new passages meet
                // the model, so a changed file, a moved one or a schema change that leaves the passages alone is fast
                Set<String> withVectors = state.catalog().entries().stream().map(Catalog.Entry::document)
                        .filter(d -> sameModel(d, model)).map(IndexedDocument::id).collect(Collectors.toSet());
                Map<String, float[]> reusable = reusableVectors(withVectors);
                List<String> passages = prepared.stream().flatMap(p -> p.passages().stream()).toList();
                List<String> missing = passages.stream().filter(p -> !reusable.containsKey(hash(p))).distinct().toList();
                List<float[]> fresh = embed(missing, progress);
                embedded = missing.size();
                for (int i = 0; i < missing.size(); i++) {
                    reusable.put(hash(missing.get(i)), fresh.get(i));
                }
                passages.forEach(p -> vectors.add(reusable.get(hash(p))));
            }
            int added = 0;
            int updated = 0;
            int removed = 0;
            int chunks = 0;
            try (IndexWriter writer = writer()) {
                int v = 0;
                int written = 0;
                for (Prepared p : prepared) {
                    progress.advanced(IngestProgress.Stage.WRITE, written++, prepared.size());
                    if (existing.containsKey(p.document().id())) {
                        updated++;
                    } else {
                        added++;
                    }
                    writer.deleteDocuments(new Term(F_DOC, p.document().id()));
                    List<Document> docs = new ArrayList<>();
                    docs.add(DocumentCodec.encode(p.document(), model));
                    for (int i = 0; i < p.chunks().size(); i++) {
                        docs.add(chunkDocument(p.document(), p.chunks().get(i), i, hash(p.passages().get(i)),
                                embedder == null ? null : vectors.get(v++), p.traditional()));
                    }
                    writer.addDocuments(docs);
                    chunks += p.chunks().size();
                }
                for (String id : existing.keySet()) {
                    if (complete && !seen.contains(id)) {
                        writer.deleteDocuments(new Term(F_DOC, id));
                        removed++;
                    }
                }
                writer.commit();
                progress.advanced(IngestProgress.Stage.WRITE, prepared.size(), prepared.size());
            }
            State old = state;
            state = load();
            old.reader().close();
            return new IngestReport(origin, added, updated, unchanged, removed, chunks, embedded, state.catalog().entries().size(),
                    state.chunks(), Duration.ofNanos(System.nanoTime() - started), failures);
        }
    }

    /** Passages through the model in batches, so that a long ingestion can tell how far it has come. */
    private List<float[]> embed(List<String> passages, IngestProgress progress) {
        List<float[]> out = new ArrayList<>(passages.size());
        progress.advanced(IngestProgress.Stage.EMBED, 0, passages.size());
        for (int from = 0; from < passages.size(); from += EMBED_BATCH) {
            out.addAll(embedder.embedPassages(passages.subList(from, Math.min(passages.size(), from + EMBED_BATCH))));
            progress.advanced(IngestProgress.Stage.EMBED, out.size(), passages.size());
        }
        return out;
    }

    private static final int EMBED_BATCH = 256;

    /** Why a file that holds no text is not ingested. */
    public static final String NO_TEXT = "没有可检索的文字（扫描件请先转为文字版，如经文字识别的PDF或Word文件）";

    private static final Pattern REPEAL = Pattern.compile("([^。；]{0,60}?)《([^》]+)》(?:[（(][^）)]*[）)])?(?:同时|即行|予以)?废止");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private Prepared prepare(String origin, SourceFile file, String fingerprint) throws IOException {
        TextExtractor extractor = TextExtractor.forFile(file.relativePath())
                .orElseThrow(() -> new IOException("unsupported format"));
        ExtractedText extracted = extractor.extract(file.bytes());
        ExtractedText text = simplified(extracted);
        boolean traditional = !text.lines().equals(extracted.lines());
        Map<String, String> sidecar = simplified(file.sidecarValues());
        String knownTitle = Optional.ofNullable(MetadataReader.canonical(sidecar).get("title"))
                .orElse(MetadataReader.canonical(text.declared()).get("title"));
        LawChunker.Parsed parsed = new LawChunker().chunk(text.lines(), knownTitle);
        DocumentMetadata metadata = new MetadataReader().read(file.relativePath(), sidecar, text.declared(), parsed);
        List<String> repeals = new ArrayList<>();
        for (Chunk chunk : parsed.chunks()) {
            Matcher m = REPEAL.matcher(chunk.text());
            while (m.find()) {
                Matcher years = YEAR.matcher(m.group(1));
                List<String> found = new ArrayList<>();
                while (years.find()) {
                    found.add(years.group(1));
                }
                repeals.add(m.group(2) + "|" + String.join(",", found));
            }
        }
        IndexedDocument document = new IndexedDocument(IndexedDocument.idOf(origin, file.relativePath()), origin,
                file.relativePath(), fingerprint, metadata, repeals, parsed.chunks().size());
        List<String> passages = parsed.chunks().stream().map(KnowledgeBase::passage).toList();
        return new Prepared(file, document, parsed.chunks(), passages, traditional);
    }

    /**
     * A document in traditional characters is indexed, searched and quoted in simplified ones (the questions are
     * simplified too), so its articles are found, cited as 第三条 and looked up like any other; the file is kept as
     * it was.
     */
    private static ExtractedText simplified(ExtractedText text) {
        return new ExtractedText(text.lines().stream().map(TraditionalChinese::charactersToSimplified).toList(),
                simplified(text.declared()));
    }

    private static Map<String, String> simplified(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, TraditionalChinese.charactersToSimplified(v)));
        return out;
    }

    /**
     * What the dense model reads for a chunk: its headings and its text without the article label. Not the document
     * title: the same on every article of a law, it made them look alike (dense hit@10 on the development questions
     * 0.689 with it, 0.739 without); BM25's title field still finds the law.
     */
    static String passage(Chunk chunk) {
        return String.join(" ", chunk.headings()) + "\n" + bodyOf(chunk);
    }

    private static String bodyOf(Chunk chunk) {
        String text = chunk.text();
        if (chunk.kind() == Chunk.Kind.ARTICLE && chunk.part() == 1 && text.startsWith(chunk.label())) {
            return text.substring(chunk.label().length()).strip();
        }
        return text;
    }

    /** A document's fingerprint: its file's (content and sidecar), the model that embedded it, the chunking schema. */
    private static String fingerprint(SourceFile file, String model) {
        return file.fingerprint() + "/" + model + "/" + SCHEMA;
    }

    private static boolean sameModel(IndexedDocument document, String model) {
        String[] parts = document.fingerprint().split("/");
        return parts.length == 3 && parts[1].equals(model);
    }

    /** Whether the document was made from this file as it is now, by this schema (whatever model embedded it). */
    private static boolean sameSource(IndexedDocument document, SourceFile file) {
        String[] parts = document.fingerprint().split("/");
        return parts.length == 3 && parts[0].equals(file.fingerprint()) && parts[2].equals(SCHEMA);
    }

    static String hash(String passage) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(passage.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vectors stored for the chunks of these documents, by passage hash. */
    private Map<String, float[]> reusableVectors(Set<String> documentIds) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        if (documentIds.isEmpty()) {
            return out;
        }
        for (LeafReaderContext leaf : state.reader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(F_VECTOR);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc, Set.of(F_DOC, F_PASSAGE_HASH));
                if (documentIds.contains(d.get(F_DOC)) && d.get(F_PASSAGE_HASH) != null) {
                    out.put(d.get(F_PASSAGE_HASH), values.vectorValue(it.index()).clone());
                }
            }
        }
        return out;
    }

    private static Document chunkDocument(IndexedDocument document, Chunk chunk, int index, String passageHash,
                                          float[] vector, boolean traditional) {
        Document d = new Document();
        d.add(new StoredField(F_PASSAGE_HASH, passageHash));
        d.add(new StringField(F_TYPE, T_CHUNK, Field.Store.NO));
        d.add(new StringField(F_DOC, document.id(), Field.Store.YES));
        String unit = document.id() + "#" + unitKey(chunk, index);
        d.add(new StringField(F_UNIT, unit, Field.Store.YES));
        d.add(new SortedDocValuesField(F_UNIT, new BytesRef(unit)));
        d.add(new StringField(F_LABEL, chunk.label(), Field.Store.YES));
        d.add(new StoredField(F_ARTICLE, chunk.article()));
        d.add(new StoredField(F_PART, chunk.part()));
        d.add(new StoredField(F_HEADINGS, String.join(SEP, chunk.headings())));
        d.add(new StoredField(F_TEXT, chunk.text()));
        String body = bodyOf(chunk);
        if (traditional) { // 资讯 is quoted as written and found as 信息 too
            List<String> mainland = TraditionalChinese.mainlandWords(body);
            body = mainland.isEmpty() ? body : body + "\n" + String.join(" ", mainland);
        }
        d.add(new TextField(F_BODY, body, Field.Store.NO));
        DocumentMetadata m = document.metadata();
        String titles = m.title() + " " + String.join(" ", m.aliases());
        d.add(new TextField(F_TITLE, titles, Field.Store.NO));
        d.add(new TextField(F_HEADINGS + "_t", String.join(" ", chunk.headings()), Field.Store.NO));
        if (vector != null) {
            d.add(new KnnFloatVectorField(F_VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return d;
    }

    /** Parts of one article share a unit; other chunks are units of their own (by position of their first part). */
    private static String unitKey(Chunk chunk, int index) {
        if (chunk.kind() == Chunk.Kind.ARTICLE) {
            return chunk.label();
        }
        return "s" + (index - (chunk.part() - 1));
    }

    // ------------------------------------------------------------------ search

    /** A question asking what a term means: the first this many articles are searched for the one defining it. */
    static final int DEFINITION_WINDOW = 30;

    /** The best articles for a question, best first; see {@link SearchOptions}. */
    public List<Hit> search(String question, SearchOptions options) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("empty question");
        }
        question = TraditionalChinese.toSimplified(question);
        State s = state;
        Question asked = new Question(question);
        try {
            boolean history = options.history() == SearchOptions.History.ALL
                    || options.history() == SearchOptions.History.AUTO
                    && QueryIntent.wantsPastTexts(question);
            List<String> allowed = allowed(s, history, options.kinds());
            if (options.mode() != SearchMode.BM25 && s.vectors() && !allowed.isEmpty()) {
                // the question's vector is made while the rest of the search goes on; not when nothing is searched
                // (a search of FAQ entries where there are none), which would leave a run going after the search
                asked.startEmbedding();
            }
            List<Hit> hits = new ArrayList<>();
            Set<String> units = new LinkedHashSet<>();
            Optional<ArticleRouter.Route> route = s.router().route(question, s.catalog());
            if (route.isPresent()) {
                Optional<Hit> exact = exact(s, route.get(), question);
                exact.ifPresent(hit -> {
                    hits.add(hit);
                    units.add(hit.documentId() + "#" + hit.label());
                });
            }
            if (!allowed.isEmpty()) {
                Query filter = filter(s, allowed);
                int depth = Math.max(weights.depth(), options.limit() * 5);
                List<Ranked> ranked = Definitions.definingFirst(question, rank(s, asked, options.mode(), filter, depth),
                        DEFINITION_WINDOW, r -> s.units().unit(r.unit()).map(Units.Unit::text).orElse(""));
                for (Ranked r : namedFirst(s, question, ranked)) {
                    if (hits.size() >= options.limit()) {
                        break;
                    }
                    if (units.add(r.unit())) {
                        hits.add(hitOf(s, r.unit(), r.score(), false));
                    }
                }
            }
            if (history && options.history() == SearchOptions.History.AUTO) {
                promotePast(s, hits, asked, options);
            }
            if (options.links()) {
                hits.replaceAll(hit -> withLinks(s, hit, asked, options.mode()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A question that names documents in title marks (基于《消费者权益保护法》的规定…) means them: their articles in the
     * list come first, in the list's order, the others after.
     */
    private static List<Ranked> namedFirst(State s, String question, List<Ranked> ranked) {
        Set<String> named = s.router().namedInTitleMarks(question, s.catalog());
        if (named.isEmpty()) {
            return ranked;
        }
        List<Ranked> first = new ArrayList<>();
        List<Ranked> rest = new ArrayList<>();
        for (Ranked r : ranked) {
            boolean in = s.units().unit(r.unit()).map(u -> named.contains(u.documentId())).orElse(false);
            (in ? first : rest).add(r);
        }
        first.addAll(rest);
        return first;
    }

    /** The documents a search may show: current ones unless it asks about history, of the kinds asked for. */
    private static List<String> allowed(State s, boolean history, Set<DocumentKind> kinds) {
        return s.catalog().entries().stream()
                .filter(e -> history || e.validity().current())
                .filter(e -> kinds.isEmpty() || kinds.contains(e.metadata().kind()))
                .map(Catalog.Entry::id).toList();
    }

    /** A filter to these documents; null when they are all of the index's. */
    private static Query filter(State s, List<String> allowed) {
        return allowed.size() == s.catalog().entries().size() ? null
                : new TermInSetQuery(F_DOC, allowed.stream().map(BytesRef::new).toList());
    }

    /** Asked about history: the best passage of an older or repealed text moves to second place (first when exact). */
    private void promotePast(State s, List<Hit> hits, Question asked, SearchOptions options) throws IOException {
        int place = Math.min(1, hits.size());
        for (int i = 0; i < hits.size(); i++) {
            if (!hits.get(i).validity().current()) {
                if (i > place) {
                    hits.add(place, hits.remove(i));
                }
                return;
            }
        }
        List<String> past = s.catalog().entries().stream().filter(e -> !e.validity().current())
                .filter(e -> options.kinds().isEmpty() || options.kinds().contains(e.metadata().kind()))
                .map(Catalog.Entry::id).toList();
        if (past.isEmpty()) {
            return;
        }
        List<Ranked> best = rank(s, asked, options.mode(), new TermInSetQuery(F_DOC, past.stream().map(BytesRef::new).toList()), 20);
        if (!best.isEmpty()) {
            hits.add(place, hitOf(s, best.getFirst().unit(), best.getFirst().score(), false));
            if (hits.size() > options.limit()) {
                hits.removeLast();
            }
        }
    }

    /** The named article of the named document: its current version unless the question names a version's year. */
    private Optional<Hit> exact(State s, ArticleRouter.Route route, String question) throws IOException {
        OptionalInt year = QueryIntent.versionYear(question);
        for (List<Catalog.Entry> versions : route.candidates()) {
            Catalog.Entry chosen = versions.getFirst();
            if (year.isPresent()) {
                for (Catalog.Entry entry : versions) {
                    DocumentMetadata m = entry.metadata();
                    if (m.publishedOn().map(d -> d.getYear() == year.getAsInt()).orElse(false)
                            || m.effectiveOn().map(d -> d.getYear() == year.getAsInt()).orElse(false)) {
                        chosen = entry;
                        break;
                    }
                }
            }
            String unit = chosen.id() + "#" + route.label();
            if (s.units().unit(unit).isPresent()) {
                return Optional.of(hitOf(s, unit, Double.POSITIVE_INFINITY, true));
            }
        }
        return Optional.empty();
    }

    record Ranked(String unit, double score) {
    }

    /** One search's question; its dense vector is computed once, beside the BM25 search, and reused for links. */
    private final class Question {
        final String text;
        private CompletableFuture<float[]> vector;

        Question(String text) {
            this.text = text;
        }

        void startEmbedding() {
            if (vector == null && embedder != null) {
                vector = CompletableFuture.supplyAsync(() -> embedder.embedQuery(text));
            }
        }

        float[] vector() {
            startEmbedding();
            return vector.join();
        }
    }

    private List<Ranked> rank(State s, Question question, SearchMode mode, Query filter, int depth) throws IOException {
        List<Fusion.Candidate> ranked = fuse(s, question, mode, filter, depth);
        if (mode == SearchMode.HYBRID && reranker != null && !reranker.keepsOrder() && ranked.size() > 1) {
            ranked = reorder(s, question.text, ranked, reranker);
        }
        return ranked.stream().map(c -> new Ranked(c.unit, c.fused)).toList();
    }

    /** The fusion of the BM25 and dense lists, best first. */
    private List<Fusion.Candidate> fuse(State s, Question question, SearchMode mode, Query filter, int depth) throws IOException {
        boolean useDense = s.vectors() && mode != SearchMode.BM25;
        if (mode == SearchMode.DENSE && !s.vectors()) {
            throw new IllegalStateException("this index has no dense vectors (ingested without the embedding model)");
        }
        if (useDense) {
            question.startEmbedding();
        }
        Fusion fusion = new Fusion();
        Map<Integer, Fusion.Candidate> lexical = new HashMap<>();
        if (mode != SearchMode.DENSE) {
            TopDocs top = s.searcher().search(bm25Query(question.text, filter), depth);
            List<String> units = unitsOf(s, top);
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i) == null) {
                    continue;
                }
                Fusion.Candidate c = fusion.candidate(units.get(i));
                c.bm25 = Math.max(c.bm25, top.scoreDocs[i].score);
                lexical.put(top.scoreDocs[i].doc, c);
            }
        }
        if (useDense) {
            float[] vector = question.vector();
            TopDocs top = DenseScores.nearest(s.searcher(), filter, vector, depth);
            List<String> units = unitsOf(s, top);
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i) == null) {
                    continue;
                }
                Fusion.Candidate c = fusion.candidate(units.get(i));
                double cosine = 2 * top.scoreDocs[i].score - 1; // DOT_PRODUCT scores (1 + cos) / 2
                c.dense = Double.isNaN(c.dense) ? cosine : Math.max(c.dense, cosine);
                lexical.remove(top.scoreDocs[i].doc);
            }
            // the articles only BM25 brought get their exact cosine too
            DenseScores.cosines(s.reader(), lexical.keySet(), vector).forEach((doc, cosine) -> {
                Fusion.Candidate c = lexical.get(doc);
                c.dense = Double.isNaN(c.dense) ? cosine : Math.max(c.dense, cosine);
            });
        }
        return fusion.ranked(weights, mode);
    }

    /** The fused list with its head in the reranker's order and scores (ties in the fusion's order), the rest after. */
    private static List<Fusion.Candidate> reorder(State s, String question, List<Fusion.Candidate> ranked, Reranker reranker) {
        List<RerankFeatures.Candidate> head = rerankCandidates(s, ranked, reranker.depth());
        double[] scores = reranker.scores(question, head, s.units().bigrams());
        List<Fusion.Candidate> out = new ArrayList<>(ranked.subList(0, head.size()));
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < head.size(); i++) {
            out.get(i).fused = scores[i];
            lowest = Math.min(lowest, scores[i]);
        }
        out.sort(Comparator.comparingDouble((Fusion.Candidate c) -> c.fused).reversed());
        for (Fusion.Candidate c : ranked.subList(head.size(), ranked.size())) {
            lowest = Math.nextDown(lowest);
            c.fused = lowest;
            out.add(c);
        }
        return out;
    }

    private static List<RerankFeatures.Candidate> rerankCandidates(State s, List<Fusion.Candidate> ranked, int depth) {
        List<RerankFeatures.Candidate> out = new ArrayList<>();
        for (Fusion.Candidate c : ranked.subList(0, Math.min(depth, ranked.size()))) {
            Units.Unit unit = s.units().unit(c.unit).orElseThrow();
            String title = s.catalog().entry(unit.documentId()).map(e -> e.metadata().title()).orElse("");
            out.add(new RerankFeatures.Candidate(c.unit, unit.documentId(), title, String.join(" ", unit.headings()),
                    unit.wording(), unit.article() == 0, c.bm25, c.dense, c.fused));
        }
        return out;
    }

    /**
     * For learning the reranker: the hybrid fused list's first {@code depth} articles for a question (current texts
     * unless it asks about history, as a search), in the fusion's order, with their features.
     */
    public List<Reranker.Row> rerankRows(String question, int depth) {
        State s = state;
        if (!s.vectors()) {
            throw new IllegalStateException("this index has no dense vectors (ingested without the embedding model)");
        }
        boolean history = QueryIntent.wantsPastTexts(question);
        Query filter = filter(s, allowed(s, history, Set.of()));
        try {
            List<Fusion.Candidate> ranked = fuse(s, new Question(question), SearchMode.HYBRID, filter, weights.depth());
            List<RerankFeatures.Candidate> candidates = rerankCandidates(s, ranked, depth);
            double[][] features = RerankFeatures.of(question, candidates, s.units().bigrams());
            List<Reranker.Row> rows = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Units.Unit unit = s.units().unit(candidates.get(i).unit()).orElseThrow();
                Catalog.Entry entry = s.catalog().entry(unit.documentId()).orElseThrow();
                rows.add(new Reranker.Row(entry.document().source(), entry.metadata().title(), unit.label(), features[i]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit of each hit, in order. */
    private static List<String> unitsOf(State s, TopDocs top) {
        List<String> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Units.Unit unit = s.units().ofDoc(sd.doc);
            out.add(unit == null ? null : unit.key());
        }
        return out;
    }

    Query bm25Query(String question, Query filter) {
        Map<String, Float> terms = new LinkedHashMap<>();
        for (String term : analyze(question)) {
            terms.merge(term, 1f, Float::sum);
        }
        for (String extra : expansion.expand(question)) {
            for (String term : analyze(extra)) {
                terms.putIfAbsent(term, weights.expansion());
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> term : terms.entrySet()) {
            float w = term.getValue();
            query.add(new BoostQuery(new TermQuery(new Term(F_BODY, term.getKey())), w), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(F_TITLE, term.getKey())), w * weights.title()), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(F_HEADINGS + "_t", term.getKey())), w * weights.headings()), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder outer = new BooleanQuery.Builder();
        outer.add(terms.isEmpty() ? new MatchAllDocsQuery() : query.build(), BooleanClause.Occur.MUST);
        outer.add(new TermQuery(new Term(F_TYPE, T_CHUNK)), BooleanClause.Occur.FILTER);
        if (filter != null) {
            outer.add(filter, BooleanClause.Occur.FILTER);
        }
        return outer.build();
    }

    List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(F_BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Hit hitOf(State s, String key, double score, boolean exact) {
        Units.Unit unit = s.units().unit(key).orElseThrow();
        Catalog.Entry entry = s.catalog().entry(unit.documentId()).orElseThrow();
        return new Hit(entry.id(), entry.metadata().title(), entry.metadata().documentNumber(), entry.metadata().kind(),
                entry.document().source(), unit.label(), unit.article(), unit.headings(), unit.text(), entry.validity(),
                score, exact, Optional.empty(), List.of());
    }

    private Hit withLinks(State s, Hit hit, Question asked, SearchMode mode) {
        List<Catalog.Link> links = s.catalog().links(hit.documentId());
        if (links.isEmpty()) {
            return hit;
        }
        List<Hit> linked = new ArrayList<>();
        try {
            for (Catalog.Link link : links) {
                Optional<Catalog.Entry> target = s.catalog().entry(link.to());
                if (target.isEmpty() || !target.get().validity().current() && hit.validity().current()) {
                    continue;
                }
                List<Ranked> best = rank(s, asked, mode, new TermQuery(new Term(F_DOC, link.to())), 5);
                if (!best.isEmpty()) {
                    linked.add(hitOf(s, best.getFirst().unit(), best.getFirst().score(), false).asLinked(link.relation()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hit.withLinked(linked);
    }

    /** The sample knowledge base shipped with Gongkai: the office's disclosure guide, questions and answers, and
     * plain-language summaries of the regulation's key articles. */
    public static DocumentSource sample() {
        return new ClasspathSource("cn/gongkai/knowledge/sample/", KnowledgeBase.class.getClassLoader());
    }

    /** A document's chunks in reading order (the assistant opens cited articles and weighs terms with them). */
    public List<Chunk> chunksOf(String documentId) throws IOException {
        State s = state;
        TopDocs top = s.searcher().search(new TermQuery(new Term(F_DOC, documentId)), Math.max(1, s.reader().maxDoc()));
        StoredFields stored = s.searcher().storedFields();
        List<Integer> ids = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(sd.doc);
        }
        ids.sort(Integer::compare);
        List<Chunk> out = new ArrayList<>();
        for (int id : ids) {
            Document d = stored.document(id);
            if (d.get(F_UNIT) == null) {
                continue;
            }
            String headings = d.get(F_HEADINGS);
            int article = d.getField(F_ARTICLE).numericValue().intValue();
            out.add(new Chunk(article > 0 ? Chunk.Kind.ARTICLE : Chunk.Kind.SECTION, d.get(F_LABEL), article, 0,
                    d.getField(F_PART).numericValue().intValue(), 0,
                    headings.isEmpty() ? List.of() : List.of(headings.split(SEP)), d.get(F_TEXT)));
        }
        return out;
    }

    public Collection<Catalog.Entry> documents() {
        return state.catalog().entries();
    }

    @Override
    public void close() throws IOException {
        state.reader().close();
        directory.close();
        analyzer.close();
    }
}
