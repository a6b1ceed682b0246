package cn.gongkai.functions.reminders;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The overdue count behind the deployment's alarm, on real rows, and the log line that carries it to CloudWatch. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OverdueApplicationsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Inject
    OverdueApplications overdue;
    @Inject
    ObjectMapper json;

    @Test
    void counts_open_applications_whose_running_reply_deadline_has_passed() {
        long before = overdue.count(TODAY);
        String agency = TestAgencies.create();
        application(agency, "EXTENDED", "REPLY", "RUNNING", TODAY.minusDays(1));   // overdue
        application(agency, "ACCEPTED", "REPLY", "RUNNING", TODAY.minusDays(30));  // overdue
        application(agency, "ACCEPTED", "REPLY", "RUNNING", TODAY);                // due today: not yet
        application(agency, "CONSULTING", "REPLY", "PAUSED", TODAY.minusDays(5));  // clock stands still
        application(agency, "REPLIED", "REPLY", "RUNNING", TODAY.minusDays(5));    // answered
        application(agency, "ACCEPTED", "SUPPLEMENT_REPLY", "RUNNING", TODAY.minusDays(5)); // the applicant's date
        assertThat(overdue.count(TODAY) - before).isEqualTo(2);
    }

    @Test
    void the_log_line_is_an_embedded_metric_of_the_gongkai_namespace() throws Exception {
        JsonNode line = json.readTree(overdue.metricLine(7, Instant.parse("2026-11-23T00:30:00Z")));
        assertThat(line.get("OverdueApplications").asLong()).isEqualTo(7);
        JsonNode aws = line.get("_aws");
        assertThat(aws.get("Timestamp").asLong()).isEqualTo(Instant.parse("2026-11-23T00:30:00Z").toEpochMilli());
        JsonNode directive = aws.get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("Gongkai");
        assertThat(directive.get("Metrics").get(0).get("Name").asText()).isEqualTo("OverdueApplications");
        assertThat(directive.get("Metrics").get(0).get("Unit").asText()).isEqualTo("Count");
        assertThat(directive.get("Dimensions").get(0).isEmpty()).isTrue();
    }

    private static void application(String agency, String stage, String kind, String state, LocalDate due) {
        String id = "overdue-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("insert into application (id, agency_id, applicant_kind, channel, stage, received_on, version)"
                    + " values (?1, ?2, 'NATURAL_PERSON', 'IN_PERSON', ?3, ?4, 1)")
                    .setParameter(1, id).setParameter(2, agency).setParameter(3, stage)
                    .setParameter(4, due.minusDays(28)).executeUpdate();
            em.createNativeQuery("insert into application_deadline (application_id, kind, state, due_on, provisional,"
                    + " calendar_version) values (?1, ?2, ?3, ?4, false, 'test')")
                    .setParameter(1, id).setParameter(2, kind).setParameter(3, state).setParameter(4, due)
                    .executeUpdate();
        });
    }
}
