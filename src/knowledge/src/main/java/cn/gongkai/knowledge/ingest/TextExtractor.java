package cn.gongkai.knowledge.ingest;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns one file's bytes into lines of text, by its format. */
public interface TextExtractor {

    ExtractedText extract(byte[] content) throws IOException;

    Set<String> SUPPORTED = Set.of("md", "markdown", "txt", "text", "html", "htm", "docx", "pdf");

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The extractor for a file name, empty when the format is not one the knowledge base reads. */
    static Optional<TextExtractor> forFile(String fileName) {
        return switch (extension(fileName)) {
            case "md", "markdown", "txt", "text" -> Optional.of(new PlainTextExtractor());
            case "html", "htm" -> Optional.of(new HtmlExtractor());
            case "docx" -> Optional.of(new DocxExtractor());
            case "pdf" -> Optional.of(new PdfExtractor());
            default -> Optional.empty();
        };
    }
}
