package cn.gongkai.assistant.feedback;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which questions asked in different words count as one: full-width folded, case, spaces and
 * punctuation dropped, polite openings (请问, 您好 ...) and closing particles (吗, 呢 ...) taken off.
 */
public final class QuestionKey {
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");
    private static final Pattern OPENING = Pattern.compile("^(?:你好|您好|请问一下|请问|麻烦问一下|麻烦问下|我想问一下|我想问|想问一下|想问|咨询一下|我想咨询一下|我想咨询)+");
    private static final Pattern CLOSING = Pattern.compile("(?:吗|呢|啊|呀|吧|么|谢谢|多谢)+$");
    static final int MAX = 200;

    private QuestionKey() {
    }

    public static String of(String question) {
        String key = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        key = NOISE.matcher(key).replaceAll("");
        String shorter;
        do {
            shorter = key;
            key = CLOSING.matcher(OPENING.matcher(key).replaceFirst("")).replaceFirst("");
        } while (!key.equals(shorter));
        return key.length() > MAX ? key.substring(0, MAX) : key;
    }
}
