import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.LocalDate;

/**
 * Prints the Gregorian dates of the lunar festivals for a range of years, one year a line, from ICU's Chinese
 * calendar: 除夕 (the last day of the twelfth month), 春节 (1/1), 元宵节 (1/15), 端午节 (5/5), 七夕节 (7/7), 中秋节 (8/15),
 * 重阳节 (9/9); 清明节, the day (China time) the sun reaches longitude 15°; and the first days of the lunar year's
 * months (月). Usage: java -cp icu4j.jar LunarFestivals.java FIRST_YEAR LAST_YEAR
 */
public class LunarFestivals {
    public static void main(String[] args) {
        int first = Integer.parseInt(args[0]);
        int last = Integer.parseInt(args[1]);
        for (int year = first; year <= last; year++) {
            LocalDate spring = day(year, 1, 1);
            System.out.printf("%d 除夕 %s 春节 %s 元宵节 %s 清明节 %s 端午节 %s 七夕节 %s 中秋节 %s 重阳节 %s 月 %s%n", year,
                    spring.minusDays(1), spring, day(year, 1, 15), qingming(year), day(year, 5, 5), day(year, 7, 7),
                    day(year, 8, 15), day(year, 9, 9), months(year, spring));
        }
    }

    /**
     * The first days of the lunar year's months, from its 春节 to the next one's, comma-separated; a leap month's
     * first day is marked with 闰 (2025: …,2025-06-25,闰2025-07-25,2025-08-23,…).
     */
    private static String months(int year, LocalDate spring) {
        TimeZone china = TimeZone.getTimeZone("Asia/Shanghai");
        ChineseCalendar lunar = new ChineseCalendar(china);
        LocalDate next = day(year + 1, 1, 1);
        StringBuilder out = new StringBuilder();
        for (LocalDate d = spring; d.isBefore(next); d = d.plusDays(1)) {
            GregorianCalendar at = new GregorianCalendar(china);
            at.clear();
            at.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0);
            lunar.setTimeInMillis(at.getTimeInMillis());
            if (lunar.get(ChineseCalendar.DAY_OF_MONTH) == 1) {
                out.append(out.isEmpty() ? "" : ",").append(lunar.get(ChineseCalendar.IS_LEAP_MONTH) == 1 ? "闰" : "")
                        .append(d);
            }
        }
        return out.toString();
    }

    /** The day, China time, on which the sun's apparent longitude reaches 15° (清明) in {@code year}. */
    private static LocalDate qingming(int year) {
        TimeZone china = TimeZone.getTimeZone("Asia/Shanghai");
        GregorianCalendar start = new GregorianCalendar(china);
        start.clear();
        start.set(year, 2, 1);
        long moment = new CalendarAstronomer(start.getTimeInMillis()).getSunTime(Math.toRadians(15), true);
        GregorianCalendar out = new GregorianCalendar(china);
        out.setTimeInMillis(moment);
        return LocalDate.of(out.get(GregorianCalendar.YEAR), out.get(GregorianCalendar.MONTH) + 1,
                out.get(GregorianCalendar.DAY_OF_MONTH));
    }

    /** The day of the given lunar month (not a leap month) and day in the lunar year that begins in {@code year}. */
    private static LocalDate day(int year, int month, int dayOfMonth) {
        TimeZone china = TimeZone.getTimeZone("Asia/Shanghai");
        GregorianCalendar probe = new GregorianCalendar(china);
        probe.clear();
        probe.set(year, 6, 1); // mid-year: inside the lunar year that began in this Gregorian year
        ChineseCalendar lunar = new ChineseCalendar(china);
        lunar.setTimeInMillis(probe.getTimeInMillis());
        int cycleYear = lunar.get(ChineseCalendar.EXTENDED_YEAR);
        lunar.clear();
        lunar.set(ChineseCalendar.EXTENDED_YEAR, cycleYear);
        lunar.set(ChineseCalendar.MONTH, month - 1);
        lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        lunar.set(ChineseCalendar.DAY_OF_MONTH, dayOfMonth);
        GregorianCalendar out = new GregorianCalendar(china);
        out.setTimeInMillis(lunar.getTimeInMillis());
        return LocalDate.of(out.get(GregorianCalendar.YEAR), out.get(GregorianCalendar.MONTH) + 1,
                out.get(GregorianCalendar.DAY_OF_MONTH));
    }
}
