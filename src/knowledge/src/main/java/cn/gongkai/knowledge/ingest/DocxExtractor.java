package cn.gongkai.knowledge.ingest;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Word documents (.docx): paragraphs in order, heading styles (Heading 1, 标题 1, Title) as headings, table rows as lines. */
public final class DocxExtractor implements TextExtractor {

    @Override
    public ExtractedText extract(byte[] content) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            Map<String, String> declared = new LinkedHashMap<>();
            var core = docx.getProperties().getCoreProperties();
            if (core.getTitle() != null && !core.getTitle().isBlank()) {
                declared.put("title", core.getTitle().strip());
            }
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = paragraph.getText().replace('\u00A0', ' ').strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    int level = headingLevel(paragraph, docx);
                    lines.add(level > 0 ? "#".repeat(level) + " " + text : text);
                    lines.add("");
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        String text = row.getTableCells().stream().map(cell -> cell.getText().strip())
                                .filter(cell -> !cell.isEmpty()).collect(Collectors.joining(" | "));
                        if (!text.isEmpty()) {
                            lines.add(text);
                            lines.add("");
                        }
                    }
                }
            }
            return new ExtractedText(lines, declared);
        }
    }

    private static int headingLevel(XWPFParagraph paragraph, XWPFDocument docx) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return 0;
        }
        String name = styleId;
        var style = docx.getStyles() == null ? null : docx.getStyles().getStyle(styleId);
        if (style != null && style.getName() != null) {
            name = style.getName();
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals("title") || n.equals("标题")) {
            return 1;
        }
        for (String prefix : List.of("heading", "标题")) {
            if (n.startsWith(prefix) && n.length() > prefix.length()
                    && Character.isDigit(n.charAt(prefix.length()))) {
                return Math.min(6, n.charAt(prefix.length()) - '0');
            }
        }
        return 0;
    }
}
