package cn.gongkai.domain.identity;

import java.util.Locale;

/**
 * A checked identity number. Its {@link #toString()} is masked, so the number never reaches a log by accident;
 * {@link #value()} gives it whole, for encrypted storage and for staff whose role may see it.
 */
public abstract sealed class IdentityNumber permits ResidentIdNumber, UnifiedSocialCreditCode {
    private final String value;
    private final int shownHead;
    private final int shownTail;

    IdentityNumber(String value, int shownHead, int shownTail) {
        this.value = value;
        this.shownHead = shownHead;
        this.shownTail = shownTail;
    }

    /** As typed: spaces trimmed, full-width characters made ASCII, letters in capitals. */
    static String normalise(String raw) {
        return raw == null ? "" : Masking.halfWidth(raw).strip().toUpperCase(Locale.ROOT);
    }

    public String value() {
        return value;
    }

    public String masked() {
        return Masking.keepEnds(value, shownHead, shownTail);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((IdentityNumber) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
