package cn.gongkai.knowledge;

import java.util.Set;

/**
 * How to search.
 *
 * @param limit   how many hits (articles) to return
 * @param history {@link History#AUTO}: current texts only unless the question asks about history (修订前, 旧版,
 *                已废止, a year of an older version...); {@link History#CURRENT} never shows superseded or repealed
 *                texts, {@link History#ALL} always may. Non-current hits are always labelled by their validity.
 * @param kinds   only documents of these kinds; empty for all
 * @param links   whether each hit brings the best chunk of the documents linked to its own (policy ↔ interpretation)
 */
public record SearchOptions(int limit, SearchMode mode, History history, Set<DocumentKind> kinds, boolean links) {

    public enum History { AUTO, CURRENT, ALL }

    public SearchOptions {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1..200");
        }
        kinds = Set.copyOf(kinds);
    }

    public static SearchOptions defaults() {
        return new SearchOptions(10, SearchMode.HYBRID, History.AUTO, Set.of(), true);
    }

    public SearchOptions withLimit(int value) {
        return new SearchOptions(value, mode, history, kinds, links);
    }

    public SearchOptions withMode(SearchMode value) {
        return new SearchOptions(limit, value, history, kinds, links);
    }

    public SearchOptions withHistory(History value) {
        return new SearchOptions(limit, mode, value, kinds, links);
    }

    public SearchOptions withKinds(Set<DocumentKind> value) {
        return new SearchOptions(limit, mode, history, value, links);
    }

    public SearchOptions withLinks(boolean value) {
        return new SearchOptions(limit, mode, history, kinds, value);
    }
}
