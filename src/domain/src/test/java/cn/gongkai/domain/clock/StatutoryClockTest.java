package cn.gongkai.domain.clock;

import cn.gongkai.domain.calendar.Closure;
import cn.gongkai.domain.calendar.HolidaySchedule;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryClockTest {
    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private Deadlines deadlinesReceivedOn(String iso) {
        return clock.deadlines(ClockFacts.receivedOn(d(iso)));
    }

    @Test
    void replyIsDueOnTheTwentiethWorkingDayAfterReceiptCountingMakeUpWorkdays() {
        Deadlines deadlines = deadlinesReceivedOn("2022-09-30");

        // 10-01..10-07 are 国庆节; 10-08 (Sat) and 10-09 (Sun) are make-up working days and count.
        assertThat(deadlines.reply().due()).isEqualTo(d("2022-11-02"));
        assertThat(deadlines.reply().state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(deadlines.reply().provisional()).isFalse();
    }

    @Test
    void supplementNoticeIsDueOnTheSeventhWorkingDayAfterReceipt() {
        // 09-30 receipt; counted: 10-08, 10-09, 10-10, 10-11, 10-12, 10-13, 10-14.
        assertThat(deadlinesReceivedOn("2022-09-30").supplementNotice().due()).isEqualTo(d("2022-10-14"));
    }

    @Test
    void extendedReplyIsDueOnTheFortiethWorkingDay() {
        // 2022-11-02 is the 20th; 20 more working days, November has no holidays: 2022-11-30.
        assertThat(deadlinesReceivedOn("2022-09-30").extendedReply().due()).isEqualTo(d("2022-11-30"));
    }

    @Test
    void receiptOnAWeekendStartsTheCountOnTheNextWorkingDay() {
        // Saturday 2024-03-02: day 1 is Monday 03-04, day 20 is Friday 03-29.
        assertThat(deadlinesReceivedOn("2024-03-02").reply().due()).isEqualTo(d("2024-03-29"));
        assertThat(deadlinesReceivedOn("2024-03-03").reply().due()).isEqualTo(d("2024-03-29"));
        assertThat(deadlinesReceivedOn("2024-03-01").reply().due()).isEqualTo(d("2024-03-29"));
    }

    @Test
    void receiptOnTheLastWorkingDayBeforeSpringFestivalSkipsTheWholeHoliday() {
        // 2024 春节: off 02-10..02-17, make-up days 02-04 (before) and 02-18 (Sunday after).
        // Receipt Friday 02-09: day 1 is Sunday 02-18 (make-up), 02-19..02-23 days 2-6, ... day 20 is 03-14.
        assertThat(deadlinesReceivedOn("2024-02-09").reply().due()).isEqualTo(d("2024-03-14"));
        assertThat(deadlinesReceivedOn("2024-02-09").supplementNotice().due()).isEqualTo(d("2024-02-26"));
    }

    @Test
    void countsAcrossNewYear() {
        // Receipt 2023-12-29 (Fri); 2024-01-01 is 元旦; day 1 is 01-02; day 20 is 2024-01-29.
        assertThat(deadlinesReceivedOn("2023-12-29").reply().due()).isEqualTo(d("2024-01-29"));
    }

    @Test
    void receiptOnAMakeUpWorkdayIsStillNotCounted() {
        // Sunday 2022-10-09 is a make-up working day; receipt that day, day 1 is Monday 10-10.
        assertThat(deadlinesReceivedOn("2022-10-09").supplementNotice().due()).isEqualTo(d("2022-10-18"));
    }

    @Test
    void aSupplementRestartsTheReplyPeriodFromTheSupplementedApplication() {
        ClockFacts asked = ClockFacts.receivedOn(d("2024-03-01"))
                .withSupplementRequested(d("2024-03-05"), d("2024-03-20"));

        Deadlines waiting = clock.deadlines(asked);
        assertThat(waiting.reply().state()).isEqualTo(DeadlineState.WAITING);
        assertThat(waiting.reply().due()).isNull();
        assertThat(waiting.supplementReply().due()).isEqualTo(d("2024-03-20"));
        assertThat(waiting.supplementReply().state()).isEqualTo(DeadlineState.RUNNING);
        // the notice went out: its limit is met, kept with the day it was due by, and no longer orders the queue
        assertThat(waiting.supplementNotice().state()).isEqualTo(DeadlineState.MET);
        assertThat(waiting.supplementNotice().due()).isEqualTo(d("2024-03-12"));
        assertThat(Deadlines.nextDue(waiting.all())).hasValue(d("2024-03-20"));
        assertThat(new DeadlineExplainer(clock.calendar()).explain(asked, waiting.supplementNotice()).text())
                .contains("届满日为2024-03-12", "不再计算");

        Deadlines restarted = clock.deadlines(asked.withSupplementReceived(d("2024-03-11")));
        assertThat(restarted.supplementReply().state()).isEqualTo(DeadlineState.MET);
        assertThat(Deadlines.nextDue(restarted.all())).hasValue(d("2024-04-09"));
        // From Monday 03-11: 20 working days later is Monday 04-08 (04-04..04-06 清明节).
        assertThat(restarted.reply().countedFrom()).isEqualTo(d("2024-03-11"));
        assertThat(restarted.reply().due()).isEqualTo(d("2024-04-09"));
    }

    @Test
    void aConsultationPausesTheReplyPeriodAndItResumesWhereItStood() {
        // Receipt 2024-03-01 → plain due 03-29. Consultation sent Friday 03-08 (5 days used), answered 03-15.
        ClockFacts facts = ClockFacts.receivedOn(d("2024-03-01")).withPauseStarted(PauseKind.THIRD_PARTY, d("2024-03-08"));

        Deadlines paused = clock.deadlines(facts);
        assertThat(paused.reply().state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(paused.reply().remainingWorkingDays()).isEqualTo(15);
        assertThat(paused.consultation().due()).isEqualTo(d("2024-03-29"));

        Deadlines resumed = clock.deadlines(facts.withPauseEnded(d("2024-03-15")));
        // (03-08, 03-15] holds 5 working days: the due date moves 5 working days, to 04-08 (清明 04-04..04-06,
        // 04-07 Sunday make-up day counted).
        assertThat(resumed.reply().due()).isEqualTo(clock.calendar().workingDaysAfter(d("2024-03-29"), 5));
        assertThat(resumed.reply().due()).isEqualTo(d("2024-04-08"));
        assertThat(resumed.consultation()).isNull();
    }

    @Test
    void anExtensionAddsTheGrantedWorkingDaysToTheReplyPeriod() {
        ClockFacts facts = ClockFacts.receivedOn(d("2022-09-30")).withExtension(10);

        Deadlines deadlines = clock.deadlines(facts);
        assertThat(deadlines.reply().workingDays()).isEqualTo(30);
        assertThat(deadlines.reply().due()).isEqualTo(d("2022-11-16"));
        assertThat(deadlines.extendedReply().due()).isEqualTo(d("2022-11-16"));
    }

    @Test
    void aYearWithoutAPublishedScheduleGivesAProvisionalResult() {
        Deadlines deadlines = deadlinesReceivedOn("2026-12-15");

        // 2027-01-01 is 元旦 by the 放假办法 even before the 2027 notice: counted as a holiday, still provisional.
        assertThat(deadlines.reply().due()).isEqualTo(d("2027-01-13"));
        assertThat(deadlines.reply().provisional()).isTrue();
        assertThat(deadlines.supplementNotice().provisional()).as("due 12-24, before the next notice's reach").isFalse();
        assertThat(deadlinesReceivedOn("2026-12-22").supplementNotice().due()).isEqualTo(d("2026-12-31"));
        assertThat(deadlinesReceivedOn("2026-12-22").supplementNotice().provisional()).isTrue();
        // the queue marks the date it shows, not the application: its next deadline here is the notice's
        assertThat(Deadlines.nextDue(deadlines.all())).hasValue(d("2026-12-24"));
        assertThat(Deadlines.nextDueProvisional(deadlines.all())).isFalse();
        assertThat(Deadlines.nextDueProvisional(deadlinesReceivedOn("2026-12-22").all())).isTrue();
        assertThat(deadlinesReceivedOn("2026-06-01").provisional()).isFalse();
        Explanation why = new DeadlineExplainer(clock.calendar()).explain(
                ClockFacts.receivedOn(d("2026-12-15")), deadlines.reply());
        assertThat(why.uncertainYears()).containsExactly(2027);
        assertThat(why.text()).contains("2027年度节假日安排尚未公布");
    }

    @Test
    void aHolidayAnnouncedLateMovesTheDeadline() {
        // Early 2020: the State Council extended Spring Festival to 02-02 (second notice of 2020-01-27).
        HolidaySchedule firstNotice = HolidaySchedule.parse("""
                year 2020
                春节 休 2020-01-24~2020-01-30  班 2020-01-19 2020-02-01
                """);
        StatutoryClock before = new StatutoryClock(WorkingDayCalendar.of(firstNotice));
        StatutoryClock after = new StatutoryClock(WorkingDayCalendar.of(firstNotice.plus("""
                year 2020
                春节 休 2020-01-31~2020-02-02
                """)));
        ClockFacts facts = ClockFacts.receivedOn(d("2020-01-22"));

        assertThat(before.deadlines(facts).supplementNotice().due()).isEqualTo(d("2020-02-06"));
        // The later notice wins: 02-01 was a make-up working day and became a holiday.
        assertThat(after.deadlines(facts).supplementNotice().due()).isEqualTo(d("2020-02-10"));
        assertThat(after.deadlines(facts).calendarVersion()).isNotEqualTo(before.deadlines(facts).calendarVersion());
    }

    @Test
    void anAgencyClosureIsSkippedLikeAHoliday() {
        WorkingDayCalendar closed = WorkingDayCalendar.builtIn()
                .withClosures(List.of(new Closure(d("2024-03-04"), d("2024-03-05"), "办公场所搬迁")));

        assertThat(new StatutoryClock(closed).deadlines(ClockFacts.receivedOn(d("2024-03-01"))).supplementNotice().due())
                .isEqualTo(d("2024-03-14"));
        assertThat(closed.version()).isNotEqualTo(WorkingDayCalendar.builtIn().version());
    }

    @Test
    void theExplanationNamesTheHolidaysSkippedAndTheMakeUpDaysCounted() {
        ClockFacts facts = ClockFacts.receivedOn(d("2022-09-30"), Channel.REGISTERED_POST);
        Explanation why = new DeadlineExplainer(clock.calendar()).explain(facts, clock.deadlines(facts).reply());

        assertThat(why.countedFrom()).isEqualTo(d("2022-09-30"));
        assertThat(why.holidaysSkipped()).hasSize(7);
        assertThat(why.makeUpWorkdaysCounted()).extracting(day -> day.date().toString())
                .containsExactly("2022-10-08", "2022-10-09");
        assertThat(why.weekendDaysSkipped()).as("10-15/16, 10-22/23, 10-29/30").isEqualTo(6);
        assertThat(why.text()).contains("2022-11-02", "国庆节 2022-10-01至2022-10-07", "行政机关签收之日");
        assertThat(why.calendarVersion()).isEqualTo(clock.calendar().version());
    }
}
