package cn.gongkai.knowledge;

import java.util.Locale;
import java.util.Optional;

/** What a document in the knowledge base is. */
public enum DocumentKind {
    /** A law, regulation, rule or normative document. */
    POLICY("政策法规"),
    /** An official interpretation of a policy: 政策解读, 司法解释, 实施条例 read together with its law. */
    INTERPRETATION("政策解读"),
    /** The office's own guide (政府信息公开指南). */
    GUIDE("公开指南"),
    /** Questions and answers. */
    FAQ("常见问题"),
    /** Plain-language summaries of articles. */
    SUMMARY("条文解读"),
    /** Anything else, such as a court case. */
    OTHER("其他");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentKind> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        for (DocumentKind kind : values()) {
            if (kind.label.equals(v) || kind.name().equalsIgnoreCase(v)) {
                return Optional.of(kind);
            }
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "法律", "法规", "规章", "政策", "规范性文件", "law", "regulation" -> Optional.of(POLICY);
            case "解读", "司法解释", "答记者问", "interpretation" -> Optional.of(INTERPRETATION);
            case "指南", "公开指南", "政府信息公开指南", "guide" -> Optional.of(GUIDE);
            case "问答", "faq", "常见问题解答" -> Optional.of(FAQ);
            case "摘要", "条文摘要", "summary", "summaries" -> Optional.of(SUMMARY);
            case "案例", "case" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }
}
