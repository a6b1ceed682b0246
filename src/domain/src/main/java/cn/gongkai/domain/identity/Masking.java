package cn.gongkai.domain.identity;

/** How personal data is shown to those who may not see it whole. */
public final class Masking {
    private Masking() {
    }

    /** Keeps the first {@code head} and last {@code tail} characters and stars the rest. */
    public static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(0, length - tail);
        return value.substring(0, headEnd) + "*".repeat(length - head - tail) + value.substring(tailStart);
    }

    /** Full-width letters and digits typed with a Chinese input method (１２３Ｘ) become their ASCII forms. */
    public static String halfWidth(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC);
    }

    /** 张三丰 → 张**; a name keeps only its first character. */
    public static String name(String name) {
        return keepEnds(name, 1, 0);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }
}
