package cn.gongkai.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A FAQ entry's questions: its heading, and the other ways citizens ask it, listed in its answer on lines of their
 * own that open with {@code 相似问题：} (or {@code 相似问法：}), separated by {@code ；}. The other phrasings help the
 * entry be found and matched (我上个月寄的申请信没人理 for 申请交上去很久了还没人答复) and are not shown in the answer.
 */
final class FaqQuestions {
    private static final Pattern LINE = Pattern.compile("(?m)^\\s*相似问[题法]\\s*[：:](.*)$\\n?");

    private FaqQuestions() {
    }

    /** The heading first, then each question of a heading asking several, then the listed phrasings. */
    static List<String> of(String heading, String answer) {
        List<String> out = new ArrayList<>();
        out.add(heading);
        String[] asked = heading.split("(?<=[？?])");
        if (asked.length > 1) { // a heading asking two questions asks each (为什么只公开了一部分 alone, not beside 能不能…)
            Arrays.stream(asked).map(String::strip).filter(s -> s.length() > 1).forEach(out::add);
        }
        var m = LINE.matcher(answer);
        while (m.find()) {
            Arrays.stream(m.group(1).split("[；;]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    /** The answer as shown: without the lines of other phrasings. */
    static String shown(String answer) {
        return LINE.matcher(answer).replaceAll("").strip();
    }
}
