package cn.gongkai.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every document of the index with what follows from all of them together: each one's validity (declared, or
 * inferred from later versions of the same title, repeal clauses, {@code supersedes} and dates) and the links
 * between policies and their interpretations (declared {@code interprets}, or a title such as 关于适用《X》的解释 or
 * X实施条例). Small (one entry per document), rebuilt after every ingestion.
 */
public final class Catalog {

    /** A document with its effective validity. */
    public record Entry(IndexedDocument document, Validity validity, String normalizedTitle) {
        public String id() {
            return document.id();
        }

        public DocumentMetadata metadata() {
            return document.metadata();
        }
    }

    /** A link from one document to another. */
    public record Link(String to, String relation) {
    }

    public static final String INTERPRETS = "interprets";
    public static final String INTERPRETED_BY = "interpreted by";

    private static final Pattern QUOTED = Pattern.compile("《([^》]+)》");
    private static final Pattern IMPLEMENTING = Pattern.compile("^(.+?)(实施条例|实施办法|实施细则|实施规定)$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<Link>> links = new HashMap<>();

    public Catalog(Collection<IndexedDocument> documents, LocalDate today) {
        Map<String, List<IndexedDocument>> byTitle = new HashMap<>();
        for (IndexedDocument document : documents) {
            byTitle.computeIfAbsent(normalize(document.metadata().title()), t -> new ArrayList<>()).add(document);
        }
        for (IndexedDocument document : documents) {
            String title = normalize(document.metadata().title());
            entries.put(document.id(), new Entry(document, validityOf(document, title, documents, byTitle, today), title));
        }
        for (Entry entry : entries.values()) {
            for (String target : interpretsOf(entry)) {
                resolve(target).filter(t -> !t.id().equals(entry.id())).ifPresent(policy -> {
                    addLink(entry.id(), new Link(policy.id(), INTERPRETS));
                    addLink(policy.id(), new Link(entry.id(), INTERPRETED_BY));
                });
            }
        }
    }

    private void addLink(String from, Link link) {
        List<Link> list = links.computeIfAbsent(from, f -> new ArrayList<>());
        if (!list.contains(link)) {
            list.add(link);
        }
    }

    /** 中华人民共和国, spaces, book-title marks and a trailing version note in brackets do not tell titles apart. */
    public static String normalize(String title) {
        return title.replaceAll("[\\s\\u3000《》〈〉]", "").replaceFirst("^中华人民共和国", "")
                .replaceAll("[（(](\\d{4}[^)）]*|\\d{4}年[^)）]*|[^)）]*修订[^)）]*|[^)）]*修正[^)）]*)[)）]$", "");
    }

    private static boolean inForce(IndexedDocument document, LocalDate today) {
        Optional<Validity> declared = document.metadata().validity();
        if (declared.isPresent()) {
            return declared.get().current();
        }
        return document.metadata().effectiveOn().map(date -> !date.isAfter(today)).orElse(true);
    }

    private static LocalDate versionOf(IndexedDocument document) {
        return document.metadata().versionDate().orElse(LocalDate.MIN);
    }

    private static Validity validityOf(IndexedDocument document, String title, Collection<IndexedDocument> all,
                                       Map<String, List<IndexedDocument>> byTitle, LocalDate today) {
        DocumentMetadata metadata = document.metadata();
        if (metadata.validity().isPresent()) {
            return metadata.validity().get();
        }
        if (metadata.effectiveOn().map(date -> date.isAfter(today)).orElse(false)) {
            return Validity.NOT_YET_EFFECTIVE;
        }
        LocalDate version = versionOf(document);
        for (IndexedDocument other : all) {
            if (other == document || !inForce(other, today) || !versionOf(other).isAfter(version)) {
                continue;
            }
            for (String repealed : other.repeals()) {
                String[] parts = repealed.split("\\|", -1);
                if (normalize(parts[0]).equals(title) && yearsMatch(parts.length > 1 ? parts[1] : "", metadata)) {
                    return Validity.REPEALED;
                }
            }
            for (String replaced : other.metadata().supersedes()) {
                if (replaced.equals(document.source()) || normalize(replaced).equals(title)) {
                    return normalize(other.metadata().title()).equals(title) ? Validity.AMENDED : Validity.REPEALED;
                }
            }
        }
        boolean newerVersion = byTitle.getOrDefault(title, List.of()).stream()
                .anyMatch(other -> other != document && inForce(other, today) && versionOf(other).isAfter(version)
                        && Optional.ofNullable(other.metadata().region().orElse(null))
                        .equals(Optional.ofNullable(metadata.region().orElse(null))));
        return newerVersion ? Validity.AMENDED : Validity.CURRENT;
    }

    /** A repeal clause naming years (1995年…发布的《信访条例》) repeals only a version of one of those years. */
    private static boolean yearsMatch(String years, DocumentMetadata metadata) {
        if (years.isBlank()) {
            return true;
        }
        Set<Integer> own = new LinkedHashSet<>();
        metadata.publishedOn().ifPresent(d -> own.add(d.getYear()));
        metadata.effectiveOn().ifPresent(d -> own.add(d.getYear()));
        Matcher m = YEAR.matcher(years);
        while (m.find()) {
            if (own.contains(Integer.parseInt(m.group(1)))) {
                return true;
            }
        }
        return false;
    }

    private List<String> interpretsOf(Entry entry) {
        List<String> targets = new ArrayList<>(entry.metadata().interprets());
        if (targets.isEmpty()) {
            String title = entry.metadata().title();
            if (entry.metadata().kind() == DocumentKind.INTERPRETATION) {
                Matcher quoted = QUOTED.matcher(title);
                while (quoted.find()) {
                    targets.add(quoted.group(1));
                }
            }
            Matcher implementing = IMPLEMENTING.matcher(normalize(title));
            if (implementing.matches()) {
                targets.add(implementing.group(1));
            }
        }
        return targets;
    }

    /** A document named by source path or title; among versions of one title the current one, else the latest. */
    public Optional<Entry> resolve(String nameOrSource) {
        for (Entry entry : entries.values()) {
            if (entry.document().source().equals(nameOrSource)) {
                return Optional.of(entry);
            }
        }
        return versions(normalize(nameOrSource)).stream().findFirst();
    }

    /** The versions of one normalized title, the current one first, then newest first. */
    public List<Entry> versions(String normalizedTitle) {
        return entries.values().stream().filter(e -> e.normalizedTitle().equals(normalizedTitle))
                .sorted(Comparator.comparing((Entry e) -> !e.validity().current())
                        .thenComparing(e -> versionOf(e.document()), Comparator.reverseOrder()))
                .toList();
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public List<Link> links(String id) {
        return links.getOrDefault(id, List.of());
    }
}
