package cn.gongkai.knowledge;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.VectorUtil;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Exact cosines of a question's vector and the stored vectors of given chunks (index-wide document numbers). */
final class DenseScores {

    private DenseScores() {
    }

    static Map<Integer, Double> cosines(IndexReader reader, Collection<Integer> docs, float[] question) throws IOException {
        Map<Integer, Double> out = new HashMap<>();
        if (docs.isEmpty()) {
            return out;
        }
        List<Integer> sorted = docs.stream().sorted().toList();
        int next = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            FloatVectorValues values = leaf.reader().getFloatVectorValues(KnowledgeBase.F_VECTOR);
            KnnVectorValues.DocIndexIterator it = values == null ? null : values.iterator();
            for (; next < sorted.size() && sorted.get(next) < end; next++) {
                int doc = sorted.get(next);
                if (it == null || it.docID() > doc - leaf.docBase) {
                    continue;
                }
                if (it.advance(doc - leaf.docBase) == doc - leaf.docBase) {
                    out.put(doc, (double) VectorUtil.dotProduct(question, values.vectorValue(it.index())));
                }
            }
        }
        return out;
    }
}
