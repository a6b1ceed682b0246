package cn.gongkai.knowledge;

import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.hnsw.HnswGraphProvider;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact nearest-vector scan, against a brute force over the same vectors: several segments (one written with an
 * HNSW graph, as older indexes were, two without), deletions, a filter.
 */
class DenseScoresTest {

    record Stored(String id, String group, float[] vector) {
    }

    @Test
    void theNearestChunksAreExactlyTheBruteForceOnesAcrossSegmentsDeletionsAndAFilter() throws IOException {
        Random random = new Random(7);
        List<Stored> stored = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            writeWithAGraph(dir, random, stored); // the others as now
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setCodec(DenseScores.codec()))) {
                add(writer, random, stored, 3000, 6000);
                writer.commit(); // another segment
                add(writer, random, stored, 6000, 6300);
                for (int i = 0; i < 6300; i += 7) {
                    writer.deleteDocuments(new Term("id", "c" + i));
                    int gone = i;
                    stored.removeIf(s -> s.id().equals("c" + gone));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(3);
                assertThat(reader.leaves().stream().map(DenseScoresTest::graphSize).toList()).containsExactly(2700, 0, 0);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int round = 0; round < 20; round++) {
                    float[] question = unit(random, 32);
                    assertThat(ids(searcher, DenseScores.nearest(searcher, null, question, 25)))
                            .containsExactlyElementsOf(bruteForce(stored, question, 25, null));
                    TermInSetQuery filter = new TermInSetQuery(KnowledgeBase.F_DOC, List.of(new BytesRef("g0"), new BytesRef("g2")));
                    TopDocs filtered = DenseScores.nearest(searcher, filter, question, 25);
                    assertThat(ids(searcher, filtered)).containsExactlyElementsOf(bruteForce(stored, question, 25, "g1"));
                    ScoreDoc top = filtered.scoreDocs[0];
                    Stored first = stored.stream().filter(s -> s.id().equals(id(searcher, top.doc))).findFirst().orElseThrow();
                    assertThat(top.score).isCloseTo((1 + dot(question, first.vector())) / 2, org.assertj.core.data.Offset.offset(1e-6f));
                }
                assertThat(DenseScores.nearest(searcher, null, unit(random, 32), 9000).scoreDocs).hasSize(stored.size());
            }
        }
    }

    @Test
    void anIndexWithAGraphMergedByTodaysWriterKeepsEveryVectorAndLosesTheGraph() throws IOException {
        Random random = new Random(11);
        List<Stored> stored = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            writeWithAGraph(dir, random, stored);
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setCodec(DenseScores.codec()))) {
                add(writer, random, stored, 3000, 3500);
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(1);
                assertThat(graphSize(reader.leaves().getFirst())).isZero();
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int round = 0; round < 10; round++) {
                    float[] question = unit(random, 32);
                    assertThat(ids(searcher, DenseScores.nearest(searcher, null, question, 25)))
                            .containsExactlyElementsOf(bruteForce(stored, question, 25, null));
                }
            }
        }
    }

    /**
     * A first segment of 3,000 chunks as an index was written before the vectors went without a graph: with Lucene's
     * own codec, which links a segment's vectors when there are enough of them (here 2,700).
     */
    private static void writeWithAGraph(ByteBuffersDirectory dir, Random random, List<Stored> stored) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            add(writer, random, stored, 0, 3000);
        }
    }

    private static void add(IndexWriter writer, Random random, List<Stored> stored, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            Stored s = new Stored("c" + i, "g" + (i % 3), unit(random, 32));
            Document d = new Document();
            d.add(new StringField("id", s.id(), Field.Store.YES));
            d.add(new StringField(KnowledgeBase.F_DOC, s.group(), Field.Store.NO));
            if (i % 10 != 9) { // a document record has no vector
                d.add(new KnnFloatVectorField(KnowledgeBase.F_VECTOR, s.vector(), VectorSimilarityFunction.DOT_PRODUCT));
                stored.add(s);
            }
            writer.addDocument(d);
        }
    }

    /** How many vectors the segment's HNSW graph links. */
    private static int graphSize(LeafReaderContext leaf) {
        KnnVectorsReader vectors = ((CodecReader) leaf.reader()).getVectorReader();
        if (vectors instanceof PerFieldKnnVectorsFormat.FieldsReader perField) {
            vectors = perField.getFieldReader(KnowledgeBase.F_VECTOR);
        }
        try {
            return ((HnswGraphProvider) vectors).getGraph(KnowledgeBase.F_VECTOR).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> bruteForce(List<Stored> stored, float[] question, int k, String leftOut) {
        return stored.stream().filter(s -> !s.group().equals(leftOut))
                .sorted(Comparator.comparingDouble((Stored s) -> -dot(question, s.vector())))
                .limit(k).map(Stored::id).toList();
    }

    private static List<String> ids(IndexSearcher searcher, TopDocs top) {
        return IntStream.range(0, top.scoreDocs.length).mapToObj(i -> id(searcher, top.scoreDocs[i].doc)).toList();
    }

    private static String id(IndexSearcher searcher, int doc) {
        try {
            return searcher.storedFields().document(doc).get("id");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] unit(Random random, int dims) {
        float[] v = new float[dims];
        double norm = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dims; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
