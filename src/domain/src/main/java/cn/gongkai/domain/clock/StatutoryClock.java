package cn.gongkai.domain.clock;

import cn.gongkai.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * Derives an application's deadlines from its {@link ClockFacts} on a {@link WorkingDayCalendar}.
 *
 * <p>The receipt day is never counted (民法典第二百零一条). The reply period runs from receipt, or from the receipt of
 * the supplemented application (Art. 30); consultations stop it and it resumes where it stood (Art. 33): it does
 * not restart.
 */
public final class StatutoryClock {
    private final WorkingDayCalendar calendar;

    public StatutoryClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Deadlines deadlines(ClockFacts facts) {
        LocalDate received = facts.received();
        Deadline supplementNotice = fixedPeriod(DeadlineKind.SUPPLEMENT_NOTICE, received, StatutoryPeriods.SUPPLEMENT_NOTICE);
        Deadline supplementReply = null;
        if (facts.supplementRequested() != null) {
            supplementNotice = supplementNotice.met(); // the notice went out (once, Art. 30)
            LocalDate requested = facts.supplementRequested();
            supplementReply = Deadline.running(DeadlineKind.SUPPLEMENT_REPLY, requested,
                    calendar.workingDaysBetween(requested, facts.supplementDue()), facts.supplementDue(),
                    calendar.isProvisional(requested, facts.supplementDue()));
            if (facts.supplementReceived() != null) {
                supplementReply = supplementReply.met();
            }
        }
        int granted = facts.extensionDays();
        Deadline reply = replyPeriod(DeadlineKind.REPLY, facts, StatutoryPeriods.REPLY + granted);
        Deadline extended = replyPeriod(DeadlineKind.EXTENDED_REPLY, facts,
                StatutoryPeriods.REPLY + (granted > 0 ? granted : StatutoryPeriods.MAX_EXTENSION));
        Pause open = facts.openPause();
        Deadline consultation = null;
        if (open != null && open.kind() == PauseKind.FEE) {
            consultation = Deadline.running(DeadlineKind.FEE_PAYMENT, open.from(),
                    calendar.workingDaysBetween(open.from(), facts.feeDue()), facts.feeDue(),
                    calendar.isProvisional(open.from(), facts.feeDue()));
        } else if (open != null) {
            consultation = fixedPeriod(DeadlineKind.CONSULTATION, open.from(), StatutoryPeriods.CONSULTATION);
        }
        return new Deadlines(supplementNotice, supplementReply, reply, extended, consultation, calendar.version());
    }

    private Deadline fixedPeriod(DeadlineKind kind, LocalDate from, int workingDays) {
        LocalDate due = calendar.workingDaysAfter(from, workingDays);
        return Deadline.running(kind, from, workingDays, due, calendar.isProvisional(from, due));
    }

    private Deadline replyPeriod(DeadlineKind kind, ClockFacts facts, int workingDays) {
        LocalDate start = facts.replyPeriodStart();
        if (facts.awaitingSupplement()) {
            return new Deadline(kind, DeadlineState.WAITING, start, workingDays, null, workingDays, false);
        }
        LocalDate due = calendar.workingDaysAfter(start, workingDays);
        int pausedDays = 0;
        for (Pause pause : facts.pauses()) {
            if (pause.from().isBefore(start) || !pause.from().isBefore(due)) {
                continue;
            }
            if (pause.isOpen()) {
                int used = calendar.workingDaysBetween(start, pause.from()) - pausedDays;
                return new Deadline(kind, DeadlineState.PAUSED, start, workingDays, null, workingDays - used,
                        calendar.isProvisional(start, pause.from()));
            }
            int paused = calendar.workingDaysBetween(pause.from(), pause.to());
            pausedDays += paused;
            due = calendar.workingDaysAfter(due, paused);
        }
        return Deadline.running(kind, start, workingDays, due, calendar.isProvisional(start, due));
    }
}
