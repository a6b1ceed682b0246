package cn.gongkai.knowledge.ingest;

import cn.gongkai.knowledge.Chunk;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorsTest {

    private final LawChunker chunker = new LawChunker();

    @Test
    void htmlPageWithMetaTagsAndNavigation() throws IOException {
        String html = """
                <html><head><title>网站标题 - 示范市人民政府</title>
                <meta name="ArticleTitle" content="示范市政务公开办法">
                <meta name="PubDate" content="2021-03-01 09:00">
                <meta name="validity" content="现行有效">
                <script>var x = 1;</script></head>
                <body><nav>首页 | 政务公开</nav>
                <h1>示范市政务公开办法</h1>
                <h2>第一章&nbsp;总则</h2>
                <p>第一条&nbsp;为了规范政务公开，制定本办法。</p>
                <div>第二条 申请人可以通过<a href="#">网上平台</a>提出申请。<br>也可以到窗口提出。</div>
                </body></html>""";
        ExtractedText text = new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8));
        assertThat(MetadataReader.canonical(text.declared())).containsEntry("title", "示范市政务公开办法")
                .containsEntry("published", "2021-03-01 09:00").containsEntry("validity", "现行有效");
        LawChunker.Parsed parsed = chunker.chunk(text.lines(), "示范市政务公开办法");
        assertThat(parsed.title()).isEqualTo("示范市政务公开办法");
        assertThat(parsed.chunks()).extracting(Chunk::label).containsExactly("第一条", "第二条");
        assertThat(parsed.chunks().get(1).text()).isEqualTo("第二条 申请人可以通过网上平台提出申请。\n也可以到窗口提出。");
        assertThat(parsed.chunks().get(0).headings()).containsExactly("第一章 总则");
        assertThat(String.join(" ", text.lines())).doesNotContain("var x").doesNotContain("首页");
    }

    @Test
    void wordDocumentWithHeadingStylesAndTitle() throws IOException {
        byte[] bytes;
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle("示范市政务公开指南");
            paragraph(docx, "示范市政务公开指南", "Title");
            paragraph(docx, "一、申请方式", "Heading1");
            paragraph(docx, "申请人可以当面、邮寄或者在网上提出申请。", null);
            paragraph(docx, "二、收费", "Heading1");
            paragraph(docx, "依申请提供政务信息，一般不收费。", null);
            docx.write(out);
            bytes = out.toByteArray();
        }
        ExtractedText text = new DocxExtractor().extract(bytes);
        assertThat(text.declared()).containsEntry("title", "示范市政务公开指南");
        LawChunker.Parsed parsed = chunker.chunk(text.lines(), null);
        assertThat(parsed.title()).isEqualTo("示范市政务公开指南");
        assertThat(parsed.chunks()).extracting(Chunk::label).containsExactly("一、申请方式", "二、收费");
        assertThat(parsed.chunks().get(1).text()).isEqualTo("依申请提供政务信息，一般不收费。");
    }

    private static void paragraph(XWPFDocument docx, String text, String style) {
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    @Test
    void pdfTextIsReadAndItsLineBreaksJoinedAgain() throws IOException {
        byte[] bytes;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.getDocumentInformation().setTitle("Open Government Rules");
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                for (String line : List.of("Open Government Rules", "Article 1 An agency shall publish its", "information promptly.", "- 1 -")) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            pdf.save(out);
            bytes = out.toByteArray();
        }
        ExtractedText text = new PdfExtractor().extract(bytes);
        assertThat(text.declared()).containsEntry("title", "Open Government Rules");
        assertThat(text.lines()).contains("Open Government Rules", "Article 1 An agency shall publish its information promptly.")
                .noneMatch(line -> line.contains("- 1 -"));

        // Chinese as a PDF lays it out: a paragraph broken at the page's width, a page number, the next article
        List<String> joined = PdfExtractor.joinLines("""
                示范办法
                第一条　行政机关应当及时公开政务信息，
                并保证信息准确。
                - 2 -
                第二条　申请人可以书面申请。
                """);
        List<Chunk> chunks = chunker.chunk(joined, null).chunks();
        assertThat(chunks).extracting(Chunk::text)
                .containsExactly("第一条 行政机关应当及时公开政务信息，并保证信息准确。", "第二条 申请人可以书面申请。");
    }
}
