package cn.gongkai.knowledge.ingest;

import cn.gongkai.knowledge.Chunk;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts shaped like the real ones (the law databases' Markdown, plain text from a government site), our own words. */
class LawChunkerTest {

    private final LawChunker chunker = new LawChunker();

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    @Test
    void oneChunkPerArticleWithTitleHeaderAndHeadingsCarried() {
        LawChunker.Parsed parsed = chunker.chunk(lines("""
                # 示范条例

                2019年4月3日 示范省人民政府令第7号修订

                2019年5月15日 施行

                <!-- INFO END -->

                ## 第一章  总则

                第一条 为了示范，制定本条例。

                第二条 本条例适用于本省。

                ## 第二章  申请

                ### 第一节 提出

                第三条 申请人可以书面申请。

                申请确有困难的，可以口头提出。

                （一）书写困难的；

                （二）其他情形。

                第三条之一 申请人可以委托他人申请。
                """), null);
        assertThat(parsed.title()).isEqualTo("示范条例");
        assertThat(parsed.headerLines()).containsExactly("2019年4月3日 示范省人民政府令第7号修订", "2019年5月15日 施行");
        List<Chunk> chunks = parsed.chunks();
        assertThat(chunks).extracting(Chunk::label).containsExactly("第一条", "第二条", "第三条", "第三条之一");
        assertThat(chunks.get(0).headings()).containsExactly("第一章 总则");
        assertThat(chunks.get(2).headings()).containsExactly("第二章 申请", "第一节 提出");
        assertThat(chunks.get(2).text()).startsWith("第三条 申请人可以书面申请。").contains("口头提出").endsWith("（二）其他情形。");
        assertThat(chunks.get(3).article()).isEqualTo(3);
        assertThat(chunks.get(3).subArticle()).isEqualTo(1);
        assertThat(chunks).allMatch(c -> c.kind() == Chunk.Kind.ARTICLE && c.parts() == 1);
    }

    @Test
    void aParagraphOpeningWithAReferenceStaysInItsArticle() {
        List<Chunk> chunks = chunker.chunk(lines("""
                # 示范办法

                第一条 申请表由主管部门制定。

                第二条 行政机关应当在二十个工作日内答复。

                第三条规定的期限，不包括补正的时间。

                第一条规定的申请表，可以在网上下载。

                第三条 本办法自公布之日起施行。
                """), null).chunks();
        assertThat(chunks).extracting(Chunk::label).containsExactly("第一条", "第二条", "第三条");
        assertThat(chunks.get(1).text()).contains("第三条规定的期限").contains("第一条规定的申请表");
    }

    @Test
    void plainTextWithIdeographicSpacesAndUnmarkedHeadings() {
        LawChunker.Parsed parsed = chunker.chunk(lines("""
                示范市政务公开实施细则
                （2020年6月1日示范市人民政府办公厅印发）
                第一章　总则
                第一条　根据上位法，制定本细则。
                第二条　申请表可以在窗口领取。
                第二章　受理
                第三条　网上申请以双方确认之日为收到之日。
                """), null);
        assertThat(parsed.title()).isEqualTo("示范市政务公开实施细则");
        assertThat(parsed.headerLines()).containsExactly("（2020年6月1日示范市人民政府办公厅印发）");
        assertThat(parsed.chunks()).extracting(Chunk::label).containsExactly("第一条", "第二条", "第三条");
        assertThat(parsed.chunks().get(2).headings()).containsExactly("第二章 受理");
        assertThat(parsed.chunks().get(0).text()).isEqualTo("第一条 根据上位法，制定本细则。");
    }

    @Test
    void aPreambleBeforeTheFirstArticleAndNumberedHeadingsOfAJudicialInterpretation() {
        List<Chunk> chunks = chunker.chunk(lines("""
                # 最高人民法院关于示范案件的解释

                2018年2月8日 施行

                <!-- INFO END -->

                为正确审理示范案件，结合审判实际，制定本解释。

                ## 一、受案范围

                第一条 公民对行政行为不服的，可以起诉。

                ## 二、管辖

                第二条 基层人民法院管辖第一审案件。
                """), null).chunks();
        assertThat(chunks.get(0).kind()).isEqualTo(Chunk.Kind.PREAMBLE);
        assertThat(chunks.get(0).label()).isEqualTo("序言");
        assertThat(chunks.get(0).text()).startsWith("为正确审理");
        assertThat(chunks.get(1).label()).isEqualTo("第一条");
        assertThat(chunks.get(1).headings()).containsExactly("一、受案范围");
        assertThat(chunks.get(2).headings()).containsExactly("二、管辖");
    }

    @Test
    void aDocumentWithoutArticlesIsChunkedBySection() {
        List<Chunk> chunks = chunker.chunk(lines("""
                # 某公司诉某区人民政府案

                <!-- INFO END -->

                ## 基本案情

                某公司与区政府签订协议。

                ## 裁判结果

                法院判决驳回起诉。
                """), null).chunks();
        assertThat(chunks).extracting(Chunk::label).containsExactly("基本案情", "裁判结果");
        assertThat(chunks).allMatch(c -> c.kind() == Chunk.Kind.SECTION && c.article() == 0);

        List<Chunk> bare = chunker.chunk(lines("没有标题的说明，只有一段话。\n第二段话。"), null).chunks();
        assertThat(bare).hasSize(1);
        assertThat(bare.getFirst().label()).isEqualTo("正文");
        assertThat(bare.getFirst().text()).contains("第二段话");
    }

    @Test
    void aLongArticleIsSplitAtParagraphsAndKeepsItsIdentity() {
        String paragraph = "行政机关应当依法公开政务信息，并及时更新公开的内容，方便公众查阅和获取。".repeat(5);
        String text = "# 示范规定\n\n## 第一章 总则\n\n第七条 " + paragraph + "\n\n" + paragraph + "\n\n" + paragraph
                + "\n\n" + paragraph + "\n\n第八条 本规定自公布之日起施行。\n";
        List<Chunk> chunks = chunker.chunk(lines(text), null).chunks();
        List<Chunk> seventh = chunks.stream().filter(c -> c.label().equals("第七条")).toList();
        assertThat(seventh).hasSizeGreaterThan(1);
        assertThat(seventh).allMatch(c -> c.article() == 7 && c.parts() == seventh.size()
                && c.headings().equals(List.of("第一章 总则")) && c.text().length() <= LawChunker.MAX_CHUNK_CHARS + 10);
        assertThat(seventh).extracting(Chunk::part).containsExactly(java.util.stream.IntStream.rangeClosed(1, seventh.size()).boxed().toArray(Integer[]::new));
        assertThat(String.join("", seventh.stream().map(Chunk::text).toList()).replace("\n", "").replace("第七条 ", ""))
                .isEqualTo(paragraph.repeat(4));
        assertThat(chunks.getLast().label()).isEqualTo("第八条");
    }

    @Test
    void aTableOfContentsLeavesNoEmptyChunks() {
        List<Chunk> chunks = chunker.chunk(lines("""
                # 示范法

                目录

                第一章 总则

                第二章 附则

                第一章 总则

                第一条 为了示范，制定本法。

                第二章 附则

                第二条 本法自公布之日起施行。
                """), null).chunks();
        assertThat(chunks).extracting(Chunk::label).containsExactly("第一条", "第二条");
        assertThat(chunks.get(1).headings()).containsExactly("第二章 附则");
    }
}
