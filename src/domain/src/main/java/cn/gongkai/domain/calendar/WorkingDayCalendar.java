package cn.gongkai.domain.calendar;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Chinese working days: Monday to Friday, minus statutory holidays and office closures, plus the make-up working
 * weekends of the State Council's notices.
 *
 * <p>Every day from {@link #FIRST} to {@link #LAST} is classified once, into two tables: for each day, how many
 * working days there are up to and including it, and the list of working days in order. The n-th working day after
 * a date is then one lookup in each, so a deadline costs a few array reads, not a walk over the days.
 */
public final class WorkingDayCalendar {
    public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    /** From this day of December, a year's days may still be moved by the next year's notice (e.g. 2022-12-31). */
    static final MonthDay NEXT_NOTICE_REACHES_BACK_TO = MonthDay.of(12, 25);

    /** Changes when the rules or the festival days behind {@link #presumedHolidays} change. */
    static final String PRESUMED_VERSION = "2-" + HolidaySchedule.digest(Festivals.builtIn().text());

    private static final long FIRST_EPOCH_DAY = FIRST.toEpochDay();

    private final HolidaySchedule schedule;
    private final List<Closure> closures;
    private final NavigableMap<LocalDate, String> closedDays;
    /** The holidays the 放假办法 fixes, for the years with no published arrangement. */
    private final Map<LocalDate, String> presumed;
    private final int[] workingDaysUpTo;
    private final int[] workingDayOffsets;
    private final String version;

    private WorkingDayCalendar(HolidaySchedule schedule, List<Closure> closures) {
        this.schedule = schedule;
        this.closures = List.copyOf(closures);
        this.closedDays = new TreeMap<>();
        for (Closure closure : closures) {
            for (LocalDate d = closure.from(); !d.isAfter(closure.to()); d = d.plusDays(1)) {
                closedDays.put(d, closure.reason());
            }
        }
        this.presumed = presumedHolidays(schedule, Festivals.builtIn());
        int days = (int) (LAST.toEpochDay() - FIRST_EPOCH_DAY + 1);
        this.workingDaysUpTo = new int[days];
        int[] offsets = new int[days];
        int count = 0;
        LocalDate date = FIRST;
        for (int i = 0; i < days; i++, date = date.plusDays(1)) {
            if (classify(date).isWorking()) {
                offsets[count++] = i;
            }
            workingDaysUpTo[i] = count;
        }
        this.workingDayOffsets = Arrays.copyOf(offsets, count);
        String base = schedule.version() + "+presumed-" + PRESUMED_VERSION;
        this.version = closures.isEmpty() ? base : base + "+closures-" + HolidaySchedule.digest(closures.toString());
    }

    public static WorkingDayCalendar of(HolidaySchedule schedule) {
        return new WorkingDayCalendar(schedule, List.of());
    }

    public static WorkingDayCalendar builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final WorkingDayCalendar INSTANCE = of(HolidaySchedule.builtIn());
    }

    /** This calendar with an agency's own closures added. */
    public WorkingDayCalendar withClosures(List<Closure> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Closure> all = new ArrayList<>(closures);
        all.addAll(more);
        return new WorkingDayCalendar(schedule, all);
    }

    public HolidaySchedule schedule() {
        return schedule;
    }

    public String version() {
        return version;
    }

    public boolean isWorkingDay(LocalDate date) {
        int i = index(date);
        return workingDaysUpTo[i] != (i == 0 ? 0 : workingDaysUpTo[i - 1]);
    }

    public Day day(LocalDate date) {
        index(date);
        DayKind kind = classify(date);
        String name = switch (kind) {
            case HOLIDAY -> schedule.holidays().getOrDefault(date, presumed.get(date));
            case MAKE_UP_WORKDAY -> schedule.makeUpWorkdays().get(date);
            case CLOSURE -> closedDays.get(date);
            default -> null;
        };
        return new Day(date, kind, name);
    }

    /**
     * The n-th working day after {@code date}, the date itself not counted (民法典第二百零一条); for n = 0 the date
     * itself.
     */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        if (n < 0) {
            throw new DomainException(ErrorCode.INVALID_WORKING_DAYS, n);
        }
        if (n == 0) {
            return date;
        }
        int k = workingDaysUpTo[index(date)] + n - 1;
        if (k >= workingDayOffsets.length) {
            throw new DomainException(ErrorCode.DATE_OUTSIDE_CALENDAR, date + "+" + n, FIRST, LAST);
        }
        return LocalDate.ofEpochDay(FIRST_EPOCH_DAY + workingDayOffsets[k]);
    }

    /** Working days in the half-open range (from, to]: zero when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return workingDaysUpTo[index(to)] - workingDaysUpTo[index(from)];
    }

    /** Every day in (from, to] that is not an ordinary weekday, i.e. what a count over that range skipped or added. */
    public List<Day> specialDaysBetween(LocalDate from, LocalDate to) {
        List<Day> special = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            Day day = day(d);
            if (day.kind() != DayKind.WORKDAY) {
                special.add(day);
            }
        }
        return special;
    }

    /**
     * Whether a count over (from, to] relies on a year with no published arrangement, or on late December of a year
     * whose next year's notice is not yet out: such a result may still move.
     */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        return !uncertainYears(from, to).isEmpty();
    }

    /** The years, within (from, to], whose arrangement is not (or not finally) known. */
    public List<Integer> uncertainYears(LocalDate from, LocalDate to) {
        List<Integer> uncertain = new ArrayList<>();
        LocalDate start = from.plusDays(1);
        for (int y = start.getYear(); y <= to.getYear(); y++) {
            if (!schedule.covers(y)) {
                uncertain.add(y);
            }
        }
        LocalDate lateDecember = NEXT_NOTICE_REACHES_BACK_TO.atYear(to.getYear());
        int next = to.getYear() + 1;
        if (!to.isBefore(lateDecember) && !schedule.covers(next) && !uncertain.contains(to.getYear())) {
            uncertain.add(next);
        }
        return uncertain;
    }

    private DayKind classify(LocalDate date) {
        if (closedDays.containsKey(date)) {
            return DayKind.CLOSURE;
        }
        if (schedule.holidays().containsKey(date)) {
            return DayKind.HOLIDAY;
        }
        if (schedule.makeUpWorkdays().containsKey(date)) {
            return DayKind.MAKE_UP_WORKDAY;
        }
        if (presumed.containsKey(date)) {
            return DayKind.HOLIDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    /**
     * For each year with no published arrangement, the holidays of the 全国年节及纪念日放假办法 in force that year,
     * named "…（按放假办法推定）": from 2025 元旦 1月1日, 春节 除夕至正月初三, 清明节, 劳动节 5月1日至2日, 端午节, 中秋节,
     * 国庆节 10月1日至3日; 2014–2024 the same with 春节 初一至初三 and 劳动节 5月1日; 2008–2013 春节 除夕至初二; 2000–2007
     * 春节 初一至初三, 劳动节 5月1日至3日, no 清明, 端午, 中秋; before 2000 劳动节 5月1日 and 国庆节 10月1日至2日. The
     * lunar days come from {@link Festivals}; the make-up working days and the days off in lieu of a festival on a
     * weekend that a notice adds cannot be presumed.
     */
    private static Map<LocalDate, String> presumedHolidays(HolidaySchedule schedule, Festivals festivals) {
        Map<LocalDate, String> out = new HashMap<>();
        for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
            if (schedule.covers(year)) {
                continue;
            }
            int y = year;
            BiConsumer<String, Integer> fixed = (name, days) -> {
                LocalDate first = festivals.day(name, y).orElseThrow();
                for (int i = 0; i < days; i++) {
                    out.put(first.plusDays(i), name + "（按放假办法推定）");
                }
            };
            BiConsumer<Integer, Integer> spring = (from, to) -> festivals.day("春节", y).ifPresent(day -> {
                for (int i = from; i <= to; i++) {
                    out.put(day.plusDays(i), "春节（按放假办法推定）");
                }
            });
            fixed.accept("元旦", 1);
            fixed.accept("劳动节", year >= 2025 ? 2 : year >= 2008 || year < 2000 ? 1 : 3);
            fixed.accept("国庆节", year >= 2000 ? 3 : 2);
            if (year >= 2025) {
                spring.accept(-1, 2);
            } else if (year >= 2008 && year <= 2013) {
                spring.accept(-1, 1);
            } else {
                spring.accept(0, 2);
            }
            if (year >= 2008) {
                for (String name : List.of("清明节", "端午节", "中秋节")) {
                    festivals.day(name, y).ifPresent(day -> out.merge(day, name + "（按放假办法推定）",
                            (a, b) -> a.replace("（按放假办法推定）", "") + "、" + b));
                }
            }
        }
        return out;
    }

    private static int index(LocalDate date) {
        long i = date.toEpochDay() - FIRST_EPOCH_DAY;
        if (i < 0 || i >= (LAST.toEpochDay() - FIRST_EPOCH_DAY + 1)) {
            throw new DomainException(ErrorCode.DATE_OUTSIDE_CALENDAR, date, FIRST, LAST);
        }
        return (int) i;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + version + "]";
    }
}
