package cn.gongkai.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everyday words → the words laws use (多久 → 期限, 老板 → 用人单位 ...), read from {@code expansions.txt}:
 * {@code 口语词|口语词 => 法律用语 法律用语}. The added words count for less than the question's own in BM25
 * ({@link RankingWeights#expansion()}).
 */
public final class QueryExpansion {

    /** One line of the file: everyday words (any one found in a question triggers it) and the words laws use. */
    public record Rule(List<String> triggers, List<String> terms) {
    }

    private final List<Rule> rules;

    private QueryExpansion(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static QueryExpansion standard() {
        try (InputStream in = QueryExpansion.class.getResourceAsStream("expansions.txt")) {
            if (in == null) {
                return new QueryExpansion(List.of());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueryExpansion parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            int arrow = l.indexOf("=>");
            if (l.isEmpty() || l.startsWith("#") || arrow < 0) {
                continue;
            }
            List<String> triggers = List.of(l.substring(0, arrow).strip().split("\\|"));
            List<String> terms = List.of(l.substring(arrow + 2).strip().split("\\s+"));
            rules.add(new Rule(triggers.stream().map(String::strip).filter(t -> !t.isEmpty()).toList(), terms));
        }
        return new QueryExpansion(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The words to add for a question, in the order of the rules, each once. */
    public Set<String> expand(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (rule.triggers().stream().anyMatch(question::contains)) {
                out.addAll(rule.terms());
            }
        }
        return out;
    }
}
