package cn.gongkai.knowledge.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small part of YAML that front matter and sidecars use: {@code key: value} lines, lists either inline
 * ({@code [a, b]}) or as {@code - item} lines under their key, {@code #} comments, optional quotes.
 * Lists come back joined with {@link #LIST_SEPARATOR}.
 */
public final class SimpleYaml {

    public static final String LIST_SEPARATOR = "\u001F";

    private SimpleYaml() {
    }

    public static Map<String, String> parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        String listKey = null;
        List<String> items = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("- ") && listKey != null) {
                items.add(unquote(line.substring(2)));
                values.put(listKey, String.join(LIST_SEPARATOR, items));
                continue;
            }
            int colon = firstColon(line);
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            listKey = null;
            items = new ArrayList<>();
            if (value.isEmpty()) {
                listKey = key;
                continue;
            }
            if (value.startsWith("[") && value.endsWith("]")) {
                List<String> inline = new ArrayList<>();
                for (String part : value.substring(1, value.length() - 1).split("[,，、]")) {
                    if (!part.isBlank()) {
                        inline.add(unquote(part.strip()));
                    }
                }
                values.put(key, String.join(LIST_SEPARATOR, inline));
            } else {
                values.put(key, unquote(value));
            }
        }
        return values;
    }

    public static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split(LIST_SEPARATOR + "|[；;]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static int firstColon(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        if (ascii < 0) {
            return wide;
        }
        return wide < 0 ? ascii : Math.min(ascii, wide);
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
