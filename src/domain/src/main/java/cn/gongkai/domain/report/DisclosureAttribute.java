package cn.gongkai.domain.report;

import java.util.Arrays;
import java.util.Optional;

/** A document's 公开属性, decided when it is issued; the share of 主动公开 is the 主动公开率 of section 一. */
public enum DisclosureAttribute {
    PROACTIVE("主动公开"), ON_APPLICATION("依申请公开"), NOT_DISCLOSED("不予公开");

    private final String displayName;

    DisclosureAttribute(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** By code (PROACTIVE) or by its Chinese name (主动公开). */
    public static Optional<DisclosureAttribute> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(t) || a.displayName.equals(t)).findFirst();
    }
}
