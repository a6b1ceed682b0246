package cn.gongkai.assistant.library;

import cn.gongkai.assistant.Assistant;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.submission.SubmissionValidator;
import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.DocumentKind;
import cn.gongkai.knowledge.DocumentMetadata;
import cn.gongkai.knowledge.IndexedDocument;
import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.Validity;
import cn.gongkai.knowledge.cloud.SharedIndex;
import cn.gongkai.knowledge.ingest.DocumentStore;
import cn.gongkai.knowledge.ingest.ExtractedText;
import cn.gongkai.knowledge.ingest.SimpleYaml;
import cn.gongkai.knowledge.ingest.SourceFile;
import cn.gongkai.knowledge.ingest.TextExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base as the office keeps it: documents uploaded (or replaced) with their metadata, stored durably in
 * the {@link DocumentStore} and indexed at once in the assistant's knowledge base, so the next question can be
 * answered from them; documents removed; and the office's own FAQ entries, one Markdown document each in the store
 * ({@link FaqFile}), listed on their own rather than among the documents.
 */
@ApplicationScoped
public class KnowledgeDesk {
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_PART_CHARS = 48 * 1024;
    static final int FAQ_QUESTION_MAX = 200;
    static final int FAQ_ANSWER_MAX = 5000;

    @Inject
    Assistant assistant;
    @Inject
    DocumentStore store;
    @Inject
    SharedIndex shared;
    @ConfigProperty(name = "gongkai.assistant.agency", defaultValue = "demo")
    String agency;

    /** A document as the console lists it. */
    public record DocumentView(String documentId, String title, String number, String issuer, String validity,
                               String kind, LocalDate publishedOn, LocalDate effectiveOn, List<String> interprets,
                               List<String> supersedes, String source, boolean uploaded, int chunks) {
    }

    /** An upload: the file's name and either its content (base64) or the id its staged parts were sent under. */
    public record Upload(String fileName, String content, String uploadId, String title, String number, String issuer,
                         String validity, String kind, String interprets, String supersedes, String publishedOn,
                         String effectiveOn, String replaces) {
    }

    public record Saved(DocumentView document, int chunks, boolean replaced) {
    }

    /** An entry as the console shows it; {@code revision} goes back with an edit or a removal of it. */
    public record FaqEntry(String id, String question, String answer, String revision) {
        static FaqEntry of(FaqFile.Entry e) {
            return new FaqEntry(e.id(), e.question(), e.answer(), e.revision());
        }
    }

    /** Only the staff of the agency whose assistant this is keep its knowledge base. */
    public void requireAgency(String staffAgency) {
        if (!agency.equals(staffAgency)) {
            throw new DomainException(ErrorCode.KB_OTHER_AGENCY, agency);
        }
    }

    private KnowledgeBase kb() {
        return assistant.knowledgeBase();
    }

    public List<DocumentView> documents() {
        return kb().documents().stream()
                .filter(e -> !(e.document().origin().equals(store.id()) && FaqFile.isEntry(e.document().source())))
                .map(this::view)
                .sorted(Comparator.comparing(DocumentView::uploaded).reversed().thenComparing(DocumentView::title))
                .toList();
    }

    private DocumentView view(Catalog.Entry e) {
        DocumentMetadata m = e.metadata();
        return new DocumentView(e.id(), m.title(), m.documentNumber().orElse(null), m.issuer().orElse(null),
                e.validity().label(), m.kind().label(), m.publishedOn().orElse(null), m.effectiveOn().orElse(null),
                m.interprets(), m.supersedes(), e.document().source(), e.document().origin().equals(store.id()),
                e.document().chunks());
    }

    /** Keeps one part (base64, at most {@value #MAX_PART_CHARS} characters) of an upload too large for one request. */
    public int stagePart(String uploadId, Integer part, String data) {
        if (part == null || part < 0 || part >= MAX_BYTES / (MAX_PART_CHARS / 4 * 3) + 1) {
            throw new DomainException("part", ErrorCode.INVALID_JSON);
        }
        if (data == null || data.length() > MAX_PART_CHARS) {
            throw new DomainException("data", ErrorCode.KB_UPLOAD_TOO_LARGE, MAX_BYTES / 1024 / 1024);
        }
        try {
            store.stagePart(uploadId, part, decode("data", data));
        } catch (IllegalArgumentException e) {
            throw new DomainException("uploadId", ErrorCode.KB_UPLOAD_NOT_FOUND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return part;
    }

    /**
     * Stores the document with its metadata and indexes it now; its old chunks (same file, or {@code replaces}) go.
     * Deployed, the other instances answer from it after their next refresh ({@link SharedIndex#edit}).
     */
    public synchronized Saved save(Upload upload) {
        return shared.edit(() -> store(upload));
    }

    private Saved store(Upload upload) {
        if (upload == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        String path = upload.fileName() == null ? "" : upload.fileName().strip();
        if (path.contains("/") || !DocumentStore.validPath(path)) { // a plain file name: uploads lie side by side
            throw new DomainException("fileName", ErrorCode.KB_FILE_NAME_INVALID);
        }
        Map<String, String> metadata = metadata(upload);
        byte[] bytes = content(upload);
        readable(path, bytes);
        Optional<Catalog.Entry> replaced = Optional.ofNullable(upload.replaces()).filter(r -> !r.isBlank())
                .map(r -> kb().catalog().entry(r.strip())
                        .orElseThrow(() -> new DomainException("replaces", ErrorCode.KB_DOCUMENT_NOT_FOUND)));
        try {
            boolean existed = store.file(path).isPresent();
            SourceFile file = store.put(path, bytes, metadata);
            IngestReport report = kb().ingestFile(store.id(), file);
            if (!report.failures().isEmpty()) {
                if (!existed) {
                    store.remove(path);
                }
                throw new DomainException("fileName", ErrorCode.KB_DOCUMENT_UNREADABLE, String.join("；", report.failures()));
            }
            String id = cn.gongkai.knowledge.IndexedDocument.idOf(store.id(), path);
            if (replaced.isPresent() && !replaced.get().id().equals(id)) {
                removeDocument(replaced.get());
            }
            Catalog.Entry entry = kb().catalog().entry(id).orElseThrow();
            return new Saved(view(entry), entry.document().chunks(), existed || replaced.isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> metadata(Upload u) {
        Map<String, String> m = new LinkedHashMap<>();
        String title = text("title", u.title(), 200);
        if (title == null) {
            throw new DomainException("title", ErrorCode.FIELD_REQUIRED, SubmissionValidator.label("title"));
        }
        m.put("title", title);
        m.put("number", text("number", u.number(), 100));
        m.put("issuer", text("issuer", u.issuer(), 100));
        if (u.validity() != null && !u.validity().isBlank()) {
            Validity validity = Validity.parse(u.validity()).orElseThrow(() -> new DomainException("validity",
                    ErrorCode.FIELD_NOT_ALLOWED, SubmissionValidator.label("validity"), u.validity()));
            m.put("validity", validity.label());
        }
        if (u.kind() != null && !u.kind().isBlank()) {
            DocumentKind kind = DocumentKind.parse(u.kind()).orElseThrow(() -> new DomainException("kind",
                    ErrorCode.FIELD_NOT_ALLOWED, SubmissionValidator.label("kind"), u.kind()));
            m.put("kind", kind.label());
        }
        m.put("published", date("publishedOn", u.publishedOn()));
        m.put("effective", date("effectiveOn", u.effectiveOn()));
        m.put("interprets", list("interprets", u.interprets()));
        m.put("supersedes", list("supersedes", u.supersedes()));
        return m;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > max) {
            throw new DomainException(field, ErrorCode.FIELD_TOO_LONG, SubmissionValidator.label(field), max);
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException(field, ErrorCode.CONTROL_CHARACTERS, SubmissionValidator.label(field));
        }
        return v;
    }

    /** Several titles, one a line (or separated by ；). */
    private static String list(String field, String value) {
        String v = value == null ? null : value.replace("\r", "").strip();
        if (v == null || v.isEmpty()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String line : v.split("\n")) {
            for (String item : SimpleYaml.list(line)) {
                items.add(text(field, item, 200));
            }
        }
        return String.join(SimpleYaml.LIST_SEPARATOR, items);
    }

    private static String date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new DomainException(field, ErrorCode.KB_DATE_INVALID, SubmissionValidator.label(field));
        }
    }

    private byte[] content(Upload u) {
        byte[] bytes;
        if (u.uploadId() != null && !u.uploadId().isBlank()) {
            try {
                bytes = store.takeStaged(u.uploadId().strip())
                        .orElseThrow(() -> new DomainException("uploadId", ErrorCode.KB_UPLOAD_NOT_FOUND));
            } catch (IllegalArgumentException e) {
                throw new DomainException("uploadId", ErrorCode.KB_UPLOAD_NOT_FOUND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (u.content() != null && !u.content().isBlank()) {
            bytes = decode("content", u.content());
        } else {
            throw new DomainException("content", ErrorCode.FIELD_REQUIRED, SubmissionValidator.label("content"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("content", ErrorCode.KB_UPLOAD_TOO_LARGE, MAX_BYTES / 1024 / 1024);
        }
        return bytes;
    }

    private static byte[] decode(String field, String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new DomainException(field, ErrorCode.INVALID_JSON);
        }
    }

    /** The format must be one the knowledge base reads, and the file must hold text. */
    private static void readable(String path, byte[] bytes) {
        TextExtractor extractor = TextExtractor.forFile(path)
                .orElseThrow(() -> new DomainException("fileName", ErrorCode.KB_FILE_NAME_INVALID));
        try {
            ExtractedText text = extractor.extract(bytes);
            if (text.lines().stream().allMatch(String::isBlank)) {
                throw new DomainException("content", ErrorCode.KB_DOCUMENT_UNREADABLE, KnowledgeBase.NO_TEXT);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("content", ErrorCode.KB_DOCUMENT_UNREADABLE,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    public synchronized void remove(String documentId) {
        shared.edit(() -> {
            Catalog.Entry entry = Optional.ofNullable(documentId).flatMap(id -> kb().catalog().entry(id.strip()))
                    .orElseThrow(() -> new DomainException("documentId", ErrorCode.KB_DOCUMENT_NOT_FOUND));
            removeDocument(entry);
            return entry.id();
        });
    }

    private void removeDocument(Catalog.Entry entry) {
        try {
            if (entry.document().origin().equals(store.id())) {
                store.remove(entry.document().source());
            }
            kb().remove(entry.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the office's FAQ entries

    public synchronized List<FaqEntry> faq() {
        Collator pinyin = Collator.getInstance(Locale.CHINA);
        return stored().values().stream().map(StoredEntry::entry)
                .sorted(Comparator.comparing(FaqFile.Entry::question, pinyin))
                .map(FaqEntry::of).toList();
    }

    /** An entry as it is stored: in its own document, or still in the one document all entries were once kept in. */
    private record StoredEntry(FaqFile.Entry entry, boolean legacy) {
    }

    private Map<String, StoredEntry> stored() {
        Map<String, StoredEntry> out = new LinkedHashMap<>();
        try {
            Optional<SourceFile> legacy = store.file(FaqFile.LEGACY_PATH);
            if (legacy.isPresent()) {
                for (FaqFile.Entry e : FaqFile.parse(new String(legacy.get().bytes(), StandardCharsets.UTF_8))) {
                    out.put(e.id(), new StoredEntry(e, true));
                }
            }
            for (SourceFile file : store.files()) {
                if (FaqFile.isEntry(file.relativePath())) {
                    for (FaqFile.Entry e : FaqFile.parse(new String(file.bytes(), StandardCharsets.UTF_8))) {
                        out.put(e.id(), new StoredEntry(e, false)); // its own document wins over an old copy
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Adds an entry ({@code id} empty), or changes the one with {@code id} as it was at {@code revision} (the revision
     * the console showed). Refused, with nothing written, when that entry has changed since (another desk saved it),
     * or when the question is that of another entry: the other is to be edited instead, not overwritten.
     */
    public synchronized FaqEntry saveFaq(String id, String question, String answer, String revision) {
        String q = text("faqQuestion", question, FAQ_QUESTION_MAX);
        if (q == null) {
            throw new DomainException("question", ErrorCode.FIELD_REQUIRED, SubmissionValidator.label("faqQuestion"));
        }
        q = q.replaceAll("\\s+", " ").replaceFirst("^#+\\s*", "");
        String a = answer == null ? "" : answer.replace("\r", "").strip();
        if (a.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new DomainException("answer", ErrorCode.CONTROL_CHARACTERS, SubmissionValidator.label("faqAnswer"));
        }
        if (a.isEmpty()) {
            throw new DomainException("answer", ErrorCode.FIELD_REQUIRED, SubmissionValidator.label("faqAnswer"));
        }
        if (a.codePointCount(0, a.length()) > FAQ_ANSWER_MAX) {
            throw new DomainException("answer", ErrorCode.FIELD_TOO_LONG, SubmissionValidator.label("faqAnswer"), FAQ_ANSWER_MAX);
        }
        a = a.replaceAll("(?m)^#+\\s*", ""); // an answer cannot open a new entry
        FaqFile.Entry entry = new FaqFile.Entry(q, a);
        Optional<String> previous = Optional.ofNullable(id).filter(i -> !i.isBlank());
        Map<String, StoredEntry> entries = stored();
        previous.ifPresent(p -> requireUnchanged(entries, p, revision));
        StoredEntry same = entries.get(entry.id());
        if (same != null && !previous.equals(Optional.of(entry.id()))) {
            throw new DomainException("question", ErrorCode.FAQ_ENTRY_EXISTS, same.entry().question());
        }
        shared.edit(() -> {
            splitLegacy(entries);
            previous.filter(p -> !p.equals(entry.id())).ifPresent(this::removeEntry); // its question changed
            putEntry(entry);
            return entry.id();
        });
        return FaqEntry.of(entry);
    }

    /** Removes the entry with {@code id}, unless it has changed since {@code revision}. */
    public synchronized void removeFaq(String id, String revision) {
        Map<String, StoredEntry> entries = stored();
        requireUnchanged(entries, id, revision);
        shared.edit(() -> {
            splitLegacy(entries);
            removeEntry(id);
            return id;
        });
    }

    /** The store is read afresh for each change, so an entry another instance saved meanwhile is seen. */
    private static void requireUnchanged(Map<String, StoredEntry> entries, String id, String revision) {
        StoredEntry current = id == null ? null : entries.get(id);
        if (current == null) {
            throw new DomainException("id", ErrorCode.FAQ_ENTRY_NOT_FOUND);
        }
        if (revision == null || revision.isBlank()) {
            throw new DomainException("revision", ErrorCode.FIELD_REQUIRED, SubmissionValidator.label("faqRevision"));
        }
        if (!current.entry().revision().equals(revision.strip())) {
            throw new DomainException("revision", ErrorCode.FAQ_ENTRY_CHANGED, current.entry().question());
        }
    }

    /** The entries still in the one old document get a document each, and the old one goes. */
    private void splitLegacy(Map<String, StoredEntry> entries) {
        List<FaqFile.Entry> legacy = entries.values().stream().filter(StoredEntry::legacy).map(StoredEntry::entry).toList();
        if (legacy.isEmpty()) {
            return;
        }
        legacy.forEach(this::putEntry);
        try {
            store.remove(FaqFile.LEGACY_PATH);
            kb().remove(IndexedDocument.idOf(store.id(), FaqFile.LEGACY_PATH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putEntry(FaqFile.Entry entry) {
        try {
            SourceFile file = store.put(FaqFile.pathOf(entry.id()), FaqFile.render(List.of(entry)).getBytes(StandardCharsets.UTF_8),
                    Map.of("title", FaqFile.TITLE, "kind", DocumentKind.FAQ.label(), "validity", Validity.CURRENT.label(),
                            "issuer", "本机关政府信息公开工作机构"));
            kb().ingestFile(store.id(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeEntry(String id) {
        try {
            store.remove(FaqFile.pathOf(id));
            kb().remove(IndexedDocument.idOf(store.id(), FaqFile.pathOf(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
