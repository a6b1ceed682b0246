package cn.gongkai.domain.application;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.DeadlineState;
import cn.gongkai.domain.clock.PauseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;

import static cn.gongkai.domain.application.ApplicationFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationLifecycleTest {

    static Stream<Arguments> illegalTransitions() {
        return Arrays.stream(Stage.values()).flatMap(stage -> Arrays.stream(Action.values())
                .filter(action -> action != Action.REGISTER && !Lifecycle.allows(stage, action))
                .map(action -> Arguments.of(stage, action)));
    }

    static Stream<Arguments> legalTransitions() {
        return Stream.of(
                Arguments.of(Stage.AWAITING_CONFIRMATION, Action.CONFIRM_RECEIPT, Stage.RECEIVED),
                Arguments.of(Stage.AWAITING_CONFIRMATION, Action.WITHDRAW, Stage.WITHDRAWN),
                Arguments.of(Stage.RECEIVED, Action.START_CONSULTATION, Stage.CONSULTING),
                Arguments.of(Stage.RECEIVED, Action.EXTEND, Stage.EXTENDED),
                Arguments.of(Stage.RECEIVED, Action.REPLY, Stage.REPLIED),
                Arguments.of(Stage.RECEIVED, Action.WITHDRAW, Stage.WITHDRAWN),
                Arguments.of(Stage.AWAITING_SUPPLEMENT, Action.RECEIVE_SUPPLEMENT, Stage.RECEIVED),
                Arguments.of(Stage.AWAITING_SUPPLEMENT, Action.MARK_ABANDONED, Stage.ABANDONED),
                Arguments.of(Stage.AWAITING_SUPPLEMENT, Action.WITHDRAW, Stage.WITHDRAWN),
                Arguments.of(Stage.CONSULTING, Action.END_CONSULTATION, Stage.RECEIVED),
                Arguments.of(Stage.CONSULTING, Action.EXTEND, Stage.CONSULTING),
                Arguments.of(Stage.CONSULTING, Action.WITHDRAW, Stage.WITHDRAWN),
                Arguments.of(Stage.EXTENDED, Action.START_CONSULTATION, Stage.CONSULTING),
                Arguments.of(Stage.EXTENDED, Action.REPLY, Stage.REPLIED),
                Arguments.of(Stage.EXTENDED, Action.WITHDRAW, Stage.WITHDRAWN),
                Arguments.of(Stage.RECEIVED, Action.ISSUE_FEE_NOTICE, Stage.AWAITING_FEE),
                Arguments.of(Stage.EXTENDED, Action.ISSUE_FEE_NOTICE, Stage.AWAITING_FEE),
                Arguments.of(Stage.AWAITING_FEE, Action.RECORD_PAYMENT, Stage.RECEIVED),
                Arguments.of(Stage.AWAITING_FEE, Action.MARK_FEE_UNPAID, Stage.ABANDONED),
                Arguments.of(Stage.AWAITING_FEE, Action.WITHDRAW, Stage.WITHDRAWN));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalTransitions")
    void everyLegalTransitionLeadsToItsStageAndIsRecorded(Stage from, Action action, Stage to) {
        Application application = in(from);
        int before = application.events().size();

        perform(action).accept(application);

        assertThat(application.stage()).isEqualTo(to);
        assertThat(application.events()).hasSize(before + 1);
        assertThat(application.events().getLast().action()).isEqualTo(action);
        assertThat(application.events().getLast().actor()).isNotNull();
    }

    @Test
    void theLegalTransitionListCoversTheWholeTable() {
        long inTable = Arrays.stream(Stage.values()).mapToLong(s -> Lifecycle.allowed(s).size()).sum();
        // RECEIVED → REQUEST_SUPPLEMENT is covered by its own tests below.
        assertThat(legalTransitions().count() + 1).isEqualTo(inTable);
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource("illegalTransitions")
    void everyIllegalTransitionIsRejectedWithAClearError(Stage from, Action action) {
        Application application = in(from);
        int before = application.events().size();

        assertThatThrownBy(() -> perform(action).accept(application))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
                    assertThat(e.getMessage()).contains(from.displayName(), action.displayName());
                });
        assertThat(application.stage()).isEqualTo(from);
        assertThat(application.events()).hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"ONLINE", "FAX", "ORDINARY_LETTER"})
    void onlineFaxAndOrdinaryLetterAreReceivedOnTheDayOfConfirmation(Channel channel) {
        Application application = Application.register("A-9", "agency-1", ApplicantKind.NATURAL_PERSON, channel,
                step("2024-02-29", APPLICANT, "提交"));
        assertThat(application.stage()).isEqualTo(Stage.AWAITING_CONFIRMATION);
        assertThat(application.receivedOn()).isNull();
        assertThat(application.deadlines(CLOCK)).isNull();

        application.confirmReceipt(step("2024-03-01"));

        assertThat(application.receivedOn()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(application.deadlines(CLOCK).reply().due()).isEqualTo(LocalDate.parse("2024-03-29"));
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"IN_PERSON", "ORAL", "REGISTERED_POST"})
    void inPersonOralAndRegisteredPostAreReceivedOnRegistration(Channel channel) {
        Application application = Application.register("A-9", "agency-1", ApplicantKind.NATURAL_PERSON, channel,
                step("2024-03-01"));

        assertThat(application.stage()).isEqualTo(Stage.RECEIVED);
        assertThat(application.receivedOn()).isEqualTo(LocalDate.parse("2024-03-01"));
    }

    @Test
    void aSupplementIsRequestedOnceWithinSevenWorkingDays() {
        Application application = received();
        application.requestSupplement(step("2024-03-11", CLERK, "请补充文号"), null, CLOCK);

        assertThat(application.stage()).isEqualTo(Stage.AWAITING_SUPPLEMENT);
        assertThat(application.events().getLast().dueDate())
                .as("15 working days by default").isEqualTo(LocalDate.parse("2024-04-01"));
        assertThat(application.deadlines(CLOCK).reply().state()).isEqualTo(DeadlineState.WAITING);

        application.receiveSupplement(step("2024-03-15"));
        assertThat(application.availableActions()).doesNotContain(Action.REQUEST_SUPPLEMENT);
        assertThatThrownBy(() -> application.requestSupplement(step("2024-03-18", CLERK, "再补充"), null, CLOCK))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.SUPPLEMENT_ALREADY_REQUESTED);
    }

    @Test
    void aSupplementNoticeAfterTheSeventhWorkingDayIsRejected() {
        Application application = received();

        assertThatThrownBy(() -> application.requestSupplement(step("2024-03-13", CLERK, "请补充"), null, CLOCK))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SUPPLEMENT_NOTICE_TOO_LATE);
                    assertThat(e.getMessage()).contains("2024-03-12");
                });
    }

    @Test
    void aSupplementNoticeMustSayWhatToSupplement() {
        assertThatThrownBy(() -> received().requestSupplement(step("2024-03-05", CLERK, " "), null, CLOCK))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.REASON_REQUIRED);
    }

    @Test
    void anApplicationIsTreatedAsAbandonedOnlyAfterTheSupplementDateHasPassed() {
        Application application = awaitingSupplement();

        assertThatThrownBy(() -> application.markAbandoned(step("2024-03-20")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.SUPPLEMENT_NOT_OVERDUE);

        application.markAbandoned(step("2024-03-21"));
        assertThat(application.outcome()).isEqualTo(Outcome.OTHER_SUPPLEMENT_OVERDUE);
    }

    @Test
    void onlyTheOfficeHeadMayExtendAndOnlyOnceByAtMostTwentyWorkingDays() {
        Application application = received();

        assertThatThrownBy(() -> application.extend(step("2024-03-20", CLERK, "需调档"), 10, CLOCK))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.EXTENSION_NEEDS_OFFICE_HEAD);
        assertThatThrownBy(() -> application.extend(step("2024-03-20", HEAD, "需调档"), 21, CLOCK))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.EXTENSION_DAYS_INVALID);
        assertThatThrownBy(() -> application.extend(step("2024-04-01", HEAD, "需调档"), 10, CLOCK))
                .as("the reply was due 03-29").extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.EXTENSION_AFTER_DUE);

        application.extend(step("2024-03-29", HEAD, "需调档"), 10, CLOCK);
        assertThat(application.deadlines(CLOCK).reply().due()).isEqualTo(LocalDate.parse("2024-04-15"));
        application.startConsultation(step("2024-04-01"), PauseKind.OTHER_AGENCY, "市财政局");
        application.endConsultation(step("2024-04-03"));
        assertThat(application.stage()).as("back to extended after consulting").isEqualTo(Stage.EXTENDED);
        assertThat(application.availableActions()).doesNotContain(Action.EXTEND);
    }

    @Test
    void aConsultationPausesTheReplyPeriodWithoutRestartingIt() {
        Application application = consulting();
        assertThat(application.deadlines(CLOCK).reply().state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(application.deadlines(CLOCK).consultation().due()).isEqualTo(LocalDate.parse("2024-03-29"));

        application.endConsultation(step("2024-03-15"));

        assertThat(application.deadlines(CLOCK).reply().due()).isEqualTo(LocalDate.parse("2024-04-08"));
    }

    @Test
    void theAbandonmentOutcomeCannotBeChosenAsAReply() {
        assertThatThrownBy(() -> received().reply(step("2024-03-05"), Outcome.OTHER_SUPPLEMENT_OVERDUE))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.OUTCOME_NOT_A_REPLY);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"REPLIED", "WITHDRAWN", "ABANDONED"})
    void everyClosedApplicationMapsToExactlyOneOutcomeRow(Stage closed) {
        Application application = in(closed);

        assertThat(application.stage().isOpen()).isFalse();
        assertThat(application.outcome()).isNotNull();
        assertThat(application.availableActions()).isEmpty();
    }

    @Test
    void aFeeNoticePausesTheReplyPeriodUntilPaymentAndNonPaymentClosesTheApplication() {
        Application paying = awaitingFee();
        assertThat(paying.deadlines(CLOCK).reply().state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(paying.deadlines(CLOCK).consultation().kind()).isEqualTo(cn.gongkai.domain.clock.DeadlineKind.FEE_PAYMENT);
        assertThat(paying.deadlines(CLOCK).consultation().due()).isEqualTo(LocalDate.parse("2024-03-25"));
        paying.recordPayment(step("2024-03-15"));
        // 6 working days used before the notice (03-04..03-11); (03-11, 03-15] paused 4 days: 03-29 + 4 = 04-07 (Sunday make-up day)
        assertThat(paying.deadlines(CLOCK).reply().due()).isEqualTo(LocalDate.parse("2024-04-07"));
        assertThat(paying.availableActions()).doesNotContain(Action.ISSUE_FEE_NOTICE);

        Application unpaid = awaitingFee();
        assertThatThrownBy(() -> unpaid.markFeeUnpaid(step("2024-03-25")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.FEE_NOT_OVERDUE);
        unpaid.markFeeUnpaid(step("2024-03-26"));
        assertThat(unpaid.outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
        assertThat(unpaid.stage()).isEqualTo(Stage.ABANDONED);
    }

    @Test
    void aFeeCannotBeDisguisedAsAConsultationNorChosenAsAReply() {
        assertThatThrownBy(() -> received().startConsultation(step("2024-03-05"), PauseKind.FEE, "申请人"))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.CONSULTATION_KIND_INVALID);
        assertThatThrownBy(() -> received().reply(step("2024-03-05"), Outcome.OTHER_FEE_UNPAID))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.OUTCOME_NOT_A_REPLY);
    }

    @Test
    void withdrawalIsCountedAsOtherHandling() {
        assertThat(withdrawn().outcome()).isEqualTo(Outcome.OTHER);
        assertThat(withdrawn().outcome().group()).isEqualTo(OutcomeGroup.OTHER);
    }

    @Test
    void aStepCannotPredateThePreviousOneNorLieInTheFuture() {
        Application application = received();

        assertThatThrownBy(() -> application.reply(step("2024-02-28"), Outcome.DISCLOSED))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.DATE_BEFORE_PREVIOUS_STEP);
        Step tomorrow = new Step(LocalDate.parse("2024-03-06"), noon("2024-03-05"), CLERK);
        assertThatThrownBy(() -> application.reply(tomorrow, Outcome.DISCLOSED))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.DATE_IN_FUTURE);
    }

    @Test
    void replayingTheRecordedStepsRebuildsTheSameApplication() {
        Application original = received();
        original.startConsultation(step("2024-03-08"), PauseKind.THIRD_PARTY, "某某公司");
        original.endConsultation(step("2024-03-15"));
        original.extend(step("2024-03-20", HEAD, "需调档"), 15, CLOCK);
        original.reply(step("2024-04-10"), Outcome.WITHHELD_THIRD_PARTY_RIGHTS);

        Application replayed = Application.replay(original.id(), original.agencyId(), original.applicantKind(), original.events());

        assertThat(replayed.stage()).isEqualTo(Stage.REPLIED);
        assertThat(replayed.outcome()).isEqualTo(Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
        assertThat(replayed.clockFacts()).isEqualTo(original.clockFacts());
        assertThat(replayed.events()).isEqualTo(original.events());
    }

    @Test
    void everyStepRecordsWhoWhenAndWhy() {
        Application application = extended();
        ApplicationEvent extension = application.events().getLast();

        assertThat(extension.actor()).isEqualTo(HEAD);
        assertThat(extension.on()).isEqualTo(LocalDate.parse("2024-03-20"));
        assertThat(extension.recordedAt()).isEqualTo(noon("2024-03-20").minusSeconds(7200));
        assertThat(extension.note()).isEqualTo("需调取档案");
        assertThat(extension.workingDays()).isEqualTo(20);
        assertThat(extension.sequence()).isEqualTo(2);
    }
}
