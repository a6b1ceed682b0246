package cn.gongkai.knowledge.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTML pages as government sites publish policies: block elements become lines, h1..h6 headings, scripts,
 * styles and navigation dropped. Meta tags give metadata: the sites' own names (ArticleTitle, PubDate,
 * ContentSource) and ours (the keys of front matter, e.g. {@code <meta name="validity" content="现行有效">}).
 */
public final class HtmlExtractor implements TextExtractor {

    private static final Map<String, String> SITE_META = Map.of(
            "articletitle", "title",
            "pubdate", "published",
            "contentsource", "issuer",
            "firstimgsrc", "");

    @Override
    public ExtractedText extract(byte[] content) {
        Document html = Jsoup.parse(new String(content, StandardCharsets.UTF_8));
        html.select("script, style, nav, noscript, header nav, footer").remove();
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element meta : html.select("meta[name][content]")) {
            String name = meta.attr("name").strip();
            String key = SITE_META.getOrDefault(name.toLowerCase(), name);
            if (!key.isEmpty() && !meta.attr("content").isBlank()) {
                declared.putIfAbsent(key, meta.attr("content").strip());
            }
        }
        if (!declared.containsKey("title") && !html.title().isBlank() && html.selectFirst("h1") == null) {
            declared.put("title", html.title().strip());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (node instanceof Element element) {
                    if (element.isBlock() || element.normalName().equals("br")) {
                        flush();
                    }
                    String name = element.normalName();
                    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                        current.append("#".repeat(name.charAt(1) - '0')).append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    flush();
                }
            }

            private void flush() {
                String line = current.toString().replace('\u00A0', ' ').strip();
                if (!line.isEmpty() && !line.matches("#+")) {
                    lines.add(line);
                    lines.add("");
                }
                current.setLength(0);
            }
        }, html.body());
        String rest = current.toString().strip();
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
        return new ExtractedText(lines, declared);
    }
}
