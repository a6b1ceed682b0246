package cn.gongkai.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The one place the domain's Chinese texts come from. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("cn.gongkai.domain.messages", Locale.ROOT);

    private Messages() {
    }

    public static String format(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
