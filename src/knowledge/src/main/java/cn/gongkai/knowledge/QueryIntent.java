package cn.gongkai.knowledge;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a question says about time: whether it asks about history (an older or repealed text). */
public final class QueryIntent {

    private static final Pattern HISTORY = Pattern.compile(
            "历史|沿革|修订前|修改前|修正前|旧版|旧法|旧条例|老版|原来的|原条例|原法|以前的|之前的|过去的|曾经|废止|失效|被修订|被修改|历次|老条例|当年的");
    private static final Pattern YEAR = Pattern.compile("(19[5-9]\\d|20[0-4]\\d)\\s*年?\\s*(版|修订|修正|的|施行|公布|条例|法)");

    private QueryIntent() {
    }

    public static boolean asksHistory(String question) {
        return HISTORY.matcher(question).find();
    }

    /** Whether older or repealed texts may answer: the question asks about history or names a version's year. */
    public static boolean wantsPastTexts(String question) {
        return asksHistory(question) || versionYear(question).isPresent();
    }

    /** A year the question names for a version (2017年版, 2007年的条例), if any. */
    public static OptionalInt versionYear(String question) {
        Matcher m = YEAR.matcher(question);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
