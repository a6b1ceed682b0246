package cn.gongkai.reports.render;

import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.ReportFormat;

/** The report as a web page ready to publish: the six sections, the tables in the official layout. */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(AnnualReport report) {
        StringBuilder html = new StringBuilder();
        String title = title(report);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>\nbody{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;max-width:60em;margin:2em auto;line-height:1.8}\n")
                .append("h1{text-align:center;font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}\n")
                .append("table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.9em}\n")
                .append("th,td{border:1px solid #000;padding:.3em .4em;text-align:center}td{min-width:2.5em}th{font-weight:normal;background:#f4f4f4}\n")
                .append("p{text-indent:2em;margin:.4em 0}.meta{text-align:right;color:#555;font-size:.85em}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p class=\"meta\">依据").append(escape(report.reportFormat() == null ? report.format() : report.reportFormat().document()))
                .append("格式编制</p>\n");
        for (int s = 0; s < 6; s++) {
            html.append("<h2>").append(escape(ReportFormat.SECTION_HEADINGS.get(s))).append("</h2>\n");
            switch (s) {
                case 1 -> table(html, Tables.table2(report));
                case 2 -> table(html, Tables.table3(report));
                case 3 -> table(html, Tables.table4(report));
                default -> paragraphs(html, report.sections().get(s == 0 ? "一" : s == 4 ? "五" : "六"));
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    public static String title(AnnualReport report) {
        return report.agency() + report.year() + "年度政府信息公开工作年度报告";
    }

    private static void paragraphs(StringBuilder html, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                html.append("<p>").append(escape(line.trim())).append("</p>\n");
            }
        }
    }

    private static void table(StringBuilder html, Grid grid) {
        html.append("<table>\n");
        for (var row : grid.rows()) {
            html.append("<tr>");
            for (Grid.Cell cell : row) {
                String tag = cell.header() ? "th" : "td";
                html.append('<').append(tag);
                if (cell.rowspan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowspan()).append('"');
                }
                if (cell.colspan() > 1) {
                    html.append(" colspan=\"").append(cell.colspan()).append('"');
                }
                html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
