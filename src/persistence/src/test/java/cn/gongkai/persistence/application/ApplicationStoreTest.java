package cn.gongkai.persistence.application;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Application;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.application.Stage;
import cn.gongkai.domain.application.Step;
import cn.gongkai.domain.calendar.Closure;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.DeadlineChange;
import cn.gongkai.domain.clock.DeadlineKind;
import cn.gongkai.domain.clock.PauseKind;
import cn.gongkai.persistence.calendar.CalendarService;
import cn.gongkai.persistence.calendar.DeadlineMaintenance;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ApplicationStoreTest {
    static final Actor CLERK = new Actor("clerk-wang", Role.CLERK);
    static final Actor HEAD = new Actor("head-li", Role.OFFICE_HEAD);

    @Inject
    ApplicationStore store;
    @Inject
    CalendarService calendars;
    @Inject
    DeadlineMaintenance maintenance;

    String newAgency() {
        return TestAgencies.create();
    }

    static Step step(String date, Actor actor, String note) {
        LocalDate on = LocalDate.parse(date);
        return new Step(on, on.atTime(9, 30).atZone(ChinaTime.ZONE).toInstant(), actor, note);
    }

    Application receivedOn(String agency, String date) {
        Application application = Application.register(UUID.randomUUID().toString(), agency,
                ApplicantKind.NATURAL_PERSON, Channel.IN_PERSON, step(date, CLERK, "窗口登记"));
        store.save(application);
        return application;
    }

    @Test
    void anApplicationIsStoredAsItsStepsAndReadBackTheSame() {
        String agency = newAgency();
        Application application = receivedOn(agency, "2024-03-01");
        application.startConsultation(step("2024-03-08", CLERK, "涉及商业秘密"), PauseKind.THIRD_PARTY, "某某公司");
        store.save(application);
        application.endConsultation(step("2024-03-15", CLERK, "第三方回复"));
        application.extend(step("2024-03-20", HEAD, "需调取档案"), 15, calendars.clockFor(agency));
        store.save(application);

        Application loaded = store.find(application.id()).orElseThrow();

        assertThat(loaded.events()).isEqualTo(application.events());
        assertThat(loaded.stage()).isEqualTo(Stage.EXTENDED);
        assertThat(loaded.clockFacts()).isEqualTo(application.clockFacts());
        assertThat(store.deadlines(application.id()).get(DeadlineKind.REPLY).dueOn)
                .isEqualTo(application.deadlines(calendars.clockFor(agency)).reply().due())
                .as("35 working days plus 5 paused; Sunday 04-28 is a make-up working day")
                .isEqualTo(LocalDate.parse("2024-04-28"));
        assertThat(store.openApplicationIds()).contains(application.id());
    }

    @Test
    void twoStaffActingOnTheSameVersionCannotOverwriteEachOther() {
        String agency = newAgency();
        String id = receivedOn(agency, "2024-03-01").id();
        Application first = store.find(id).orElseThrow();
        Application second = store.find(id).orElseThrow();

        first.reply(step("2024-03-05", CLERK, "予以公开"), Outcome.DISCLOSED);
        store.save(first);
        second.withdraw(step("2024-03-05", CLERK, "申请人撤回"));

        assertThatThrownBy(() -> store.save(second))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE));
        Application stored = store.find(id).orElseThrow();
        assertThat(stored.stage()).isEqualTo(Stage.REPLIED);
        assertThat(stored.events()).hasSize(2);
        assertThat(store.deadlines(id)).as("a closed application has no open deadline").isEmpty();
    }

    @Test
    void aNewlyPublishedHolidayArrangementMovesOpenDeadlinesAndClearsTheProvisionalMark() {
        String agency = newAgency();
        Application open = receivedOn(agency, "2026-12-15");
        assertThat(store.deadlines(open.id()).get(DeadlineKind.REPLY).dueOn).isEqualTo(LocalDate.parse("2027-01-13"));
        assertThat(store.deadlines(open.id()).get(DeadlineKind.REPLY).provisional).isTrue();

        List<DeadlineChange> changes = maintenance.amendCalendar("""
                year 2027
                元旦 休 2027-01-01~2027-01-04
                """, "测试：假设的2027年安排");

        assertThat(changes).filteredOn(c -> c.applicationId().equals(open.id()) && c.kind() == DeadlineKind.REPLY)
                .singleElement().satisfies(c -> {
                    assertThat(c.before()).isEqualTo(LocalDate.parse("2027-01-13"));
                    assertThat(c.after()).isEqualTo(LocalDate.parse("2027-01-14"));
                });
        assertThat(store.deadlines(open.id()).get(DeadlineKind.REPLY).provisional).isFalse();
        assertThat(store.deadlines(open.id()).get(DeadlineKind.REPLY).calendarVersion)
                .isEqualTo(calendars.national().version());
    }

    @Test
    void anAgencyClosureMovesOnlyThatAgencysDeadlines() {
        String closing = newAgency();
        String other = newAgency();
        Application affected = receivedOn(closing, "2024-03-01");
        Application unaffected = receivedOn(other, "2024-03-01");

        maintenance.addClosure(closing, new Closure(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-05"), "办公场所搬迁"));

        assertThat(store.deadlines(affected.id()).get(DeadlineKind.REPLY).dueOn).isEqualTo(LocalDate.parse("2024-04-02"));
        assertThat(store.deadlines(unaffected.id()).get(DeadlineKind.REPLY).dueOn).isEqualTo(LocalDate.parse("2024-03-29"));
    }

    @Test
    void theClosingDayIsKeptForTheAnnualReport() {
        String agency = newAgency();
        Application application = receivedOn(agency, "2024-12-20");
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().find(ApplicationEntity.class, application.id()).closedOn)).isNull();
        application.reply(step("2025-01-06", CLERK, "本机关不掌握"), Outcome.UNAVAILABLE_NOT_HELD);
        store.save(application);
        ApplicationEntity row = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().find(ApplicationEntity.class, application.id()));
        assertThat(row.closedOn).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(row.outcome).isEqualTo("UNAVAILABLE_NOT_HELD");
    }
}
