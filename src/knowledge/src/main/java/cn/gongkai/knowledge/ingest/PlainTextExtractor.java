package cn.gongkai.knowledge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Markdown and plain text (UTF-8, a byte-order mark tolerated), with optional front matter between {@code ---} lines. */
public final class PlainTextExtractor implements TextExtractor {

    @Override
    public ExtractedText extract(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        Map<String, String> declared = new LinkedHashMap<>();
        if (!lines.isEmpty() && lines.getFirst().strip().equals("---")) {
            int end = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    end = i;
                    break;
                }
            }
            if (end > 0) {
                declared.putAll(SimpleYaml.parse(lines.subList(1, end)));
                lines = new ArrayList<>(lines.subList(end + 1, lines.size()));
            }
        }
        return new ExtractedText(lines, declared);
    }
}
