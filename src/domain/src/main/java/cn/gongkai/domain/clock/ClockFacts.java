package cn.gongkai.domain.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the statutory clock needs to know about one application: when and how it was received, the supplement
 * (补正) if any, the consultations, and the extension.
 *
 * @param supplementDue      the date the office gave the applicant to supplement by
 * @param supplementReceived when the supplemented application arrived: the reply period runs from then (Art. 30)
 */
public record ClockFacts(
        LocalDate received,
        Channel channel,
        LocalDate supplementRequested,
        LocalDate supplementDue,
        LocalDate supplementReceived,
        List<Pause> pauses,
        int extensionDays,
        LocalDate feeDue) {

    public ClockFacts {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(channel, "channel");
        pauses = List.copyOf(pauses);
    }

    public static ClockFacts receivedOn(LocalDate received, Channel channel) {
        return new ClockFacts(received, channel, null, null, null, List.of(), 0, null);
    }

    public static ClockFacts receivedOn(LocalDate received) {
        return receivedOn(received, Channel.IN_PERSON);
    }

    public ClockFacts withSupplementRequested(LocalDate requested, LocalDate due) {
        return new ClockFacts(received, channel, requested, due, null, pauses, extensionDays, feeDue);
    }

    public ClockFacts withSupplementReceived(LocalDate date) {
        return new ClockFacts(received, channel, supplementRequested, supplementDue, date, pauses, extensionDays, feeDue);
    }

    public ClockFacts withPauseStarted(PauseKind kind, LocalDate from) {
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(kind, from, null));
        return new ClockFacts(received, channel, supplementRequested, supplementDue, supplementReceived, more, extensionDays, feeDue);
    }

    public ClockFacts withPauseEnded(LocalDate to) {
        List<Pause> more = new ArrayList<>(pauses);
        int open = more.size() - 1;
        if (open < 0 || !more.get(open).isOpen()) {
            throw new IllegalStateException("no consultation is running");
        }
        more.set(open, more.get(open).endedOn(to));
        return new ClockFacts(received, channel, supplementRequested, supplementDue, supplementReceived, more, extensionDays, feeDue);
    }

    public ClockFacts withExtension(int workingDays) {
        return new ClockFacts(received, channel, supplementRequested, supplementDue, supplementReceived, pauses, workingDays, feeDue);
    }

    /** A fee notice: the reply period stops until payment, which is due by {@code due}. */
    public ClockFacts withFeeNotice(LocalDate noticeOn, LocalDate due) {
        return new ClockFacts(received, channel, supplementRequested, supplementDue, supplementReceived, pauses, extensionDays, due)
                .withPauseStarted(PauseKind.FEE, noticeOn);
    }

    public boolean awaitingSupplement() {
        return supplementRequested != null && supplementReceived == null;
    }

    /** The day the reply period starts from (not itself counted). */
    public LocalDate replyPeriodStart() {
        return supplementReceived != null ? supplementReceived : received;
    }

    public Pause openPause() {
        return pauses.isEmpty() || !pauses.getLast().isOpen() ? null : pauses.getLast();
    }
}
