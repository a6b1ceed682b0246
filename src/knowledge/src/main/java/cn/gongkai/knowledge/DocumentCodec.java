package cn.gongkai.knowledge;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A document's record in the index: its metadata as stored fields. */
final class DocumentCodec {

    private static final String SEP = "\u001F";

    private DocumentCodec() {
    }

    static Document encode(IndexedDocument document, String model) {
        Document d = new Document();
        d.add(new StringField(KnowledgeBase.F_TYPE, KnowledgeBase.T_DOCUMENT, Field.Store.NO));
        d.add(new StringField(KnowledgeBase.F_DOC, document.id(), Field.Store.YES));
        d.add(new StringField(KnowledgeBase.F_ORIGIN, document.origin(), Field.Store.YES));
        d.add(new StoredField(KnowledgeBase.F_SOURCE, document.source()));
        d.add(new StoredField(KnowledgeBase.F_FINGERPRINT, document.fingerprint()));
        d.add(new StoredField(KnowledgeBase.F_MODEL, model));
        d.add(new StoredField("chunks", document.chunks()));
        d.add(new StoredField("repeals", String.join(SEP, document.repeals())));
        DocumentMetadata m = document.metadata();
        d.add(new StoredField("m.title", m.title()));
        put(d, "m.number", m.documentNumber());
        put(d, "m.issuer", m.issuer());
        put(d, "m.level", m.level());
        put(d, "m.region", m.region());
        put(d, "m.published", m.publishedOn().map(LocalDate::toString));
        put(d, "m.effective", m.effectiveOn().map(LocalDate::toString));
        put(d, "m.validity", m.validity().map(Enum::name));
        d.add(new StoredField("m.kind", m.kind().name()));
        d.add(new StoredField("m.supersedes", String.join(SEP, m.supersedes())));
        d.add(new StoredField("m.interprets", String.join(SEP, m.interprets())));
        d.add(new StoredField("m.aliases", String.join(SEP, m.aliases())));
        return d;
    }

    private static void put(Document d, String name, Optional<String> value) {
        value.ifPresent(v -> d.add(new StoredField(name, v)));
    }

    static IndexedDocument decode(Document d) {
        DocumentMetadata metadata = new DocumentMetadata(d.get("m.title"),
                Optional.ofNullable(d.get("m.number")), Optional.ofNullable(d.get("m.issuer")),
                Optional.ofNullable(d.get("m.level")), Optional.ofNullable(d.get("m.region")),
                Optional.ofNullable(d.get("m.published")).map(LocalDate::parse),
                Optional.ofNullable(d.get("m.effective")).map(LocalDate::parse),
                Optional.ofNullable(d.get("m.validity")).map(Validity::valueOf),
                DocumentKind.valueOf(d.get("m.kind")), list(d.get("m.supersedes")), list(d.get("m.interprets")),
                list(d.get("m.aliases")));
        return new IndexedDocument(d.get(KnowledgeBase.F_DOC), d.get(KnowledgeBase.F_ORIGIN),
                d.get(KnowledgeBase.F_SOURCE), d.get(KnowledgeBase.F_FINGERPRINT), metadata, list(d.get("repeals")),
                d.getField("chunks").numericValue().intValue());
    }

    private static List<String> list(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(SEP));
    }
}
