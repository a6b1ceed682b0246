package cn.gongkai.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a question that names a document and an article (《政府信息公开条例》第三十三条, 行政复议法第20条,
 * 信息公开条例第二十条之一): the document by its title, its title without 中华人民共和国, an alias, or a distinctive
 * ending of its title of at least four characters, or by its kind alone (条例第四十二条) when the knowledge base has
 * one document of that kind; the article by its number in Chinese or Arabic numerals. Also
 * finds the documents a question names in title marks without an article ({@link #namedInTitleMarks}).
 */
public final class ArticleRouter {

    /**
     * The documents the question may mean, best first, each as its versions (current first), and the label. When the
     * named document is not in the knowledge base itself, the documents that interpret it (article-by-article
     * summaries) are the candidates.
     */
    public record Route(List<List<Catalog.Entry>> candidates, String label) {
    }

    private static final Pattern ARTICLE = Pattern.compile(
            "第\\s*([零〇一二三四五六七八九十百千两]+|\\d{1,4})\\s*条(?:\\s*之\\s*([一二三四五六七八九十]+|\\d{1,2}))?");
    private static final int MIN_SUFFIX = 4;

    private final Map<String, List<String>> names = new HashMap<>(); // name → normalized titles
    private final Map<String, List<String>> interpreters = new HashMap<>(); // a policy's name → what interprets it
    private final List<String> documentTitles;
    private final Set<String> interpretedPolicies = new LinkedHashSet<>(); // policies known only through interpreters

    public ArticleRouter(Catalog catalog) {
        Map<String, Integer> suffixCount = new HashMap<>();
        documentTitles = catalog.entries().stream().map(Catalog.Entry::normalizedTitle).distinct().toList();
        for (String title : documentTitles) {
            for (int i = 0; i + MIN_SUFFIX <= title.length(); i++) {
                suffixCount.merge(title.substring(i), 1, Integer::sum);
            }
        }
        for (Catalog.Entry entry : catalog.entries()) {
            String title = entry.normalizedTitle();
            add(Catalog.normalize(entry.metadata().title()), title);
            add(entry.metadata().title().replaceAll("\\s", ""), title);
            entry.metadata().aliases().forEach(alias -> add(Catalog.normalize(alias), title));
            for (int i = 1; i + MIN_SUFFIX <= title.length(); i++) {
                String suffix = title.substring(i);
                if (suffixCount.get(suffix) == 1) {
                    add(suffix, title);
                }
            }
        }
        // a policy known only through what interprets it: its names lead to the interpreting documents
        for (Catalog.Entry entry : catalog.entries()) {
            for (String target : entry.metadata().interprets()) {
                String policy = Catalog.normalize(target);
                if (documentTitles.contains(policy)) {
                    continue;
                }
                interpretedPolicies.add(policy);
                for (int i = 0; i + MIN_SUFFIX <= policy.length(); i++) {
                    interpreters.computeIfAbsent(policy.substring(i), n -> new ArrayList<>()).add(entry.normalizedTitle());
                }
            }
        }
    }

    /** A document named by its kind alone right before the article (条例第四十二条, 本办法第三条). */
    private static final Pattern KIND_ONLY = Pattern.compile("(?:本|该|这个|此)?(条例|办法|规定|细则|决定|法)$");

    private void add(String name, String title) {
        List<String> list = names.computeIfAbsent(name, n -> new ArrayList<>());
        if (!list.contains(title)) {
            list.add(title);
        }
    }

    private static final Pattern BRACKETED = Pattern.compile("《([^《》]{2,60})》");

    /**
     * The documents a question names in title marks (《消费者权益保护法》, 《信息公开条例》 when one title alone ends so): each by its
     * title, its title without 中华人民共和国, an alias or a distinctive ending, as in {@link #route}; every version of
     * each. A name that fits several documents, or none, names nothing.
     */
    public Set<String> namedInTitleMarks(String question, Catalog catalog) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = BRACKETED.matcher(question);
        while (m.find()) {
            List<String> titles = names.getOrDefault(Catalog.normalize(m.group(1)), List.of());
            if (titles.size() == 1) {
                catalog.versions(titles.getFirst()).forEach(e -> out.add(e.id()));
            }
        }
        return out;
    }

    public Optional<Route> route(String question, Catalog catalog) {
        String q = question.replaceAll("[\\s\\u3000《》〈〉]", "");
        Matcher article = ARTICLE.matcher(q);
        if (!article.find()) {
            return Optional.empty();
        }
        OptionalInt number = ChineseNumbers.parse(article.group(1));
        OptionalInt sub = article.group(2) == null ? OptionalInt.of(0) : ChineseNumbers.parse(article.group(2));
        if (number.isEmpty() || sub.isEmpty()) {
            return Optional.empty();
        }
        // the longest name found in the question, preferring one right before 第X条
        String before = q.substring(0, article.start());
        Comparator<String> best = Comparator.comparing((String n) -> before.endsWith(n)).thenComparing(String::length);
        Optional<String> name = names.keySet().stream().filter(q::contains).max(best);
        List<String> titles = name.map(names::get).filter(t -> t.size() == 1)
                .or(() -> interpreters.keySet().stream().filter(q::contains).max(best).map(interpreters::get))
                .or(() -> onlyOfKind(before))
                .orElse(List.of());
        List<List<Catalog.Entry>> candidates = titles.stream().distinct().map(catalog::versions)
                .filter(v -> !v.isEmpty()).toList();
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(new Route(candidates, ChineseNumbers.articleLabel(number.getAsInt(), sub.getAsInt())));
    }

    /**
     * The one document of the kind named before the article (条例), counting the policies known only through what
     * interprets them (the sample's 条例, through its summary); nothing when the knowledge base has several or none.
     */
    private Optional<List<String>> onlyOfKind(String before) {
        Matcher kind = KIND_ONLY.matcher(before);
        if (!kind.find()) {
            return Optional.empty();
        }
        String ending = kind.group(1);
        List<String> documents = documentTitles.stream().filter(t -> t.endsWith(ending)).toList();
        List<String> policies = interpretedPolicies.stream().filter(p -> p.endsWith(ending)).toList();
        if (documents.size() + policies.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(documents.isEmpty() ? interpreters.get(policies.getFirst()) : documents);
    }
}
