package cn.gongkai.assistant.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The office's own questions and answers: each entry one Markdown document in the store ({@code # title}, then
 * {@code ## question} and its answer) under {@link #FOLDER}, named by its id, so the knowledge base reads each like
 * any FAQ document and two entries saved at once (on two instances) never overwrite each other. An entry's id comes
 * from its question, its {@linkplain Entry#revision() revision} from its question and answer, so that an edit made on
 * an entry someone changed meanwhile is recognised. Before, all entries were one document ({@link #LEGACY_PATH}); it
 * is still read, and split into entries at the first change.
 */
final class FaqFile {
    static final String FOLDER = "常见问题/本机关/";
    static final String LEGACY_PATH = "常见问题/本机关常见问题.md";
    static final String TITLE = "本机关政府信息公开常见问题";

    record Entry(String id, String question, String answer) {
        Entry(String question, String answer) {
            this(idOf(question), question, answer);
        }

        /** Changes whenever the question or the answer does. */
        String revision() {
            return digest(question.strip() + "\n" + answer.strip(), 8);
        }
    }

    private FaqFile() {
    }

    static String idOf(String question) {
        return "faq-" + digest(question.strip(), 6);
    }

    private static String digest(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Entry> parse(String markdown) {
        List<Entry> entries = new ArrayList<>();
        String question = null;
        StringBuilder answer = new StringBuilder();
        for (String line : markdown.replace("\r", "").split("\n")) {
            if (line.startsWith("## ")) {
                if (question != null) {
                    entries.add(new Entry(question, answer.toString().strip()));
                }
                question = line.substring(3).strip();
                answer.setLength(0);
            } else if (question != null) {
                answer.append(line).append('\n');
            }
        }
        if (question != null) {
            entries.add(new Entry(question, answer.toString().strip()));
        }
        return entries;
    }

    /** Where an entry is stored. */
    static String pathOf(String id) {
        return FOLDER + id + ".md";
    }

    static boolean isEntry(String relativePath) {
        return relativePath.startsWith(FOLDER) && relativePath.endsWith(".md");
    }

    static String render(List<Entry> entries) {
        StringBuilder out = new StringBuilder("# ").append(TITLE).append("\n\n");
        for (Entry e : entries) {
            out.append("## ").append(e.question()).append("\n\n").append(e.answer().strip()).append("\n\n");
        }
        return out.toString();
    }
}
