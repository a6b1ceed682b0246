package cn.gongkai.domain.application;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.Deadline;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.PauseKind;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.domain.clock.StatutoryPeriods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An application for disclosure (依申请公开) and its whole life, kept as the list of its recorded steps: every state
 * is derived by replaying them, so the audit trail (Art. 45) and the state can never disagree.
 */
public final class Application {
    private final String id;
    private final String agencyId;
    private final ApplicantKind applicantKind;
    private final List<ApplicationEvent> events = new ArrayList<>();
    private Stage stage;
    private Channel channel;
    private ClockFacts facts;
    private Outcome outcome;
    private int storedEvents;

    private Application(String id, String agencyId, ApplicantKind applicantKind) {
        this.id = Objects.requireNonNull(id, "id");
        this.agencyId = Objects.requireNonNull(agencyId, "agencyId");
        this.applicantKind = Objects.requireNonNull(applicantKind, "applicantKind");
    }

    /**
     * Records a new application. Delivered in person, orally or by registered post, it is received on {@code step.on()}
     * (for registered post, the day the agency signed for it); by internet, fax or ordinary letter it waits for the
     * confirmation that fixes its date of receipt (Art. 31).
     */
    public static Application register(String id, String agencyId, ApplicantKind applicantKind, Channel channel, Step step) {
        Application application = new Application(id, agencyId, applicantKind);
        application.checkDate(step);
        application.record(ApplicationEvent.of(Action.REGISTER, step.on(), step.at(), step.actor())
                .note(step.note()).channel(channel));
        return application;
    }

    public static Application replay(String id, String agencyId, ApplicantKind applicantKind, List<ApplicationEvent> events) {
        Application application = new Application(id, agencyId, applicantKind);
        events.forEach(application::apply);
        application.storedEvents = events.size();
        return application;
    }

    public void confirmReceipt(Step step) {
        check(Action.CONFIRM_RECEIPT, step);
        record(ApplicationEvent.of(Action.CONFIRM_RECEIPT, step.on(), step.at(), step.actor()).note(step.note()));
    }

    /**
     * Asks the applicant, once and in full, to supplement the application, within 7 working days of receipt
     * (Art. 30). Without a date from the office, the applicant gets {@value StatutoryPeriods#DEFAULT_SUPPLEMENT_REPLY}
     * working days.
     */
    public void requestSupplement(Step step, LocalDate supplementDue, StatutoryClock clock) {
        check(Action.REQUEST_SUPPLEMENT, step);
        if (facts.supplementRequested() != null) {
            throw new DomainException(ErrorCode.SUPPLEMENT_ALREADY_REQUESTED);
        }
        LocalDate noticeDue = clock.deadlines(facts).supplementNotice().due();
        if (step.on().isAfter(noticeDue)) {
            throw new DomainException(ErrorCode.SUPPLEMENT_NOTICE_TOO_LATE, noticeDue);
        }
        LocalDate due = supplementDue != null ? supplementDue
                : clock.calendar().workingDaysAfter(step.on(), StatutoryPeriods.DEFAULT_SUPPLEMENT_REPLY);
        if (due.isBefore(step.on())) {
            throw new DomainException(ErrorCode.SUPPLEMENT_DUE_BEFORE_REQUEST, due, step.on());
        }
        requireNote(step);
        record(ApplicationEvent.of(Action.REQUEST_SUPPLEMENT, step.on(), step.at(), step.actor())
                .note(step.note()).dueDate(due));
    }

    /** The supplemented application arrived: the reply period starts again from this day (Art. 30). */
    public void receiveSupplement(Step step) {
        check(Action.RECEIVE_SUPPLEMENT, step);
        record(ApplicationEvent.of(Action.RECEIVE_SUPPLEMENT, step.on(), step.at(), step.actor()).note(step.note()));
    }

    /** Consults a third party (Art. 32) or another agency (Art. 34); the reply period stands still meanwhile. */
    public void startConsultation(Step step, PauseKind kind, String consulted) {
        check(Action.START_CONSULTATION, step);
        if (kind == null || kind == PauseKind.FEE) {
            throw new DomainException("consultationKind", ErrorCode.CONSULTATION_KIND_INVALID);
        }
        record(ApplicationEvent.of(Action.START_CONSULTATION, step.on(), step.at(), step.actor())
                .note(step.note()).consultation(kind, consulted));
    }

    public void endConsultation(Step step) {
        check(Action.END_CONSULTATION, step);
        record(ApplicationEvent.of(Action.END_CONSULTATION, step.on(), step.at(), step.actor()).note(step.note()));
    }

    /** Extends the reply period once, by at most 20 working days, with the office head's approval (Art. 33). */
    public void extend(Step step, int workingDays, StatutoryClock clock) {
        check(Action.EXTEND, step);
        if (step.actor().role() != Role.OFFICE_HEAD) {
            throw new DomainException(ErrorCode.EXTENSION_NEEDS_OFFICE_HEAD);
        }
        if (facts.extensionDays() > 0) {
            throw new DomainException(ErrorCode.EXTENSION_ALREADY_GRANTED);
        }
        if (workingDays < 1 || workingDays > StatutoryPeriods.MAX_EXTENSION) {
            throw new DomainException(ErrorCode.EXTENSION_DAYS_INVALID, workingDays);
        }
        Deadline reply = clock.deadlines(facts).reply();
        if (reply.due() != null && step.on().isAfter(reply.due())) {
            throw new DomainException(ErrorCode.EXTENSION_AFTER_DUE, reply.due());
        }
        requireNote(step);
        record(ApplicationEvent.of(Action.EXTEND, step.on(), step.at(), step.actor())
                .note(step.note()).workingDays(workingDays));
    }

    /**
     * Notifies the applicant of an information processing fee (Art. 42, 国办函〔2020〕109号); the reply period stands
     * still until payment, due by {@code due} (by default {@value StatutoryPeriods#DEFAULT_FEE_PAYMENT} working days).
     */
    public void issueFeeNotice(Step step, long amountYuan, LocalDate due, StatutoryClock clock) {
        check(Action.ISSUE_FEE_NOTICE, step);
        if (feeNotified()) {
            throw new DomainException(ErrorCode.FEE_ALREADY_NOTIFIED);
        }
        if (amountYuan <= 0) {
            throw new DomainException("amountYuan", ErrorCode.FEE_NOT_CHARGEABLE, amountYuan);
        }
        LocalDate payBy = due != null ? due : clock.calendar().workingDaysAfter(step.on(), StatutoryPeriods.DEFAULT_FEE_PAYMENT);
        if (payBy.isBefore(step.on())) {
            throw new DomainException("dueDate", ErrorCode.SUPPLEMENT_DUE_BEFORE_REQUEST, payBy, step.on());
        }
        record(ApplicationEvent.of(Action.ISSUE_FEE_NOTICE, step.on(), step.at(), step.actor())
                .note(step.note()).dueDate(payBy).amountYuan(amountYuan));
    }

    public void recordPayment(Step step) {
        check(Action.RECORD_PAYMENT, step);
        record(ApplicationEvent.of(Action.RECORD_PAYMENT, step.on(), step.at(), step.actor()).note(step.note()));
    }

    /** Not paid by the date in the fee notice: the office handles the application no further (2021 format 其他处理). */
    public void markFeeUnpaid(Step step) {
        check(Action.MARK_FEE_UNPAID, step);
        if (!step.on().isAfter(facts.feeDue())) {
            throw new DomainException(ErrorCode.FEE_NOT_OVERDUE, facts.feeDue());
        }
        record(ApplicationEvent.of(Action.MARK_FEE_UNPAID, step.on(), step.at(), step.actor())
                .note(step.note()).outcome(Outcome.OTHER_FEE_UNPAID));
    }

    /** Replies with one of the statutory outcomes (Art. 36); {@code step.note()} is the reply text. */
    public void reply(Step step, Outcome result) {
        check(Action.REPLY, step);
        Objects.requireNonNull(result, "outcome");
        if (!result.isReply()) {
            throw new DomainException(ErrorCode.OUTCOME_NOT_A_REPLY, result.displayName());
        }
        record(ApplicationEvent.of(Action.REPLY, step.on(), step.at(), step.actor()).note(step.note()).outcome(result));
    }

    /** No supplement by the date given, so the application is treated as abandoned (Art. 30). */
    public void markAbandoned(Step step) {
        check(Action.MARK_ABANDONED, step);
        if (!step.on().isAfter(facts.supplementDue())) {
            throw new DomainException(ErrorCode.SUPPLEMENT_NOT_OVERDUE, facts.supplementDue());
        }
        record(ApplicationEvent.of(Action.MARK_ABANDONED, step.on(), step.at(), step.actor())
                .note(step.note()).outcome(Outcome.OTHER_SUPPLEMENT_OVERDUE));
    }

    /** The applicant withdraws; the report counts it under 其他处理. */
    public void withdraw(Step step) {
        check(Action.WITHDRAW, step);
        requireNote(step);
        record(ApplicationEvent.of(Action.WITHDRAW, step.on(), step.at(), step.actor()).note(step.note()).outcome(Outcome.OTHER));
    }

    /** The actions this application's stage and history allow now: what a console may offer. */
    public Set<Action> availableActions() {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : Lifecycle.allowed(stage)) {
            boolean ruledOut = switch (action) {
                case REQUEST_SUPPLEMENT -> facts.supplementRequested() != null;
                case EXTEND -> facts.extensionDays() > 0;
                case ISSUE_FEE_NOTICE -> feeNotified();
                default -> false;
            };
            if (!ruledOut) {
                actions.add(action);
            }
        }
        return actions;
    }

    private boolean feeNotified() {
        return facts.pauses().stream().anyMatch(p -> p.kind() == PauseKind.FEE);
    }

    public Deadlines deadlines(StatutoryClock clock) {
        return facts == null ? null : clock.deadlines(facts);
    }

    private void check(Action action, Step step) {
        if (!Lifecycle.allows(stage, action)) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, stage.displayName(), action.displayName());
        }
        checkDate(step);
    }

    private void checkDate(Step step) {
        if (step.on().isAfter(ChinaTime.dateOf(step.at()))) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, step.on());
        }
        if (!events.isEmpty() && step.on().isBefore(events.getLast().on())) {
            throw new DomainException(ErrorCode.DATE_BEFORE_PREVIOUS_STEP, step.on(), events.getLast().on());
        }
    }

    private static void requireNote(Step step) {
        if (step.note() == null || step.note().isBlank()) {
            throw new DomainException(ErrorCode.REASON_REQUIRED);
        }
    }

    private void record(ApplicationEvent.Builder event) {
        apply(event.build(events.size() + 1));
    }

    private void apply(ApplicationEvent event) {
        switch (event.action()) {
            case REGISTER -> {
                channel = event.channel();
                if (!channel.needsConfirmation()) {
                    facts = ClockFacts.receivedOn(event.on(), channel);
                }
            }
            case CONFIRM_RECEIPT -> facts = ClockFacts.receivedOn(event.on(), channel);
            case REQUEST_SUPPLEMENT -> facts = facts.withSupplementRequested(event.on(), event.dueDate());
            case RECEIVE_SUPPLEMENT -> facts = facts.withSupplementReceived(event.on());
            case START_CONSULTATION -> facts = facts.withPauseStarted(event.pauseKind(), event.on());
            case END_CONSULTATION, RECORD_PAYMENT -> facts = facts.withPauseEnded(event.on());
            case ISSUE_FEE_NOTICE -> facts = facts.withFeeNotice(event.on(), event.dueDate());
            case EXTEND -> facts = facts.withExtension(event.workingDays());
            case REPLY, MARK_ABANDONED, MARK_FEE_UNPAID, WITHDRAW -> outcome = event.outcome();
        }
        stage = event.action() == Action.REGISTER
                ? (channel.needsConfirmation() ? Stage.AWAITING_CONFIRMATION : Stage.RECEIVED)
                : Lifecycle.next(stage, event.action(), facts != null && facts.extensionDays() > 0);
        events.add(event);
    }

    public String id() {
        return id;
    }

    public String agencyId() {
        return agencyId;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public Stage stage() {
        return stage;
    }

    public Channel channel() {
        return channel;
    }

    /** The date of receipt by Art. 31, or null while the receipt waits for confirmation. */
    public LocalDate receivedOn() {
        return facts == null ? null : facts.received();
    }

    public ClockFacts clockFacts() {
        return facts;
    }

    /** The annual report's outcome row, once the application is closed; null while open. */
    public Outcome outcome() {
        return outcome;
    }

    public List<ApplicationEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** How many of its events were in storage when it was loaded: the version a store must still find there. */
    public int storedVersion() {
        return storedEvents;
    }

    /** The steps recorded since it was loaded, which a store appends. */
    public List<ApplicationEvent> unstoredEvents() {
        return Collections.unmodifiableList(events.subList(storedEvents, events.size()));
    }

    public void markStored() {
        storedEvents = events.size();
    }
}
