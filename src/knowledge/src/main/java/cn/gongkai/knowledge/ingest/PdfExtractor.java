package cn.gongkai.knowledge.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PDF text (PDFBox). A PDF breaks paragraphs into lines of the page's width: lines are joined again unless the
 * line ends a sentence or the next one starts an article, a chapter or a list item; page numbers are dropped.
 */
public final class PdfExtractor implements TextExtractor {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—－\\s]*\\d{1,4}[-—－\\s]*$|^第\\s*\\d+\\s*页.*$");
    private static final Pattern STARTS_BLOCK = Pattern.compile(
            "^(第[零〇一二三四五六七八九十百千\\d]+[条章节编]|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[.、])");
    private static final String SENTENCE_END = "。；：！？;:!?」”）)";

    @Override
    public ExtractedText extract(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            Map<String, String> declared = new LinkedHashMap<>();
            String title = pdf.getDocumentInformation().getTitle();
            if (title != null && !title.isBlank()) {
                declared.put("title", title.strip());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return new ExtractedText(joinLines(stripper.getText(pdf)), declared);
        }
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    static List<String> joinLines(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.replace("\r", "").split("\n")) {
            String line = raw.replace('\u00A0', ' ').strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            if (!paragraph.isEmpty() && STARTS_BLOCK.matcher(line).find()) {
                out.add(paragraph.toString());
                out.add("");
                paragraph.setLength(0);
            }
            if (!paragraph.isEmpty() && isLatin(paragraph.charAt(paragraph.length() - 1)) && isLatin(line.charAt(0))) {
                paragraph.append(' '); // Chinese lines join as they are, Latin words need their space back
            }
            paragraph.append(line);
            if (SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0 || out.isEmpty() && paragraph.length() < 40) {
                out.add(paragraph.toString());
                out.add("");
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            out.add(paragraph.toString());
        }
        return out;
    }
}
