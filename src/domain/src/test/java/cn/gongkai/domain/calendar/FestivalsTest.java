package cn.gongkai.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FestivalsTest {

    private final Festivals festivals = Festivals.builtIn();
    private final HolidaySchedule published = HolidaySchedule.builtIn();

    @Test
    void theTablesLunarDaysAreHolidaysOfTheSameNameInEveryPublishedNotice() {
        // the table comes from ICU's astronomy; the notices are the State Council's: two independent sources
        for (int year : published.years()) {
            for (String name : List.of("春节", "清明节", "端午节", "中秋节")) {
                LocalDate day = festivals.day(name, year).orElseThrow();
                assertThat(published.holidays().get(day)).as(name + " " + year + " on " + day).contains(name);
            }
            if (year >= 2025) { // 除夕 is a holiday from the 2024 revision of the 放假办法 on
                LocalDate eve = festivals.day("除夕", year).orElseThrow();
                assertThat(published.holidays().get(eve)).as("除夕 " + year).contains("春节");
            }
        }
    }

    @Test
    void knownDays() {
        assertThat(festivals.day("春节", 2026)).contains(LocalDate.of(2026, 2, 17));
        assertThat(festivals.day("除夕", 2026)).contains(LocalDate.of(2026, 2, 16));
        assertThat(festivals.day("中秋节", 2025)).contains(LocalDate.of(2025, 10, 6));
        assertThat(festivals.day("重阳节", 2026)).contains(LocalDate.of(2026, 10, 18));
        assertThat(festivals.day("国庆节", 2031)).contains(LocalDate.of(2031, 10, 1));
        assertThat(festivals.day("春节", 1989)).isEmpty();
        assertThat(festivals.day("春节", 2100)).contains(LocalDate.of(2100, 2, 9));
        assertThatThrownBy(() -> festivals.day("圣诞节", 2026)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lunarDatesCountFromTheMonthsFirstDays() {
        // the lunar year beginning on 2026-02-17: 正月初八 02-24, 腊月二十八 2027-02-04 (腊月 begins 2027-01-08)
        assertThat(festivals.lunarDay(2026, 1, 8)).contains(LocalDate.of(2026, 2, 24));
        assertThat(festivals.lunarDay(2026, 12, 28)).contains(LocalDate.of(2027, 2, 4));
        // 2025 has a leap sixth month (from 07-25): 七月初七 is 七夕, after it
        assertThat(festivals.lunarDay(2025, 7, 7)).isEqualTo(festivals.day("七夕节", 2025));
        assertThat(festivals.lunarDay(2025, 6, 30)).as("the sixth month ends where the leap one begins")
                .contains(LocalDate.of(2025, 7, 24));
        assertThat(festivals.lunarDay(2025, 5, 30)).as("the fifth month has 29 days").isEmpty();
        // 八月十五 and 五月初五 are the table's 中秋 and 端午 in every year
        for (int year = 1990; year <= 2100; year++) {
            assertThat(festivals.lunarDay(year, 8, 15)).as("中秋 " + year).isEqualTo(festivals.day("中秋节", year));
            assertThat(festivals.lunarDay(year, 5, 5)).as("端午 " + year).isEqualTo(festivals.day("端午节", year));
            if (year < 2100) { // the last day of 腊月 is the next year's 除夕
                int y = year;
                LocalDate last = festivals.lunarDay(y, 12, 30).or(() -> festivals.lunarDay(y, 12, 29)).orElseThrow();
                assertThat(festivals.day("除夕", year + 1)).as("除夕 " + (year + 1)).contains(last);
            }
        }
        assertThat(festivals.lunarDay(1989, 1, 1)).isEmpty();
        assertThat(festivals.lunarDay(2026, 13, 1)).isEmpty();
    }

    @Test
    void aMalformedTableIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Festivals.parse("# x\n2026 春节 2026-02-17 中秋节\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Festivals.parse("2026 月 2026-02-17,2026-03-19\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 months");
        assertThatThrownBy(() -> Festivals.parse("2026 国庆节 2026-10-01\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("国庆节");
    }

    @Test
    void aYearWithNoNoticeGetsTheLunarHolidaysOfThe2024Measures() {
        WorkingDayCalendar calendar = WorkingDayCalendar.builtIn();
        assertThat(published.covers(2027)).isFalse();
        // 2027: 除夕 02-06 (Saturday), 春节 02-07; 清明 04-05; 端午 06-09; 中秋 09-15
        assertThat(calendar.day(LocalDate.of(2027, 2, 8))).isEqualTo(
                new Day(LocalDate.of(2027, 2, 8), DayKind.HOLIDAY, "春节（按放假办法推定）"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).as("正月初四").isTrue();
        assertThat(calendar.day(LocalDate.of(2027, 4, 5)).name()).isEqualTo("清明节（按放假办法推定）");
        assertThat(calendar.day(LocalDate.of(2027, 6, 9)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.day(LocalDate.of(2027, 9, 15)).name()).isEqualTo("中秋节（按放假办法推定）");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("days off in lieu are the notice's").isTrue();
        // 20 working days from 2027-01-25 run over 春节 (02-08, 02-09 are the weekdays it takes)
        assertThat(calendar.workingDaysAfter(LocalDate.of(2027, 1, 25), 20)).isEqualTo(LocalDate.of(2027, 2, 24));
    }

    @Test
    void earlierRevisionsOfTheMeasuresForEarlierYears() {
        WorkingDayCalendar calendar = WorkingDayCalendar.builtIn();
        // 2008–2013: 春节 除夕至初二 (2011: 除夕 02-02, Wednesday); 2014–2024: 初一至初三 (2018: 除夕 02-15, Thursday)
        assertThat(calendar.day(LocalDate.of(2011, 2, 2)).name()).isEqualTo("春节（按放假办法推定）");
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 2, 15))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 2, 16))).isFalse();
        // 2000–2007: 劳动节 5月1日至3日, no 端午 (2006-05-31, Wednesday); 2008 on: 端午 (2009-05-28, Thursday)
        assertThat(calendar.isWorkingDay(LocalDate.of(2006, 5, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2006, 5, 31))).isTrue();
        assertThat(calendar.day(LocalDate.of(2009, 5, 28)).name()).isEqualTo("端午节（按放假办法推定）");
        // 国庆节 and 中秋节 on one day: one name for both
        assertThat(calendar.day(LocalDate.of(2009, 10, 3)).name()).isEqualTo("国庆节、中秋节（按放假办法推定）");
    }

    @Test
    void theCalendarsVersionNamesThePresumption() {
        assertThat(WorkingDayCalendar.builtIn().version())
                .isEqualTo(published.version() + "+presumed-" + WorkingDayCalendar.PRESUMED_VERSION);
    }
}
