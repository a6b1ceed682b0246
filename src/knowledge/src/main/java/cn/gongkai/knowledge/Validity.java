package cn.gongkai.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Whether a text is in force, in the four words Chinese law databases use. */
public enum Validity {
    CURRENT("现行有效"),
    AMENDED("已修订"),
    REPEALED("已废止"),
    NOT_YET_EFFECTIVE("尚未施行");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a text in this state answers a question about the law as it stands. */
    public boolean current() {
        return this == CURRENT;
    }

    /** Accepts the Chinese label (and 有效, 失效, 废止, 修订, 修改, 未生效) or the English name. */
    public static Optional<Validity> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        for (Validity validity : values()) {
            if (validity.label.equals(v) || validity.name().equalsIgnoreCase(v.replace('-', '_'))) {
                return Optional.of(validity);
            }
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "有效", "现行", "current", "in force" -> Optional.of(CURRENT);
            case "修订", "已修改", "修改", "被修订", "amended", "superseded" -> Optional.of(AMENDED);
            case "废止", "失效", "已失效", "repealed" -> Optional.of(REPEALED);
            case "未生效", "尚未生效", "待施行", "pending" -> Optional.of(NOT_YET_EFFECTIVE);
            default -> Optional.empty();
        };
    }
}
