package cn.gongkai.domain.application;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.PauseKind;
import cn.gongkai.domain.clock.StatutoryClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Applications brought to each stage of their life, received on Friday 2024-03-01. */
final class ApplicationFixture {
    static final StatutoryClock CLOCK = new StatutoryClock(WorkingDayCalendar.builtIn());
    static final LocalDate RECEIVED = LocalDate.parse("2024-03-01");
    static final Actor CLERK = new Actor("clerk-wang", Role.CLERK);
    static final Actor HEAD = new Actor("head-li", Role.OFFICE_HEAD);
    static final Actor APPLICANT = new Actor("applicant", Role.APPLICANT);

    private ApplicationFixture() {
    }

    static Step step(String date, Actor actor, String note) {
        LocalDate on = LocalDate.parse(date);
        return new Step(on, on.atTime(10, 0).atZone(cn.gongkai.domain.ChinaTime.ZONE).toInstant(), actor, note);
    }

    static Step step(String date) {
        return step(date, CLERK, "经办人记录");
    }

    static Application received() {
        return Application.register("A-1", "agency-1", ApplicantKind.NATURAL_PERSON, Channel.IN_PERSON,
                step(RECEIVED.toString(), CLERK, "窗口登记"));
    }

    static Application awaitingConfirmation() {
        return Application.register("A-2", "agency-1", ApplicantKind.COMMERCIAL_ENTERPRISE, Channel.ONLINE,
                step("2024-02-29", APPLICANT, "网上提交"));
    }

    static Application awaitingSupplement() {
        Application application = received();
        application.requestSupplement(step("2024-03-05", CLERK, "请补充所需信息的文号"), LocalDate.parse("2024-03-20"), CLOCK);
        return application;
    }

    static Application consulting() {
        Application application = received();
        application.startConsultation(step("2024-03-08"), PauseKind.THIRD_PARTY, "某某公司");
        return application;
    }

    static Application extended() {
        Application application = received();
        application.extend(step("2024-03-20", HEAD, "需调取档案"), 20, CLOCK);
        return application;
    }

    static Application awaitingFee() {
        Application application = received();
        application.issueFeeNotice(step("2024-03-11", CLERK, "本月第11件申请，信息处理费100元"), 100, LocalDate.parse("2024-03-25"), CLOCK);
        return application;
    }

    static Application replied() {
        Application application = received();
        application.reply(step("2024-03-15"), Outcome.DISCLOSED);
        return application;
    }

    static Application withdrawn() {
        Application application = received();
        application.withdraw(step("2024-03-04", APPLICANT, "申请人书面撤回"));
        return application;
    }

    static Application abandoned() {
        Application application = awaitingSupplement();
        application.markAbandoned(step("2024-03-21"));
        return application;
    }

    static Application in(Stage stage) {
        return switch (stage) {
            case AWAITING_CONFIRMATION -> awaitingConfirmation();
            case RECEIVED -> received();
            case AWAITING_SUPPLEMENT -> awaitingSupplement();
            case CONSULTING -> consulting();
            case EXTENDED -> extended();
            case AWAITING_FEE -> awaitingFee();
            case REPLIED -> replied();
            case WITHDRAWN -> withdrawn();
            case ABANDONED -> abandoned();
        };
    }

    /** Performs an action with plausible arguments on a late date, so only the lifecycle can object. */
    static Consumer<Application> perform(Action action) {
        Step late = step("2024-03-25", HEAD, "理由");
        return switch (action) {
            case REGISTER -> a -> { throw new AssertionError("registration starts a new application"); };
            case CONFIRM_RECEIPT -> a -> a.confirmReceipt(late);
            case REQUEST_SUPPLEMENT -> a -> a.requestSupplement(late, null, CLOCK);
            case RECEIVE_SUPPLEMENT -> a -> a.receiveSupplement(late);
            case START_CONSULTATION -> a -> a.startConsultation(late, PauseKind.OTHER_AGENCY, "市财政局");
            case END_CONSULTATION -> a -> a.endConsultation(late);
            case EXTEND -> a -> a.extend(late, 10, CLOCK);
            case ISSUE_FEE_NOTICE -> a -> a.issueFeeNotice(late, 100, null, CLOCK);
            case RECORD_PAYMENT -> a -> a.recordPayment(late);
            case MARK_FEE_UNPAID -> a -> a.markFeeUnpaid(step("2024-03-26", HEAD, "逾期未缴费"));
            case REPLY -> a -> a.reply(late, Outcome.PARTIALLY_DISCLOSED);
            case MARK_ABANDONED -> a -> a.markAbandoned(late);
            case WITHDRAW -> a -> a.withdraw(late);
        };
    }

    static Instant noon(String date) {
        return LocalDate.parse(date).atTime(12, 0).atZone(cn.gongkai.domain.ChinaTime.ZONE).toInstant();
    }
}
