package cn.gongkai.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A question written in traditional characters, in simplified ones (申請要收費嗎 → 申请要收费吗), so that it meets the
 * knowledge base's simplified texts; with a few words of Taiwan and Hong Kong usage in the mainland's (資訊 → 信息).
 * A document in traditional characters is ingested in simplified ones, character by character
 * ({@link #charactersToSimplified}: its own wording kept). The table is {@code traditional.txt}; a text in
 * simplified characters comes back as it was (so every text of the law corpus does).
 */
public final class TraditionalChinese {

    private record Word(String from, String to) {
    }

    private static final TraditionalChinese TABLE = load();

    private final Map<Integer, Integer> characters;
    private final List<Word> words;

    private TraditionalChinese(Map<Integer, Integer> characters, List<Word> words) {
        this.characters = characters;
        this.words = words;
    }

    /** The text in simplified characters; the same instance when it holds no traditional character. */
    public static String toSimplified(String text) {
        return TABLE.simplify(text);
    }

    /** The text with each traditional character in its simplified form, and no word changed. */
    public static String charactersToSimplified(String text) {
        return TABLE.characters(text);
    }

    /**
     * The mainland words of the regional words (资讯 → 信息, 网路 → 网络) a text in simplified characters holds, each
     * once: what a document written in traditional characters is also found by, its own wording kept.
     */
    public static List<String> mainlandWords(String text) {
        return TABLE.mainland(text);
    }

    List<String> mainland(String text) {
        List<String> out = new ArrayList<>();
        String rest = text;
        for (Word word : words) { // the longer word first: 身分证 is not also 身分
            if (rest.contains(word.from())) {
                rest = rest.replace(word.from(), " ");
                if (!out.contains(word.to())) {
                    out.add(word.to());
                }
            }
        }
        return out;
    }

    String simplify(String text) {
        String result = characters(text);
        if (result == null || result == text) {
            return result;
        }
        for (Word word : words) {
            result = result.replace(word.from(), word.to());
        }
        return result;
    }

    String characters(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Integer simplified = characters.get(c);
            if (simplified != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(simplified != null ? simplified : c);
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    static TraditionalChinese parse(String table) {
        Map<Integer, Integer> characters = new HashMap<>();
        List<Word> words = new ArrayList<>();
        for (String line : table.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int arrow = l.indexOf("=>");
            if (arrow >= 0) {
                words.add(new Word(l.substring(0, arrow).strip(), l.substring(arrow + 2).strip()));
                continue;
            }
            String[] parts = l.split("\\s+");
            if (parts.length != 2 || parts[0].codePointCount(0, parts[0].length()) != 1) {
                throw new IllegalArgumentException("traditional.txt: not a line of the table: " + l);
            }
            int simplified = parts[0].codePointAt(0);
            parts[1].codePoints().forEach(t -> characters.put(t, simplified));
        }
        // the longer word first, so that 身分证 is not read as 身分 + 证
        words.sort((a, b) -> Integer.compare(b.from().length(), a.from().length()));
        return new TraditionalChinese(Map.copyOf(characters), List.copyOf(words));
    }

    private static TraditionalChinese load() {
        try (InputStream in = TraditionalChinese.class.getResourceAsStream("traditional.txt")) {
            if (in == null) {
                throw new IllegalStateException("traditional.txt is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
