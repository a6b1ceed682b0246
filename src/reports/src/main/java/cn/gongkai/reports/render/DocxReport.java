package cn.gongkai.reports.render;

import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.ReportFormat;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The report as a Word document (.docx), what offices edit and file: the same sections and tables, merged cells
 * as in the official layout (every grid position stays a cell, merged ones marked as continuing).
 */
public final class DocxReport {
    static final String FONT = "宋体";

    private DocxReport() {
    }

    public static byte[] render(AnnualReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, HtmlReport.title(report), true, 16);
            for (int s = 0; s < 6; s++) {
                run(doc.createParagraph(), ReportFormat.SECTION_HEADINGS.get(s), true, 12);
                switch (s) {
                    case 1 -> table(doc, Tables.table2(report));
                    case 2 -> table(doc, Tables.table3(report));
                    case 3 -> table(doc, Tables.table4(report));
                    default -> {
                        String text = report.sections().get(s == 0 ? "一" : s == 4 ? "五" : "六");
                        if (text != null) {
                            for (String line : text.split("\n")) {
                                if (!line.isBlank()) {
                                    XWPFParagraph p = doc.createParagraph();
                                    p.setIndentationFirstLine(480);
                                    run(p, line.trim(), false, 12);
                                }
                            }
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
    }

    private static void table(XWPFDocument doc, Grid grid) {
        XWPFTable table = doc.createTable(grid.rows().size(), grid.columns());
        table.setWidth("100%");
        for (Grid.Placed placed : grid.placed()) {
            Grid.Cell cell = placed.cell();
            for (int dr = 0; dr < cell.rowspan(); dr++) {
                for (int dc = 0; dc < cell.colspan(); dc++) {
                    XWPFTableCell c = table.getRow(placed.row() + dr).getCell(placed.column() + dc);
                    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
                    if (cell.colspan() > 1) {
                        pr.addNewHMerge().setVal(dc == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                    if (cell.rowspan() > 1) {
                        pr.addNewVMerge().setVal(dr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                }
            }
            XWPFTableCell target = table.getRow(placed.row()).getCell(placed.column());
            XWPFParagraph p = target.getParagraphs().getFirst();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cell.text(), false, 10);
        }
        doc.createParagraph();
    }
}
