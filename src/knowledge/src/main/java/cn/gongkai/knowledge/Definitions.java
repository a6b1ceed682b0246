package cn.gongkai.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions asking what a term means (什么是行政处罚？, 行政许可的定义是什么？, “政府信息”指的是什么) and the articles that
 * define it: laws define their terms in set phrases (本法所称行政许可，是指…; 行政处罚是指…), which a question in
 * everyday words shares with many other articles of the same law.
 */
final class Definitions {
    private static final String TERM = "[“\"‘]?(\\p{IsHan}[\\p{IsHan}·]{1,15}?)[”\"’]?";
    private static final List<Pattern> ASKS = List.of(
            Pattern.compile("(?:什么|啥)(?:是|叫|叫做|算)(?:所谓的?)?" + TERM + "(?=[？?，,。；;！!、/]|$|呢|啊|吗)"),
            Pattern.compile("何(?:为|谓)" + TERM + "(?=[？?，,。；;！!、/]|$)"),
            Pattern.compile("(?:^|[？?，,。；;！!/]|所谓的?)" + TERM
                    + "(?:是(?:什么|啥)意思|(?:的|是)(?:定义|含义|概念|意思)|(?:指的?是|是指)(?:什么|啥|哪些)|是(?:什么|啥)(?=[？?。！!]|$))"));

    /** Words before the term that are not part of it (请问什么是…, 所谓不可抗力). */
    private static final Pattern LEADING = Pattern.compile("^(?:请问|所谓的?|关于)+");

    private Definitions() {
    }

    /** The terms the question asks to have defined, in the order it asks them; empty when it asks none. */
    static Set<String> askedTerms(String question) {
        Set<String> terms = new LinkedHashSet<>();
        for (Pattern p : ASKS) {
            Matcher m = p.matcher(question);
            while (m.find()) {
                String term = LEADING.matcher(m.group(1)).replaceFirst("");
                if (term.codePointCount(0, term.length()) >= 2) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    /** Whether the text defines the term in a law's set phrase: (本法)所称X，是指 / 所称X指 / X是指. */
    static boolean defines(String text, String term) {
        return definition(term).matcher(text).find();
    }

    /** A law's set phrases defining the term. */
    private static Pattern definition(String term) {
        String t = Pattern.quote(term);
        return Pattern.compile("所称的?[“\"]?" + t + "[”\"]?[，,]?\\s*(?:是|系)?指"
                + "|(?:^|[。；;：:\\s）)]|第[一二三四五六七八九十百零〇]+条\\s*)[“\"]?" + t + "[”\"]?[，,]?\\s*是指");
    }

    /**
     * The keys reordered: for each term asked, the first of the leading {@code window} keys whose text defines it
     * comes first (the terms in the order asked), the rest keeping their order.
     */
    static <T> List<T> definingFirst(String question, List<T> ranked, int window, Function<T, String> text) {
        Set<String> asked = askedTerms(question);
        if (asked.isEmpty()) {
            return ranked;
        }
        List<T> first = new ArrayList<>();
        int scan = Math.min(window, ranked.size());
        for (String term : asked) {
            Pattern defining = definition(term);
            for (int i = 0; i < scan; i++) {
                T candidate = ranked.get(i);
                if (!first.contains(candidate) && defining.matcher(text.apply(candidate)).find()) {
                    first.add(candidate);
                    break;
                }
            }
        }
        if (first.isEmpty()) {
            return ranked;
        }
        List<T> out = new ArrayList<>(first);
        ranked.stream().filter(r -> !first.contains(r)).forEach(out::add);
        return out;
    }
}
