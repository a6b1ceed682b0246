package cn.gongkai.reports.render;

import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.AnnualReport.Table2Section;
import cn.gongkai.domain.report.ReportFormat;

import java.math.BigDecimal;
import java.util.List;

/** The report in Markdown: merged headings cannot be drawn, so each row names its full path ("三、…/（三）不予公开/1.…"). */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(AnnualReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(HtmlReport.title(report)).append("\n\n");
        md.append("> 依据").append(report.reportFormat() == null ? report.format() : report.reportFormat().document()).append("格式编制\n");
        for (int s = 0; s < 6; s++) {
            md.append("\n## ").append(ReportFormat.SECTION_HEADINGS.get(s)).append("\n\n");
            switch (s) {
                case 1 -> table2(md, report);
                case 2 -> {
                    md.append(ReportFormat.TABLE3_NOTE).append("\n\n");
                    header(md, "申请人情况", ReportFormat.TABLE3_COLUMNS);
                    report.table3().forEach(row -> row(md, row.name(), row.cells(), false));
                }
                case 3 -> {
                    header(md, "", ReportFormat.TABLE4_COLUMNS);
                    row(md, "案件数", report.table4(), false);
                }
                default -> {
                    String text = report.sections().get(s == 0 ? "一" : s == 4 ? "五" : "六");
                    if (text != null) {
                        for (String line : text.split("\n")) {
                            if (!line.isBlank()) {
                                md.append(line.trim()).append("\n\n");
                            }
                        }
                    }
                }
            }
        }
        return md.toString();
    }

    private static void table2(StringBuilder md, AnnualReport report) {
        for (Table2Section section : report.table2()) {
            md.append("**").append(section.item()).append("**\n\n");
            header(md, "信息内容", section.columns());
            for (Row row : section.rows()) {
                row(md, row.name(), row.cells(), section.columns().stream().anyMatch(c -> c.contains("金额")));
            }
            md.append('\n');
        }
    }

    private static void header(StringBuilder md, String first, List<String> columns) {
        md.append("| ").append(first);
        columns.forEach(c -> md.append(" | ").append(c.replace("|", "\\|")));
        md.append(" |\n|---");
        columns.forEach(c -> md.append("|---:"));
        md.append("|\n");
    }

    private static void row(StringBuilder md, String name, List<BigDecimal> cells, boolean moneyLast) {
        md.append("| ").append(name.replace("|", "\\|"));
        for (int i = 0; i < cells.size(); i++) {
            md.append(" | ").append(Tables.number(cells.get(i), moneyLast && i == cells.size() - 1));
        }
        md.append(" |\n");
    }
}
