package cn.gongkai.reports.render;

import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.ReportFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report as a Word document (.docx), what offices edit and file: the same sections and tables, merged cells
 * as in the official layout (every grid position stays a cell, merged ones marked as continuing).
 * <p>
 * Written directly as WordprocessingML (ECMA-376: a zip of the content types, the package relationship, the
 * document and its styles), which is all this document needs: a Word library would add some 19 MB to the reports
 * function for four XML files.
 */
public final class DocxReport {
    static final String FONT = "宋体";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** A4 in twentieths of a point, with 1.25-inch side margins: the text is 8,306 wide. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_SIDE = 1800;
    private static final int MARGIN_TOP = 1440;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

    private DocxReport() {
    }

    public static byte[] render(AnnualReport report) {
        StringBuilder body = new StringBuilder(64 * 1024);
        paragraph(body, HtmlReport.title(report), true, 16, true, false);
        for (int s = 0; s < 6; s++) {
            paragraph(body, ReportFormat.SECTION_HEADINGS.get(s), true, 12, false, false);
            switch (s) {
                case 1 -> table(body, Tables.table2(report));
                case 2 -> table(body, Tables.table3(report));
                case 3 -> table(body, Tables.table4(report));
                default -> {
                    String text = report.sections().get(s == 0 ? "一" : s == 4 ? "五" : "六");
                    if (text != null) {
                        for (String line : text.split("\n")) {
                            if (!line.isBlank()) {
                                paragraph(body, line.trim(), false, 12, false, true);
                            }
                        }
                    }
                }
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"" + PAGE_WIDTH + "\" w:h=\"" + PAGE_HEIGHT + "\"/>"
                + "<w:pgMar w:top=\"" + MARGIN_TOP + "\" w:right=\"" + MARGIN_SIDE + "\" w:bottom=\"" + MARGIN_TOP
                + "\" w:left=\"" + MARGIN_SIDE + "\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>";
        return zip(document);
    }

    private static byte[] zip(String document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    <Override PartName="/word/styles.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", relationship("officeDocument", "word/document.xml"));
            entry(zip, "word/_rels/document.xml.rels", relationship("styles", "styles.xml"));
            entry(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr>" + fonts()
                    + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/>"
                    + "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults></w:styles>");
            entry(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A part's one relationship, of the given type, to the given target. */
    private static String relationship(String type, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String fonts() {
        return "<w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\" w:cs=\"" + FONT
                + "\"/>";
    }

    /** One paragraph of one run; sizes in points (Word counts half points). */
    private static void paragraph(StringBuilder out, String text, boolean bold, int size, boolean centred,
                                  boolean indented) {
        out.append("<w:p>");
        if (centred || indented) {
            out.append("<w:pPr>");
            if (indented) {
                out.append("<w:ind w:firstLine=\"480\"/>");
            }
            if (centred) {
                out.append("<w:jc w:val=\"center\"/>");
            }
            out.append("</w:pPr>");
        }
        if (text != null && !text.isEmpty()) {
            out.append("<w:r><w:rPr>").append(fonts());
            if (bold) {
                out.append("<w:b/><w:bCs/>");
            }
            out.append("<w:sz w:val=\"").append(size * 2).append("\"/><w:szCs w:val=\"").append(size * 2)
                    .append("\"/></w:rPr><w:t xml:space=\"preserve\">");
            escape(out, text);
            out.append("</w:t></w:r>");
        }
        out.append("</w:p>");
    }

    private static void table(StringBuilder out, Grid grid) {
        int rows = grid.rows().size();
        int columns = grid.columns();
        // every grid position is a cell: the merged ones are marked as starting or continuing a merge
        Grid.Cell[][] text = new Grid.Cell[rows][columns];
        String[][] hMerge = new String[rows][columns];
        String[][] vMerge = new String[rows][columns];
        for (Grid.Placed placed : grid.placed()) {
            Grid.Cell cell = placed.cell();
            text[placed.row()][placed.column()] = cell;
            for (int dr = 0; dr < cell.rowspan(); dr++) {
                for (int dc = 0; dc < cell.colspan(); dc++) {
                    int r = placed.row() + dr;
                    int c = placed.column() + dc;
                    if (cell.colspan() > 1) {
                        hMerge[r][c] = dc == 0 ? "restart" : "continue";
                    }
                    if (cell.rowspan() > 1) {
                        vMerge[r][c] = dr == 0 ? "restart" : "continue";
                    }
                }
            }
        }
        int columnWidth = TEXT_WIDTH / columns;
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : new String[]{"top", "left", "bottom", "right", "insideH", "insideV"}) {
            out.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        out.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int c = 0; c < columns; c++) {
            out.append("<w:gridCol w:w=\"").append(columnWidth).append("\"/>");
        }
        out.append("</w:tblGrid>");
        for (int r = 0; r < rows; r++) {
            out.append("<w:tr>");
            for (int c = 0; c < columns; c++) {
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(columnWidth).append("\" w:type=\"dxa\"/>");
                if (hMerge[r][c] != null) {
                    out.append("<w:hMerge w:val=\"").append(hMerge[r][c]).append("\"/>");
                }
                if (vMerge[r][c] != null) {
                    out.append("<w:vMerge w:val=\"").append(vMerge[r][c]).append("\"/>");
                }
                out.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
                paragraph(out, text[r][c] == null ? null : text[r][c].text(), false, 10, true, false);
                out.append("</w:tc>");
            }
            out.append("</w:tr>");
        }
        out.append("</w:tbl>");
        paragraph(out, null, false, 12, false, false);
    }

    /** XML text: the five special characters escaped, characters XML 1.0 cannot carry left out. */
    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            out.append(ch);
                        }
                    }
                }
            }
        }
    }
}
