package cn.gongkai.domain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The days of China's festivals in a given year: the fixed ones (元旦, 劳动节, 国庆节) by their month and day, the lunar
 * ones (除夕, 春节, 元宵节, 端午节, 七夕节, 中秋节, 重阳节) and 清明节 from {@code lunar-festivals.txt}, a table for
 * 1990–2100 that {@code src/domain/scripts/lunar-festivals.sh} computes with ICU (the project reads the table, not
 * ICU).
 */
public final class Festivals {
    public static final String RESOURCE = "lunar-festivals.txt";
    /** Every name {@link #day} knows, the fixed festivals first. */
    public static final List<String> NAMES = List.of("元旦", "劳动节", "国庆节", "除夕", "春节", "元宵节", "清明节",
            "端午节", "七夕节", "中秋节", "重阳节");
    private static final Map<String, MonthDay> FIXED = Map.of("元旦", MonthDay.of(1, 1), "劳动节", MonthDay.of(5, 1),
            "国庆节", MonthDay.of(10, 1));

    private final Map<String, Map<Integer, LocalDate>> lunar;
    private final String text;

    private Festivals(Map<String, Map<Integer, LocalDate>> lunar, String text) {
        this.lunar = lunar;
        this.text = text;
    }

    public static Festivals builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final Festivals INSTANCE = load();
    }

    private static Festivals load() {
        try (InputStream in = Festivals.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code <year> <festival> <yyyy-mm-dd> …}; {@code #} comments. */
    static Festivals parse(String text) {
        Map<String, Map<Integer, LocalDate>> lunar = new HashMap<>();
        int number = 0;
        for (String raw : text.split("\n")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length % 2 != 1) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected a year and name-date pairs");
            }
            int year = Integer.parseInt(parts[0]);
            for (int i = 1; i < parts.length; i += 2) {
                if (!NAMES.contains(parts[i]) || FIXED.containsKey(parts[i])) {
                    throw new IllegalArgumentException(RESOURCE + " line " + number + ": unknown festival " + parts[i]);
                }
                lunar.computeIfAbsent(parts[i], k -> new HashMap<>()).put(year, LocalDate.parse(parts[i + 1]));
            }
        }
        return new Festivals(lunar, text);
    }

    /**
     * The festival's day in {@code year}; empty for a lunar festival outside the table's years. 除夕 is that of
     * the lunar year beginning in {@code year}, so it may fall in January of {@code year}.
     */
    public Optional<LocalDate> day(String festival, int year) {
        MonthDay fixed = FIXED.get(festival);
        if (fixed != null) {
            return Optional.of(fixed.atYear(year));
        }
        Map<Integer, LocalDate> days = lunar.get(festival);
        if (days == null) {
            throw new IllegalArgumentException("unknown festival: " + festival);
        }
        return Optional.ofNullable(days.get(year));
    }

    /** The table's text, for a calendar's version: a change in it changes the days a calendar presumes. */
    String text() {
        return text;
    }
}
