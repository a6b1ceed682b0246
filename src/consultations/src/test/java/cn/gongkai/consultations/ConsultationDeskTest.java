package cn.gongkai.consultations;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import cn.gongkai.reminders.DueDeadline;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConsultationDeskTest {
    static final Actor CLERK = new Actor("clerk-li", Role.CLERK);

    @Inject
    ConsultationDesk desk;
    @Inject
    ConsultationDeadlineSource source;

    @Test
    void should_give_five_working_days_to_reply_skipping_holidays_and_one_for_a_simple_question() {
        String agency = TestAgencies.create();
        ConsultationDesk.Receipt receipt = desk.ask(agency, "我想了解本区2025年老旧小区改造的资金安排在哪里公开？", "13812345678");
        WorkingDayCalendar calendar = WorkingDayCalendar.builtIn();
        assertThat(receipt.askedOn()).isEqualTo(FixedClock.TODAY);
        assertThat(receipt.replyDue()).isEqualTo(calendar.workingDaysAfter(FixedClock.TODAY, 5))
                .isAfter(LocalDate.of(2026, 10, 7)); // the National Day holiday does not count
        ConsultationDesk.StaffView simple = desk.classify(agency, receipt.consultationId(), true);
        assertThat(simple.replyDue()).isEqualTo(calendar.workingDaysAfter(FixedClock.TODAY, 1)).isBefore(receipt.replyDue());
    }

    @Test
    void should_join_the_reminders_until_replied_and_show_the_reply_by_lookup_code() {
        String agency = TestAgencies.create();
        ConsultationDesk.Receipt receipt = desk.ask(agency, "政府信息公开申请可以通过电子邮件提交吗？", null);
        List<DueDeadline> due = dueFor(agency);
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("consultation:" + receipt.consultationId());
            assertThat(d.kind()).isEqualTo(ConsultationDeadlineSource.KIND);
            assertThat(d.due()).isEqualTo(receipt.replyDue());
        });
        assertThat(desk.lookup(receipt.lookupCode().toLowerCase(), "client-a").replied()).isFalse();
        assertThat(desk.list(agency, true)).extracting(ConsultationDesk.StaffView::consultationId)
                .containsExactly(receipt.consultationId());

        desk.reply(agency, receipt.consultationId(), "可以，请发送至本机关政府信息公开指南所列的电子邮箱。", CLERK);
        ConsultationDesk.Status status = desk.lookup(receipt.lookupCode(), "client-a");
        assertThat(status.replied()).isTrue();
        assertThat(status.reply()).contains("电子邮箱");
        assertThat(status.repliedOn()).isEqualTo(FixedClock.TODAY);
        assertThat(dueFor(agency)).isEmpty();
        assertThat(desk.list(agency, true)).isEmpty();
        assertThatThrownBy(() -> desk.reply(agency, receipt.consultationId(), "再答复一次同样的内容", CLERK))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.CONSULTATION_ALREADY_REPLIED);
    }

    @Test
    void should_keep_questions_and_contacts_encrypted_and_refuse_wrong_codes_and_other_agencies() {
        String agency = TestAgencies.create();
        ConsultationDesk.Receipt receipt = desk.ask(agency, "申请公开需要带身份证原件吗？", "13812345678");
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .find(ConsultationEntity.class, receipt.consultationId()).contact);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");
        assertThat(desk.list(agency, false).getFirst().contact()).isEqualTo("138****5678");
        assertThatThrownBy(() -> desk.lookup("WRONGCODE2", "client-b")).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo(ErrorCode.CONSULTATION_NOT_FOUND);
        String other = TestAgencies.create();
        assertThatThrownBy(() -> desk.reply(other, receipt.consultationId(), "不是本机关的咨询", CLERK))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.CONSULTATION_NOT_FOUND);
        assertThatThrownBy(() -> desk.ask(agency, " ", null)).isInstanceOf(DomainException.class)
                .extracting("field").isEqualTo("question");
    }

    private List<DueDeadline> dueFor(String agency) {
        return source.dueBy(FixedClock.TODAY, FixedClock.TODAY.plusYears(1)).stream()
                .filter(d -> d.agencyId().equals(agency)).toList();
    }

    @Test
    void should_stop_lookups_after_repeated_wrong_codes_from_one_client_even_the_right_code() {
        String agency = TestAgencies.create();
        ConsultationDesk.Receipt receipt = desk.ask(agency, "政府信息公开申请的答复期限是多久？", null);
        String guesser = "guesser-" + java.util.UUID.randomUUID();
        for (int i = 0; i < cn.gongkai.applications.LookupThrottle.MAX_FAILED_LOOKUPS; i++) {
            String guess = "WRONGCODE" + i;
            assertThatThrownBy(() -> desk.lookup(guess, guesser)).extracting("code").isEqualTo(ErrorCode.CONSULTATION_NOT_FOUND);
        }
        assertThatThrownBy(() -> desk.lookup(receipt.lookupCode(), guesser)).as("even the right code waits")
                .extracting("code").isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
        assertThat(desk.lookup(receipt.lookupCode(), "another-client").replied()).isFalse();
    }
}
