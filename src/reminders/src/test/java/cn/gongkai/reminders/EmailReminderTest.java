package cn.gongkai.reminders;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Application;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.application.Step;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.persistence.AgencyEntity;
import cn.gongkai.persistence.AgencyRepository;
import cn.gongkai.persistence.application.ApplicationStore;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders by e-mail reach a real SMTP server once per (deadline, tier). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(GreenMailResource.class)
class EmailReminderTest {
    @Inject
    ReminderRun reminders;
    @Inject
    ApplicationStore applications;
    @Inject
    AgencyRepository agencies;

    @Transactional
    String anAgencyMailing(String mailto) {
        String agency = "agency-" + UUID.randomUUID();
        agencies.persist(AgencyEntity.of(agency, "测试区人民政府办公室"));
        agencies.getEntityManager().createNativeQuery(
                        "insert into reminder_channel (agency_id, kind, url) values (?1, 'EMAIL', ?2)")
                .setParameter(1, agency).setParameter(2, mailto).executeUpdate();
        return agency;
    }

    @Test
    void theOfficeIsMailedOncePerTierWithTheReminderIdInTheSubject() throws Exception {
        String agency = anAgencyMailing("mailto:clerk@example.cn,head@example.cn");
        LocalDate received = LocalDate.parse("2024-03-01");
        Application application = Application.register(UUID.randomUUID().toString(), agency, ApplicantKind.NATURAL_PERSON,
                Channel.IN_PERSON, new Step(received, received.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant(),
                        new Actor("clerk", Role.CLERK), "登记"));
        applications.save(application);

        reminders.run(LocalDate.parse("2024-03-28"), false);
        reminders.run(LocalDate.parse("2024-03-28"), false);

        // GreenMail keeps one copy per recipient: clerk and head each get every mail.
        List<MimeMessage> copies = Arrays.stream(GreenMailResource.server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("clerk@example.cn")
                                && m.getContent().toString().contains(application.id());
                    } catch (Exception e) {
                        return false;
                    }
                }).toList();
        assertThat(copies).hasSize(4);
        List<MimeMessage> toClerk = copies.stream().collect(java.util.stream.Collectors.toMap(
                m -> header(m, "X-Gongkai-Reminder-Id"), m -> m, (a, b) -> a)).values().stream().toList();
        assertThat(toClerk).hasSize(2).as("答复期限 BEFORE_1 and the overdue supplement notice");
        assertThat(toClerk).extracting(MimeMessage::getSubject).anyMatch(s -> s.startsWith("【期限提醒】答复期限 2024-03-29"))
                .anyMatch(s -> s.startsWith("【逾期督办】"));
        assertThat(toClerk).allSatisfy(m -> assertThat(m.getSubject()).contains(header(m, "X-Gongkai-Reminder-Id")));
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
