package cn.gongkai.domain.clock;

import cn.gongkai.domain.Messages;
import cn.gongkai.domain.calendar.Day;
import cn.gongkai.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a computed deadline back into the facts and calendar days that produced it, in words staff can check. */
public final class DeadlineExplainer {
    private final WorkingDayCalendar calendar;

    public DeadlineExplainer(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Explanation explain(ClockFacts facts, Deadline deadline) {
        LocalDate from = deadline.countedFrom();
        LocalDate until = deadline.due() != null ? deadline.due() : openPauseStart(facts, from);
        boolean replyPeriod = deadline.kind() == DeadlineKind.REPLY || deadline.kind() == DeadlineKind.EXTENDED_REPLY;
        List<Explanation.PausedSpan> spans = new ArrayList<>();
        if (replyPeriod) {
            for (Pause pause : facts.pauses()) {
                if (!pause.from().isBefore(from) && (until == null || pause.from().isBefore(until) || pause.isOpen())) {
                    int days = pause.isOpen() ? 0 : calendar.workingDaysBetween(pause.from(), pause.to());
                    spans.add(new Explanation.PausedSpan(pause.kind(), pause.from(), pause.to(), days));
                }
            }
        }
        List<Day> holidays = new ArrayList<>();
        List<Day> makeUps = new ArrayList<>();
        int weekends = 0;
        if (until != null) {
            for (Day day : calendar.specialDaysBetween(from, until)) {
                switch (day.kind()) {
                    case HOLIDAY, CLOSURE -> holidays.add(day);
                    case MAKE_UP_WORKDAY -> makeUps.add(day);
                    case WEEKEND -> weekends++;
                    default -> { }
                }
            }
        }
        List<Integer> uncertain = until == null ? List.of() : calendar.uncertainYears(from, until);
        int extension = deadline.kind() == DeadlineKind.SUPPLEMENT_REPLY || deadline.kind() == DeadlineKind.FEE_PAYMENT ? 0
                : Math.max(0, deadline.workingDays() - baseDays(deadline.kind()));
        String reason = countedFromReason(facts, deadline.kind());
        String text = text(deadline, reason, spans, holidays, makeUps, weekends, uncertain);
        return new Explanation(deadline.kind(), deadline.kind().basis(), from, reason, deadline.workingDays(), extension,
                spans, holidays, makeUps, weekends, calendar.version(), deadline.provisional(), uncertain, text);
    }

    private static LocalDate openPauseStart(ClockFacts facts, LocalDate from) {
        Pause open = facts.openPause();
        return open != null && !open.from().isBefore(from) ? open.from() : null;
    }

    private static int baseDays(DeadlineKind kind) {
        return switch (kind) {
            case SUPPLEMENT_NOTICE -> StatutoryPeriods.SUPPLEMENT_NOTICE;
            case CONSULTATION -> StatutoryPeriods.CONSULTATION;
            default -> StatutoryPeriods.REPLY;
        };
    }

    private static String countedFromReason(ClockFacts facts, DeadlineKind kind) {
        return switch (kind) {
            case SUPPLEMENT_NOTICE -> Messages.format("explain.from.receipt", facts.channel().displayName(), facts.channel().receiptRule());
            case SUPPLEMENT_REPLY -> Messages.format("explain.from.supplementRequest");
            case FEE_PAYMENT -> Messages.format("explain.from.feeNotice");
            case CONSULTATION -> Messages.format("explain.from.consultation");
            case REPLY, EXTENDED_REPLY -> facts.supplementReceived() != null
                    ? Messages.format("explain.from.supplementReceived")
                    : Messages.format("explain.from.receipt", facts.channel().displayName(), facts.channel().receiptRule());
        };
    }

    private String text(Deadline deadline, String reason, List<Explanation.PausedSpan> spans, List<Day> holidays,
                        List<Day> makeUps, int weekends, List<Integer> uncertain) {
        StringBuilder text = new StringBuilder();
        text.append(Messages.format("explain.head", deadline.kind().displayName(), deadline.kind().basis(),
                deadline.countedFrom().toString(), reason, deadline.workingDays()));
        switch (deadline.state()) {
            case RUNNING -> text.append(Messages.format("explain.due", deadline.due().toString()));
            case PAUSED -> text.append(Messages.format("explain.paused", deadline.remainingWorkingDays()));
            case WAITING -> text.append(Messages.format("explain.waiting"));
            case MET -> text.append(Messages.format("explain.met", deadline.due().toString()));
        }
        for (Explanation.PausedSpan span : spans) {
            text.append(span.to() == null
                    ? Messages.format("explain.pause.open", span.kind().displayName(), span.from().toString())
                    : Messages.format("explain.pause.closed", span.kind().displayName(), span.from().toString(),
                    span.to().toString(), span.workingDays()));
        }
        if (weekends > 0) {
            text.append(Messages.format("explain.weekends", weekends));
        }
        if (!holidays.isEmpty()) {
            text.append(Messages.format("explain.holidays", holidays.size(), describe(holidays)));
        }
        if (!makeUps.isEmpty()) {
            text.append(Messages.format("explain.makeUps", makeUps.size(), describe(makeUps)));
        }
        if (!uncertain.isEmpty()) {
            text.append(Messages.format("explain.provisional",
                    uncertain.stream().map(String::valueOf).collect(Collectors.joining("、"))));
        }
        text.append(Messages.format("explain.calendar", calendar.version()));
        return text.toString();
    }

    /** Groups consecutive days of one occasion: "国庆节 2022-10-01至2022-10-07". */
    private static String describe(List<Day> days) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).date().equals(days.get(j).date().plusDays(1))
                    && days.get(j + 1).name().equals(days.get(i).name())) {
                j++;
            }
            Day first = days.get(i);
            String name = first.name();
            parts.add(i == j ? name + " " + first.date() : name + " " + first.date() + "至" + days.get(j).date());
            i = j + 1;
        }
        return String.join("，", parts);
    }
}
