package cn.gongkai.reports.render;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.reports.ReportJson;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The four outputs of a report: html, md, json (the check schema's data), docx. */
public enum ReportOutput {
    HTML("text/html; charset=utf-8", "html"),
    MD("text/markdown; charset=utf-8", "md"),
    JSON("application/json; charset=utf-8", "json"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    ReportOutput(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static ReportOutput parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "html", "htm" -> HTML;
            case "md", "markdown" -> MD;
            case "json" -> JSON;
            case "docx", "word" -> DOCX;
            default -> throw new DomainException("output", ErrorCode.FIELD_NOT_ALLOWED, "输出格式", text);
        };
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean binary() {
        return this == DOCX;
    }

    public byte[] render(AnnualReport report) {
        return switch (this) {
            case HTML -> HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
            case MD -> MarkdownReport.render(report).getBytes(StandardCharsets.UTF_8);
            case JSON -> ReportJson.write(report).getBytes(StandardCharsets.UTF_8);
            case DOCX -> DocxReport.render(report);
        };
    }
}
