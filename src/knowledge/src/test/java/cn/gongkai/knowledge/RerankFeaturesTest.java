package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class RerankFeaturesTest {

    private static final String QUESTION = "申请公开政府信息要交费吗？";

    private static RerankFeatures.Candidate candidate(String unit, String doc, String text, double bm25, double dense,
                                                      double fused) {
        return new RerankFeatures.Candidate(unit, doc, "示范市政务公开规定", "第三章 依申请公开", TextStats.of(text), false, bm25,
                dense, fused);
    }

    private static final List<RerankFeatures.Candidate> CANDIDATES = List.of(
            candidate("d1#第十条", "d1", "行政机关依申请提供政府信息，不收取费用。", 8, 0.70, 2.0),
            candidate("d1#第九条", "d1", "申请人申请公开政府信息，应当向行政机关提交书面申请。", 10, 0.60, 1.5),
            candidate("d2#第一条", "d2", "为了规范电子证照的管理，制定本办法。", 0, 0.50, 0.5));

    private static BigramStats stats() {
        return BigramStats.of(CANDIDATES.stream().map(RerankFeatures.Candidate::text).toList());
    }

    private static double feature(double[] row, String name) {
        return row[RerankFeatures.NAMES.indexOf(name)];
    }

    @Test
    void bigramsSkipFunctionCharactersAndNonChineseText() {
        // 要交 / 交费 / 费吗 stay (one side is a content character); 吗？ and the ASCII part do not
        assertThat(RerankFeatures.bigrams("要交费吗？abc")).hasSize(3);
        assertThat(RerankFeatures.bigramCounts("政府政府").get('政' << 16 | '府')).isEqualTo(2);
        assertThat(RerankFeatures.hanChars("我要交费吗")).hasSize(2); // 交, 费
    }

    @Test
    void fusionEvidenceIsScaledToTheList() {
        double[][] f = RerankFeatures.of(QUESTION, CANDIDATES, stats());
        assertThat(feature(f[0], "fused")).isEqualTo(1.0);
        assertThat(feature(f[1], "fused")).isEqualTo(0.75);
        assertThat(feature(f[1], "bm25")).isEqualTo(1.0);
        assertThat(feature(f[0], "bm25")).isEqualTo(0.8);
        assertThat(feature(f[2], "bm25_rank")).isZero(); // not in the BM25 list
        assertThat(feature(f[0], "dense")).isEqualTo(1.0);
        assertThat(feature(f[2], "dense")).isZero();
        assertThat(feature(f[1], "dense_rank")).isEqualTo(0.5);
    }

    @Test
    void documentsAndRanksWithinThem() {
        double[][] f = RerankFeatures.of(QUESTION, CANDIDATES, stats());
        assertThat(feature(f[0], "doc_rank")).isEqualTo(1.0);
        assertThat(feature(f[1], "doc_rank")).isEqualTo(1.0);
        assertThat(feature(f[2], "doc_rank")).isEqualTo(0.5);
        assertThat(feature(f[1], "rank_in_doc")).isEqualTo(0.5);
        assertThat(feature(f[1], "doc_best")).isEqualTo(1.0);
        assertThat(feature(f[2], "doc_best")).isEqualTo(0.25);
    }

    @Test
    void coverageOfTheQuestionsWording() {
        double[][] f = RerankFeatures.of(QUESTION, CANDIDATES, stats());
        // question bigrams: 申请 请公 公开 开政 政府 府信 信息 息要 要交 交费 费吗
        // 第九条 holds the first seven, 第十条 申请 政府 府信 信息
        assertThat(feature(f[1], "bigram_cover")).isCloseTo(7 / 11.0, offset(1e-9));
        assertThat(feature(f[0], "bigram_cover")).isCloseTo(4 / 11.0, offset(1e-9));
        assertThat(feature(f[2], "bigram_cover")).isZero();
        assertThat(feature(f[0], "char_cover")).isCloseTo(7 / 10.0, offset(1e-9)); // 申请政府信息费 of 申请公开政府信息交费
        assertThat(feature(f[2], "char_cover")).isZero();
        assertThat(feature(f[0], "bigram_idf_cover")).isGreaterThan(0);
        assertThat(feature(f[1], "bigram_idf_cover")).isGreaterThan(feature(f[0], "bigram_idf_cover"));
        assertThat(feature(f[1], "bigram_bm25")).isEqualTo(1.0);
        assertThat(feature(f[0], "title_in_question")).isGreaterThan(0); // 政务公开 shares 公开 with the question
    }
}
