package cn.gongkai.assistant;

import cn.gongkai.domain.identity.Masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data typed into a question (identity numbers, mobile and landline numbers, e-mail addresses) is masked
 * before the question is logged, stored as unanswered or sent to any model. Full-width digits count as digits.
 */
public final class PersonalDataMask {
    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d{9})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3}-?\\d{7,8})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = Masking.halfWidth(text);
        out = replace(ID, out, m -> Masking.keepEnds(m, 3, 2));
        out = replace(MOBILE, out, Masking::phone);
        out = replace(LANDLINE, out, m -> Masking.keepEnds(m, 4, 2));
        out = replace(EMAIL, out, m -> Masking.keepEnds(m, 1, m.length() - m.indexOf('@')));
        return out;
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> how) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(how.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
