package cn.gongkai.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The days of China's festivals in a given year: the fixed ones (元旦, 劳动节, 国庆节) by their month and day, the lunar
 * ones (除夕, 春节, 元宵节, 端午节, 七夕节, 中秋节, 重阳节) and 清明节 from {@code lunar-festivals.txt}, a table for
 * 1990–2100 that {@code src/domain/scripts/lunar-festivals.sh} computes with ICU (the project reads the table, not
 * ICU); and any lunar date ({@link #lunarDay}) from the first days of the lunar months the table also holds.
 */
public final class Festivals {
    public static final String RESOURCE = "lunar-festivals.txt";
    /** Every name {@link #day} knows, the fixed festivals first. */
    public static final List<String> NAMES = List.of("元旦", "劳动节", "国庆节", "除夕", "春节", "元宵节", "清明节",
            "端午节", "七夕节", "中秋节", "重阳节");
    private static final Map<String, MonthDay> FIXED = Map.of("元旦", MonthDay.of(1, 1), "劳动节", MonthDay.of(5, 1),
            "国庆节", MonthDay.of(10, 1));

    private record Month(LocalDate first, boolean leap) {
    }

    private final Map<String, Map<Integer, LocalDate>> lunar;
    /** For each year, the first days of the months of the lunar year beginning in it, leap months included. */
    private final Map<Integer, List<Month>> months;
    private final String text;

    private Festivals(Map<String, Map<Integer, LocalDate>> lunar, Map<Integer, List<Month>> months, String text) {
        this.lunar = lunar;
        this.months = months;
        this.text = text;
    }

    public static Festivals builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final Festivals INSTANCE = parse(HolidaySchedule.resource(RESOURCE));
    }

    /**
     * Lines {@code <year> <festival> <yyyy-mm-dd> … 月 <yyyy-mm-dd>,…}: the festivals' days, then the first days of
     * the lunar year's months (a leap month's marked 闰); {@code #} comments.
     */
    static Festivals parse(String text) {
        Map<String, Map<Integer, LocalDate>> lunar = new HashMap<>();
        Map<Integer, List<Month>> months = new HashMap<>();
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
                if (parts[i].equals("月")) {
                    List<Month> lunarYear = new ArrayList<>();
                    for (String first : parts[i + 1].split(",")) {
                        boolean leap = first.startsWith("闰");
                        lunarYear.add(new Month(LocalDate.parse(leap ? first.substring(1) : first), leap));
                    }
                    if (lunarYear.stream().filter(m -> !m.leap()).count() != 12) {
                        throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected 12 months");
                    }
                    months.put(year, List.copyOf(lunarYear));
                    continue;
                }
                if (!NAMES.contains(parts[i]) || FIXED.containsKey(parts[i])) {
                    throw new IllegalArgumentException(RESOURCE + " line " + number + ": unknown festival " + parts[i]);
                }
                lunar.computeIfAbsent(parts[i], k -> new HashMap<>()).put(year, LocalDate.parse(parts[i + 1]));
            }
        }
        return new Festivals(lunar, months, text);
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

    /**
     * The day of a lunar date (正月初八: month 1, day 8; a leap month is not meant) in the lunar year that begins in
     * {@code year}: 腊月 of the lunar year beginning in 2026 falls in January 2027. Empty outside the table, or
     * for a day its month does not have (三十 of a month of 29 days).
     */
    public Optional<LocalDate> lunarDay(int year, int month, int day) {
        List<Month> all = months.get(year);
        if (all == null || month < 1 || month > 12 || day < 1 || day > 30) {
            return Optional.empty();
        }
        int regular = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).leap() || ++regular != month) {
                continue;
            }
            LocalDate first = all.get(i).first();
            // the month ends where the next one (a leap month, perhaps) or the next lunar year begins
            LocalDate end = i + 1 < all.size() ? all.get(i + 1).first()
                    : day("春节", year + 1).orElse(first.plusDays(30));
            LocalDate date = first.plusDays(day - 1L);
            return date.isBefore(end) ? Optional.of(date) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The table's text, for a calendar's version: a change in it changes the days a calendar presumes. */
    String text() {
        return text;
    }
}
