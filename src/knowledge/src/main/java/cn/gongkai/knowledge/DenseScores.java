package cn.gongkai.knowledge;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.VectorUtil;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Exact cosines of a question's vector and the stored vectors: of given chunks (index-wide document numbers), or of
 * every chunk, for the nearest ones. The knowledge base is small (about 6,700 chunks for the whole law corpus), so
 * a scan of every vector costs about 3 ms (1 ms with Java's vector module) and gives the same neighbours however the
 * index was built, where an HNSW graph's approximate search does not (a fresh build and a rebuild of the same texts
 * ranked one development question apart). So the index keeps the vectors without a graph ({@link #codec()}).
 */
final class DenseScores {

    /**
     * Lucene's HNSW format with its graph left out for segments of any size (the tiny-segment threshold at its
     * maximum): the vectors are written and read as before, by the same format name, so an index written with a
     * graph still opens, but nothing spends the 2.3 s the corpus's 6,689 vectors took to link on every ingestion
     * and merge.
     */
    private static final KnnVectorsFormat FLAT = new Lucene99HnswVectorsFormat(
            Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN, Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH,
            Lucene99HnswVectorsFormat.DEFAULT_NUM_MERGE_WORKER, null, Integer.MAX_VALUE);

    private static final KnnVectorsFormat FLAT_FIELDS = new PerFieldKnnVectorsFormat() {
        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return FLAT;
        }
    };

    /** The default codec with {@link #FLAT} for every vector field; written under the default codec's name. */
    private static final Codec CODEC = new FilterCodec(Codec.getDefault().getName(), Codec.getDefault()) {
        @Override
        public KnnVectorsFormat knnVectorsFormat() {
            return FLAT_FIELDS;
        }
    };

    private DenseScores() {
    }

    /** The codec every writer of the knowledge base uses ({@link #CODEC}). */
    static Codec codec() {
        return CODEC;
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

    /**
     * The {@code k} chunks whose vectors are nearest to {@code question} (dot product; the vectors are normalised),
     * among those {@code filter} matches (all when null), best first, scored as Lucene's DOT_PRODUCT similarity
     * scores them: (1 + cosine) / 2.
     */
    static TopDocs nearest(IndexSearcher searcher, Query filter, float[] question, int k) throws IOException {
        PriorityQueue<ScoreDoc> best = new PriorityQueue<>(k + 1, (a, b) -> a.score != b.score
                ? Float.compare(a.score, b.score) : Integer.compare(b.doc, a.doc));
        Weight weight = filter == null ? null
                : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(KnowledgeBase.F_VECTOR);
            if (values == null) {
                continue;
            }
            DocIdSetIterator allowed = null;
            if (weight != null) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                allowed = scorer.iterator();
            }
            Bits live = leaf.reader().getLiveDocs();
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (allowed != null) {
                    int at = allowed.docID() < doc ? allowed.advance(doc) : allowed.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at != doc) {
                        continue;
                    }
                }
                float score = (1 + VectorUtil.dotProduct(question, values.vectorValue(it.index()))) / 2;
                if (best.size() < k || score > best.peek().score) {
                    best.add(new ScoreDoc(leaf.docBase + doc, score));
                    if (best.size() > k) {
                        best.poll();
                    }
                }
            }
        }
        ScoreDoc[] out = new ScoreDoc[best.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = best.poll();
        }
        return new TopDocs(new TotalHits(out.length, TotalHits.Relation.EQUAL_TO), out);
    }
}
