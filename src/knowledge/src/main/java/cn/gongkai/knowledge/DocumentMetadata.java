package cn.gongkai.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is known about one document: from its front matter or sidecar (which win), its own header lines
 * (dates, 文号, issuing body) and its file name. Every field may be absent except the title.
 *
 * @param validity      as declared; when absent the catalogue infers it (later versions, repeal clauses, dates)
 * @param supersedes    titles (or source paths) of the texts this one replaces
 * @param interprets    titles (or source paths) of the policies this document interprets
 * @param aliases       other names citizens use for it (简称)
 */
public record DocumentMetadata(
        String title,
        Optional<String> documentNumber,
        Optional<String> issuer,
        Optional<String> level,
        Optional<String> region,
        Optional<LocalDate> publishedOn,
        Optional<LocalDate> effectiveOn,
        Optional<Validity> validity,
        DocumentKind kind,
        List<String> supersedes,
        List<String> interprets,
        List<String> aliases) {

    public DocumentMetadata {
        supersedes = List.copyOf(supersedes);
        interprets = List.copyOf(interprets);
        aliases = List.copyOf(aliases);
    }

    /** The latest date the text carries: when it took its present form. */
    public Optional<LocalDate> versionDate() {
        if (effectiveOn.isPresent() && publishedOn.isPresent()) {
            return Optional.of(effectiveOn.get().isAfter(publishedOn.get()) ? effectiveOn.get() : publishedOn.get());
        }
        return effectiveOn.or(() -> publishedOn);
    }

    /** A mutable collector: later sources only fill what earlier ones left open, except {@link #override}. */
    public static final class Builder {
        String title;
        String documentNumber;
        String issuer;
        String level;
        String region;
        LocalDate publishedOn;
        LocalDate effectiveOn;
        Validity validity;
        DocumentKind kind;
        final List<String> supersedes = new ArrayList<>();
        final List<String> interprets = new ArrayList<>();
        final List<String> aliases = new ArrayList<>();

        public Builder title(String value) {
            if (title == null && value != null && !value.isBlank()) {
                title = value.strip();
            }
            return this;
        }

        public Builder documentNumber(String value) {
            if (documentNumber == null && value != null && !value.isBlank()) {
                documentNumber = value.strip();
            }
            return this;
        }

        public Builder issuer(String value) {
            if (issuer == null && value != null && !value.isBlank()) {
                issuer = value.strip();
            }
            return this;
        }

        public Builder level(String value) {
            if (level == null && value != null && !value.isBlank()) {
                level = value.strip();
            }
            return this;
        }

        public Builder region(String value) {
            if (region == null && value != null && !value.isBlank()) {
                region = value.strip();
            }
            return this;
        }

        public Builder publishedOn(LocalDate value) {
            if (publishedOn == null) {
                publishedOn = value;
            }
            return this;
        }

        public Builder effectiveOn(LocalDate value) {
            if (effectiveOn == null) {
                effectiveOn = value;
            }
            return this;
        }

        public Builder validity(Validity value) {
            if (validity == null) {
                validity = value;
            }
            return this;
        }

        public Builder kind(DocumentKind value) {
            if (kind == null) {
                kind = value;
            }
            return this;
        }

        public Builder supersedes(List<String> values) {
            values.stream().filter(v -> !supersedes.contains(v)).forEach(supersedes::add);
            return this;
        }

        public Builder interprets(List<String> values) {
            values.stream().filter(v -> !interprets.contains(v)).forEach(interprets::add);
            return this;
        }

        public Builder aliases(List<String> values) {
            values.stream().filter(v -> !aliases.contains(v)).forEach(aliases::add);
            return this;
        }

        public boolean hasTitle() {
            return title != null;
        }

        public String currentTitle() {
            return title;
        }

        public String currentLevel() {
            return level;
        }

        public DocumentMetadata build(String fallbackTitle) {
            return new DocumentMetadata(title != null ? title : fallbackTitle, Optional.ofNullable(documentNumber),
                    Optional.ofNullable(issuer), Optional.ofNullable(level), Optional.ofNullable(region),
                    Optional.ofNullable(publishedOn), Optional.ofNullable(effectiveOn), Optional.ofNullable(validity),
                    kind != null ? kind : DocumentKind.POLICY, supersedes, interprets, aliases);
        }
    }
}
