package cn.gongkai.domain.clock;

import cn.gongkai.domain.calendar.Day;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a deadline falls where it does: what the count started from, how many working days it has, and every day
 * the count passed over that was not an ordinary weekday.
 *
 * @param pausedSpans            consultations that stopped the count, with the working days each took
 * @param holidaysSkipped        holidays and office closures inside the count
 * @param makeUpWorkdaysCounted  weekend days that were counted because they were make-up working days
 * @param weekendDaysSkipped     ordinary Saturdays and Sundays inside the count
 * @param uncertainYears         years whose holiday arrangement the count relied on without having it
 */
public record Explanation(
        DeadlineKind kind,
        String basis,
        LocalDate countedFrom,
        String countedFromReason,
        int workingDays,
        int extensionDays,
        List<PausedSpan> pausedSpans,
        List<Day> holidaysSkipped,
        List<Day> makeUpWorkdaysCounted,
        int weekendDaysSkipped,
        String calendarVersion,
        boolean provisional,
        List<Integer> uncertainYears,
        String text) {

    public record PausedSpan(PauseKind kind, LocalDate from, LocalDate to, int workingDays) {
    }
}
