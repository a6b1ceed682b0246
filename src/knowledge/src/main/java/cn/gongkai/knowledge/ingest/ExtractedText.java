package cn.gongkai.knowledge.ingest;

import java.util.List;
import java.util.Map;

/**
 * A document reduced to lines of text, Markdown-style: headings start with {@code #} marks, paragraphs are lines,
 * blank lines may separate them. {@code declared} holds metadata the file itself carries (front matter,
 * HTML meta tags, .docx properties), under the keys {@link MetadataReader} understands.
 */
public record ExtractedText(List<String> lines, Map<String, String> declared) {

    public ExtractedText {
        lines = List.copyOf(lines);
        declared = Map.copyOf(declared);
    }
}
