package cn.gongkai.domain.calendar;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The State Council's yearly holiday arrangements: which weekdays are off and which weekend days are worked,
 * and which years have a published arrangement at all. Parsed from the project's own data file
 * ({@code cn-holidays.txt}); a schedule is a value, and its {@link #version()} changes whenever its content does.
 */
public final class HolidaySchedule {
    public static final String BUILT_IN = "cn-holidays.txt";

    private final NavigableMap<LocalDate, String> holidays;
    private final NavigableMap<LocalDate, String> makeUpWorkdays;
    private final SortedSet<Integer> years;
    private final Map<Integer, List<String>> notices;
    private final String text;
    private final String version;

    private HolidaySchedule(NavigableMap<LocalDate, String> holidays, NavigableMap<LocalDate, String> makeUpWorkdays,
                            SortedSet<Integer> years, Map<Integer, List<String>> notices, String text) {
        this.holidays = Collections.unmodifiableNavigableMap(holidays);
        this.makeUpWorkdays = Collections.unmodifiableNavigableMap(makeUpWorkdays);
        this.years = Collections.unmodifiableSortedSet(years);
        this.notices = Collections.unmodifiableMap(notices);
        this.text = text;
        this.version = digest(text);
    }

    public static HolidaySchedule builtIn() {
        return parse(resource(BUILT_IN));
    }

    /** The text of one of this package's data files ({@code cn-holidays.txt}, {@code lunar-festivals.txt}). */
    static String resource(String name) {
        try (InputStream in = HolidaySchedule.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HolidaySchedule parse(String text) {
        NavigableMap<LocalDate, String> off = new TreeMap<>();
        NavigableMap<LocalDate, String> work = new TreeMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        Map<Integer, List<String>> notices = new TreeMap<>();
        Integer year = null;
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String raw; (raw = reader.readLine()) != null; ) {
                lineNo++;
                String line = stripComment(raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] tokens = line.split("\\s+");
                try {
                    if (tokens[0].equals("year") && tokens.length == 2) {
                        year = Integer.parseInt(tokens[1]);
                        years.add(year);
                        notices.put(year, new ArrayList<>());
                    } else if (tokens[0].equals("notice") && tokens.length == 2 && year != null) {
                        notices.get(year).add(tokens[1]);
                    } else if (year != null && tokens.length >= 3) {
                        parseOccasion(tokens, off, work);
                    } else {
                        throw new IllegalArgumentException(line);
                    }
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new DomainException(ErrorCode.CALENDAR_DATA_INVALID, lineNo, raw);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidaySchedule(off, work, years, notices, text);
    }

    private static void parseOccasion(String[] tokens, Map<LocalDate, String> off, Map<LocalDate, String> work) {
        String name = tokens[0];
        Map<LocalDate, String> target = null;
        Map<LocalDate, String> other = null;
        for (int i = 1; i < tokens.length; i++) {
            switch (tokens[i]) {
                case "休" -> {
                    target = off;
                    other = work;
                }
                case "班" -> {
                    target = work;
                    other = off;
                }
                default -> {
                    if (target == null) {
                        throw new IllegalArgumentException(tokens[i]);
                    }
                    String[] range = tokens[i].split("~");
                    LocalDate from = LocalDate.parse(range[0]);
                    LocalDate to = range.length == 2 ? LocalDate.parse(range[1]) : from;
                    if (range.length > 2 || to.isBefore(from)) {
                        throw new IllegalArgumentException(tokens[i]);
                    }
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        target.put(d, name);
                        other.remove(d);
                    }
                }
            }
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Years whose arrangement is published and loaded: dates in other years are only provisional. */
    public SortedSet<Integer> years() {
        return years;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public NavigableMap<LocalDate, String> holidays() {
        return holidays;
    }

    public NavigableMap<LocalDate, String> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    public List<String> notices(int year) {
        return notices.getOrDefault(year, List.of());
    }

    /** Short content hash with the covered years, e.g. {@code cn-2019-2026+a1b2c3d4e5f6}. */
    public String version() {
        return years.isEmpty() ? "cn-none+" + version : "cn-" + years.first() + "-" + years.last() + "+" + version;
    }

    /** The schedule with more text appended, as when a new State Council notice is published. */
    public HolidaySchedule plus(String moreText) {
        return parse(text + "\n" + moreText);
    }

    @Override
    public String toString() {
        return "HolidaySchedule[" + version() + "]";
    }
}
