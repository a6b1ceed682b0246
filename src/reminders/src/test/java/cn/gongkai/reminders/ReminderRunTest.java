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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminder runs against a real local HTTP server standing in for an agency's webhook. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReminderRunTest {
    record Received(String id, String signature, JsonNode body) {
    }

    @Inject
    ReminderRun reminders;
    @Inject
    ApplicationStore applications;
    @Inject
    AgencyRepository agencies;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    HttpServer webhook;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToGo = new AtomicInteger();
    final AtomicInteger delayMillis = new AtomicInteger();
    /** When set, the webhook fails (HTTP 503) about half of the requests, in a repeatable order. */
    volatile java.util.Random flaky;
    /** Every request that reached the webhook, answered or not: what an agency's log would show. */
    final List<String> arrivedIds = new CopyOnWriteArrayList<>();
    String agency;

    @BeforeEach
    void aWebhookAndAnAgency() throws Exception {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        webhook.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            arrivedIds.add(exchange.getRequestHeaders().getFirst("X-Gongkai-Reminder-Id"));
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = failuresToGo.getAndDecrement() > 0 ? 500 : 200;
            java.util.Random coin = flaky;
            if (coin != null && coin.nextBoolean()) {
                status = 503;
            }
            if (status == 200) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("X-Gongkai-Reminder-Id"),
                        exchange.getRequestHeaders().getFirst("X-Gongkai-Signature"), json.readTree(body)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
        agency = "agency-" + UUID.randomUUID();
        setUp("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
    }

    @Transactional
    void setUp(String url) {
        agencies.persist(AgencyEntity.of(agency, "测试区人民政府办公室"));
        agencies.getEntityManager().createNativeQuery(
                        "insert into reminder_channel (agency_id, kind, url, secret) values (?1, 'WEBHOOK', ?2, 's3cret')")
                .setParameter(1, agency).setParameter(2, url).executeUpdate();
    }

    @AfterEach
    void stop() {
        webhook.stop(0);
    }

    String receivedOn(String date) {
        LocalDate on = LocalDate.parse(date);
        Application application = Application.register(UUID.randomUUID().toString(), agency, ApplicantKind.NATURAL_PERSON,
                Channel.IN_PERSON, new Step(on, on.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant(),
                        new Actor("clerk", Role.CLERK), "登记"));
        applications.save(application);
        return application.id();
    }

    List<Received> about(String applicationId) {
        return received.stream().filter(r -> r.body().path("subject").asText().equals(applicationId)).toList();
    }

    void makeFailedRemindersDueAgain() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("update reminder set next_attempt_at = now() - interval '1 minute' where status = 'FAILED'");
        }
    }

    @Test
    void warnsFiveWorkingDaysBeforeTheReplyIsDueWithASignedMessage() throws Exception {
        String id = receivedOn("2024-03-01");

        reminders.run(LocalDate.parse("2024-03-22"), false);

        Received reply = about(id).stream().filter(r -> r.body().path("deadline").asText().equals("REPLY")).findFirst().orElseThrow();
        assertThat(reply.body().path("tier").asText()).isEqualTo("BEFORE_5");
        assertThat(reply.body().path("due").asText()).isEqualTo("2024-03-29");
        assertThat(reply.id()).isEqualTo(reply.body().path("reminderId").asText());
        assertThat(reply.signature()).isEqualTo("sha256=" + WebhookChannel.sign(json.writeValueAsBytes(
                json.treeToValue(reply.body(), ReminderMessage.class)), "s3cret"));
        assertThat(about(id)).extracting(r -> r.body().path("tier").asText())
                .as("the supplement notice, due 03-12, is overdue and escalates").contains("OVERDUE");
    }

    @Test
    void aRunAgainSendsNothingTwiceAndAFailedDeliveryArrivesOnALaterRun() throws Exception {
        String id = receivedOn("2024-03-01");
        failuresToGo.set(100);

        ReminderRun.Summary first = reminders.run(LocalDate.parse("2024-03-28"), false);
        assertThat(first.failed()).isGreaterThanOrEqualTo(2);
        assertThat(about(id)).isEmpty();

        failuresToGo.set(0);
        reminders.run(LocalDate.parse("2024-03-28"), false);
        assertThat(about(id)).as("not yet: the failed ones wait for their backoff").isEmpty();

        makeFailedRemindersDueAgain();
        reminders.run(LocalDate.parse("2024-03-28"), false);
        reminders.run(LocalDate.parse("2024-03-28"), false);
        makeFailedRemindersDueAgain();
        reminders.run(LocalDate.parse("2024-03-28"), false);

        assertThat(about(id)).extracting(Received::id).doesNotHaveDuplicates()
                .hasSize(2).as("BEFORE_1 for the reply, OVERDUE for the supplement notice");
    }

    @Test
    void twoOverlappingRunsDeliverEachReminderOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            receivedOn("2024-03-01");
        }
        delayMillis.set(20);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var first = pool.submit(() -> reminders.run(LocalDate.parse("2024-03-28"), false));
        var second = pool.submit(() -> reminders.run(LocalDate.parse("2024-03-28"), false));
        int sent = first.get().sent() + second.get().sent();
        pool.shutdown();

        List<Received> ours = received.stream().filter(r -> r.body().path("agencyId").asText().equals(agency)
                && !r.body().path("deadline").asText().equals("ANNUAL_REPORT")).toList();
        assertThat(ours).hasSize(40).extracting(Received::id).doesNotHaveDuplicates();
        assertThat(sent).isGreaterThanOrEqualTo(40);
    }

    void expireLeases() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("update reminder set next_attempt_at = now() - interval '1 minute' where status = 'PENDING'");
        }
    }

    List<Received> oursExceptTheAnnualReport() {
        return received.stream().filter(r -> r.body().path("agencyId").asText().equals(agency)
                && !r.body().path("deadline").asText().equals("ANNUAL_REPORT")).toList();
    }

    @Test
    void aRunKilledAfterRecordingAndBeforeSendingIsMadeGoodByTheNextRun() {
        String id = receivedOn("2024-03-01");

        assertThat(reminders.recordOnly(LocalDate.parse("2024-03-28"))).isGreaterThanOrEqualTo(2);
        assertThat(about(id)).as("the run died before sending").isEmpty();

        reminders.run(LocalDate.parse("2024-03-28"), false);
        reminders.run(LocalDate.parse("2024-03-28"), false);

        assertThat(about(id)).extracting(r -> r.body().path("tier").asText())
                .as("BEFORE_1 for the reply, OVERDUE for the supplement notice, once each")
                .containsExactlyInAnyOrder("BEFORE_1", "OVERDUE");
    }

    @Test
    void aRunKilledHoldingItsClaimLeavesItsRemindersToTheFirstRunAfterTheLease() throws Exception {
        String id = receivedOn("2024-03-01");
        reminders.recordOnly(LocalDate.parse("2024-03-28"));
        assertThat(reminders.claim()).as("the dying run claimed them").isNotEmpty();

        reminders.run(LocalDate.parse("2024-03-28"), false);
        assertThat(about(id)).as("still leased to the run that died").isEmpty();

        expireLeases();
        reminders.run(LocalDate.parse("2024-03-28"), false);
        reminders.run(LocalDate.parse("2024-03-28"), false);

        assertThat(about(id)).extracting(Received::id).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aWebhookFailingHalfTheTimeGetsEveryReminderExactlyOnceInTheEnd() throws Exception {
        for (int i = 0; i < 20; i++) {
            receivedOn("2024-03-01");
        }
        flaky = new java.util.Random(20261201);

        for (int run = 0; run < ReminderRun.MAX_ATTEMPTS && oursExceptTheAnnualReport().size() < 40; run++) {
            reminders.run(LocalDate.parse("2024-03-28"), false);
            makeFailedRemindersDueAgain();
        }

        assertThat(arrivedIds.size()).as("about half the requests failed and were tried again")
                .isGreaterThan(received.size() + 20);
        assertThat(oursExceptTheAnnualReport()).hasSize(40).extracting(Received::id).doesNotHaveDuplicates();
    }

    @Test
    void aDeliveryWhoseAnswerIsLostArrivesAgainWithTheSameReminderId() throws Exception {
        String id = receivedOn("2024-03-01");
        delayMillis.set(800); // longer than the read timeout: the webhook has the message, the run never hears so

        reminders.run(LocalDate.parse("2024-03-22"), false);
        delayMillis.set(0);
        makeFailedRemindersDueAgain();
        reminders.run(LocalDate.parse("2024-03-22"), false);

        List<Received> reply = about(id).stream().filter(r -> r.body().path("deadline").asText().equals("REPLY")).toList();
        assertThat(reply).hasSizeGreaterThan(1).extracting(Received::id).as("the duplicate is recognisable").containsOnly(reply.get(0).id());
        assertThat(reminders.run(LocalDate.parse("2024-03-22"), false).sent()).as("and once marked sent, never again").isZero();
    }

    @Inject
    ReminderSettings settings;

    @Test
    void theAnnualReportDeadlinePlugsIntoTheSameScan() {
        reminders.run(LocalDate.parse("2026-01-26"), false);

        List<Received> report = received.stream().filter(r -> r.body().path("agencyId").asText().equals(agency)
                && r.body().path("deadline").asText().equals("ANNUAL_REPORT")).toList();
        assertThat(report).singleElement().satisfies(r -> {
            assertThat(r.body().path("subject").asText()).isEqualTo("annual-report:2025");
            assertThat(r.body().path("due").asText()).isEqualTo("2026-01-31");
            assertThat(r.body().path("tier").asText()).as("01-27..01-30 are four working days").isEqualTo("BEFORE_5");
            assertThat(r.body().path("text").asText()).contains("2025年政府信息公开工作年度报告", "条例第四十九条");
        });
    }

    @Test
    void anAgencyWithItsOwnTiersIsWarnedTenWorkingDaysAhead() {
        String id = receivedOn("2024-03-01");
        settings.setPolicy(agency, new cn.gongkai.domain.reminder.ReminderPolicy(List.of(10), false, false));

        reminders.run(LocalDate.parse("2024-03-15"), false);

        assertThat(about(id)).extracting(r -> r.body().path("tier").asText())
                .as("reply due 03-29 is 10 working days away; no overdue escalation for this agency").containsExactly("BEFORE_10");
    }

    @Test
    void aDryRunRecordsAndSendsNothingAndAWeekendRunOnlyEscalates() {
        String id = receivedOn("2024-03-01");

        ReminderRun.Summary dry = reminders.run(LocalDate.parse("2024-03-22"), true);
        assertThat(dry.recorded()).isZero();
        assertThat(about(id)).isEmpty();

        reminders.run(LocalDate.parse("2024-03-23"), false);
        assertThat(about(id)).extracting(r -> r.body().path("tier").asText()).containsExactly("OVERDUE");
    }

    @Test
    void aDeliveryThatKeepsFailingEndsInTheDeadLetterList() throws Exception {
        String id = receivedOn("2024-03-01");
        failuresToGo.set(1000);

        for (int i = 0; i < ReminderRun.MAX_ATTEMPTS; i++) {
            reminders.run(LocalDate.parse("2024-03-28"), false);
            makeFailedRemindersDueAgain();
        }

        assertThat(reminders.deadLetters(agency)).extracting(r -> r.get("subject")).contains(id);
        assertThat(about(id)).isEmpty();
    }
}
