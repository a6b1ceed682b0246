package cn.gongkai.knowledge;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every article (unit: the parts of one article, or one section) of an opened index, in memory: read once when the
 * index is opened, so that a search maps its Lucene hits to articles and builds its results without a stored-field
 * read or a second query per hit (the corpus' 6,689 chunks are about 3 MB of text).
 */
final class Units {

    /** One article: its document, label, article number (0 for a section), headings and text (parts joined). */
    record Unit(String key, String documentId, String label, int article, List<String> headings, String text,
                TextStats wording) {
    }

    private static final Set<String> FIELDS = Set.of(KnowledgeBase.F_UNIT, KnowledgeBase.F_DOC, KnowledgeBase.F_LABEL,
            KnowledgeBase.F_ARTICLE, KnowledgeBase.F_PART, KnowledgeBase.F_HEADINGS, KnowledgeBase.F_TEXT);

    private final int[] unitOfDoc;
    private final Unit[] units;
    private final Map<String, Integer> byKey;
    private final BigramStats bigrams;

    private Units(int[] unitOfDoc, Unit[] units, Map<String, Integer> byKey) {
        this.unitOfDoc = unitOfDoc;
        this.units = units;
        this.byKey = byKey;
        this.bigrams = BigramStats.of(Arrays.stream(units).map(Unit::wording).toList());
    }

    /** How many articles hold each character bigram. */
    BigramStats bigrams() {
        return bigrams;
    }

    private record Part(int doc, int part, Document stored) {
    }

    static Units load(IndexReader reader, String separator) throws IOException {
        int[] unitOfDoc = new int[reader.maxDoc()];
        Arrays.fill(unitOfDoc, -1);
        Map<String, List<Part>> parts = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc, FIELDS);
                String unit = d.get(KnowledgeBase.F_UNIT);
                if (unit != null) {
                    parts.computeIfAbsent(unit, k -> new ArrayList<>())
                            .add(new Part(leaf.docBase + doc, d.getField(KnowledgeBase.F_PART).numericValue().intValue(), d));
                }
            }
        }
        Unit[] units = new Unit[parts.size()];
        Map<String, Integer> byKey = new HashMap<>(parts.size() * 2);
        int index = 0;
        for (Map.Entry<String, List<Part>> entry : parts.entrySet()) {
            List<Part> list = entry.getValue();
            list.sort(Comparator.comparingInt(Part::part));
            Document first = list.getFirst().stored();
            StringBuilder text = new StringBuilder();
            for (Part p : list) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(p.stored().get(KnowledgeBase.F_TEXT));
                unitOfDoc[p.doc()] = index;
            }
            String headings = first.get(KnowledgeBase.F_HEADINGS);
            units[index] = new Unit(entry.getKey(), first.get(KnowledgeBase.F_DOC), first.get(KnowledgeBase.F_LABEL),
                    first.getField(KnowledgeBase.F_ARTICLE).numericValue().intValue(),
                    headings == null || headings.isEmpty() ? List.of() : List.of(headings.split(separator)), text.toString(),
                    TextStats.of(text.toString()));
            byKey.put(entry.getKey(), index);
            index++;
        }
        return new Units(unitOfDoc, units, byKey);
    }

    /** The article an index-wide document number belongs to; null for document records and deleted chunks. */
    Unit ofDoc(int doc) {
        int unit = doc < unitOfDoc.length ? unitOfDoc[doc] : -1;
        return unit < 0 ? null : units[unit];
    }

    Optional<Unit> unit(String key) {
        Integer index = byKey.get(key);
        return index == null ? Optional.empty() : Optional.of(units[index]);
    }

    int size() {
        return units.length;
    }
}
