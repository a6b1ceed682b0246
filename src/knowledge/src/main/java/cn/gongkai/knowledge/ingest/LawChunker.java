package cn.gongkai.knowledge.ingest;

import cn.gongkai.knowledge.ChineseNumbers;
import cn.gongkai.knowledge.Chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into chunks along the law's own structure.
 *
 * <ul>
 *   <li>The title is the first {@code #} heading, or in plain text the first line when it reads like a title.</li>
 *   <li>The lines between the title and the first structure are the header (dates, 文号, 公布/施行 lines) when they
 *       look like one, or end at the {@code <!-- INFO END -->} marker of the law databases' Markdown exports;
 *       they feed the metadata, not the chunks.</li>
 *   <li>Headings: Markdown headings, and plain lines such as 第一章 总则 / 第二节 … / 第一编 …; a 章 closes the 节
 *       under the previous 章, and so on. Every chunk carries the headings above it.</li>
 *   <li>Articles: a line starting 第X条 (or 第X条之一) followed by a space, an ideographic space or a colon; without
 *       one it counts only when it is the article expected next, so a paragraph opening with a reference
 *       (第二十条规定的期限…) stays inside its article. Long articles are split at paragraph (款) boundaries.</li>
 *   <li>Text before the first article is the preamble; a document with no article is chunked by its sections,
 *       long sections split at paragraphs.</li>
 * </ul>
 */
public final class LawChunker {

    /** An article longer than this (characters) is split at paragraph boundaries into parts of about this size. */
    public static final int MAX_CHUNK_CHARS = 600;

    private static final String NUM = "[零〇一二三四五六七八九十百千两0-9０-９]+";
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:\\*\\*)?第(" + NUM + ")条(?:之(" + NUM + "))?(?:\\*\\*)?([\\s\\u3000:：]+|$)?(.*)$");
    private static final Pattern STRUCTURE = Pattern.compile(
            "^(?:\\*\\*)?第(" + NUM + ")([编章节])(?:[\\s\\u3000]+(.*?))?(?:\\*\\*)?$");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern HEADER_LINE = Pattern.compile(
            "^[（(]?\\s*\\d{4}\\s*年.{0,80}(通过|公布|发布|修订|修正|施行|印发|颁布).*$|^.{0,40}[令号]第?\\s*\\d+\\s*号.*$|^[（(].{0,30}〔\\d{4}〕.*[)）]$");
    /** What follows 第X条 when it is a reference inside a paragraph, not an article's start. */
    private static final Pattern REFERENCE_CONTINUES = Pattern.compile("^(规定|的|所|至|到|、|和|与|或|及|中|第|项|款|之|以|等|所列)");
    private static final String INFO_END = "<!-- INFO END -->";

    /** The chunks and what the text says about itself. */
    public record Parsed(String title, List<String> headerLines, List<Chunk> chunks) {
    }

    public Parsed chunk(List<String> rawLines, String knownTitle) {
        List<String> lines = new ArrayList<>();
        for (String raw : rawLines) {
            lines.add(raw.replace('\u00A0', ' ').strip());
        }
        String title = null;
        int start = 0;
        // the title: first # heading, or the first non-blank line of a plain text that reads like one
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            Matcher heading = MD_HEADING.matcher(line);
            if (heading.matches() && heading.group(1).length() == 1) {
                title = heading.group(2);
                start = i + 1;
            } else if (!heading.matches() && looksLikeTitle(line, knownTitle)) {
                title = line;
                start = i + 1;
            }
            break;
        }
        // the header block
        List<String> header = new ArrayList<>();
        int infoEnd = -1;
        for (int i = start; i < lines.size(); i++) {
            if (lines.get(i).equals(INFO_END)) {
                infoEnd = i;
                break;
            }
        }
        if (infoEnd >= 0) {
            for (int i = start; i < infoEnd; i++) {
                if (!lines.get(i).isEmpty()) {
                    header.add(lines.get(i));
                }
            }
            start = infoEnd + 1;
        } else {
            int i = start;
            while (i < lines.size() && (lines.get(i).isEmpty() || HEADER_LINE.matcher(lines.get(i)).matches()
                    && !ARTICLE.matcher(lines.get(i)).matches())) {
                if (!lines.get(i).isEmpty()) {
                    header.add(lines.get(i));
                }
                i++;
            }
            start = i;
        }
        return new Parsed(title, header, new Walker().walk(lines.subList(start, lines.size())));
    }

    private static boolean looksLikeTitle(String line, String knownTitle) {
        if (knownTitle != null && line.replace(" ", "").equals(knownTitle.replace(" ", ""))) {
            return true;
        }
        return line.length() <= 60 && !ARTICLE.matcher(line).matches() && !STRUCTURE.matcher(line).matches()
                && "。；：，！？.;:,".indexOf(line.charAt(line.length() - 1)) < 0 && !HEADER_LINE.matcher(line).matches();
    }

    /** The walk over the body: one open unit (article, preamble or section) at a time. */
    private static final class Walker {
        final List<Chunk> chunks = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        Chunk.Kind kind = Chunk.Kind.PREAMBLE;
        String label = "序言";
        int article;
        int sub;
        int lastArticle;
        boolean sawArticle;

        List<Chunk> walk(List<String> lines) {
            for (String line : lines) {
                if (line.isEmpty() || line.equals(INFO_END) || line.equals("目录") || line.equals("目 录")) {
                    continue;
                }
                Matcher md = MD_HEADING.matcher(line);
                String headingText = md.matches() ? md.group(2).strip() : null;
                Matcher structure = STRUCTURE.matcher(headingText != null ? headingText : line);
                if (structure.matches() && OptionalIntOf(structure.group(1)).isPresent()) {
                    flush();
                    int rank = switch (structure.group(2)) {
                        case "编" -> 1;
                        case "章" -> 2;
                        default -> 3;
                    };
                    String text = headingText != null ? headingText : line;
                    openHeading(new Heading(rank, text.replaceAll("[\\s\\u3000]+", " ").replace("**", "")));
                    continue;
                }
                if (headingText != null) {
                    flush();
                    openHeading(new Heading(md.group(1).length() + 2, headingText));
                    continue;
                }
                Matcher a = ARTICLE.matcher(line);
                if (a.matches()) {
                    OptionalInt number = OptionalIntOf(a.group(1));
                    int subNumber = a.group(2) == null ? 0 : OptionalIntOf(a.group(2)).orElse(-1);
                    boolean separated = a.group(3) != null && !a.group(3).isEmpty() || a.group(4).isEmpty();
                    boolean reference = !separated && REFERENCE_CONTINUES.matcher(a.group(4)).find();
                    if (number.isPresent() && subNumber >= 0
                            && (separated || !reference && expected(number.getAsInt(), subNumber))) {
                        flush();
                        kind = Chunk.Kind.ARTICLE;
                        article = number.getAsInt();
                        sub = subNumber;
                        label = ChineseNumbers.articleLabel(article, sub);
                        lastArticle = article;
                        sawArticle = true;
                        String rest = a.group(4).strip();
                        paragraphs.add(rest.isEmpty() ? label : label + " " + rest);
                        continue;
                    }
                }
                paragraphs.add(line);
            }
            flush();
            if (!sawArticle) {
                // no article at all: what came before the first heading is the body, not a preamble
                chunks.replaceAll(c -> c.kind() == Chunk.Kind.PREAMBLE
                        ? new Chunk(Chunk.Kind.SECTION, "正文", 0, 0, c.part(), c.parts(), c.headings(), c.text()) : c);
            }
            return chunks;
        }

        private boolean expected(int number, int subNumber) {
            return subNumber == 0 ? number == lastArticle + 1 : number == lastArticle;
        }

        private void openHeading(Heading heading) {
            headings.removeIf(h -> h.rank >= heading.rank);
            headings.add(heading);
            // text under a new heading is a section of its own until an article starts
            kind = Chunk.Kind.SECTION;
            label = heading.text;
            article = 0;
            sub = 0;
        }

        private void flush() {
            if (paragraphs.isEmpty()) {
                return;
            }
            List<String> headingTexts = headings.stream().map(Heading::text).toList();
            if (kind == Chunk.Kind.SECTION && !sawArticle && headings.isEmpty()) {
                kind = Chunk.Kind.PREAMBLE;
            }
            List<List<String>> parts = split(paragraphs);
            for (int i = 0; i < parts.size(); i++) {
                chunks.add(new Chunk(kind, label, article, sub, i + 1, parts.size(), headingTexts,
                        String.join("\n", parts.get(i))));
            }
            paragraphs = new ArrayList<>();
        }

        private static List<List<String>> split(List<String> paragraphs) {
            List<List<String>> parts = new ArrayList<>();
            List<String> current = new ArrayList<>();
            int size = 0;
            for (String paragraph : paragraphs) {
                if (size > 0 && size + paragraph.length() > MAX_CHUNK_CHARS) {
                    parts.add(current);
                    current = new ArrayList<>();
                    size = 0;
                }
                current.add(paragraph);
                size += paragraph.length();
            }
            if (!current.isEmpty()) {
                parts.add(current);
            }
            return parts;
        }
    }

    private record Heading(int rank, String text) {
    }

    private static OptionalInt OptionalIntOf(String numeral) {
        String ascii = numeral.chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return ChineseNumbers.parse(ascii);
    }
}
