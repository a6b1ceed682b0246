package cn.gongkai.persistence;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V23 on deadlines stored by an earlier version: a supplement notice that went out and a supplement that came are
 * met, the rest keep running, and the queue's next due date follows.
 */
class MetDeadlinesMigrationTest {

    @Test
    void storedDeadlinesOfDoneStepsAreMetAndTheNextDueDateFollows() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.startTemporary()) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("classpath:db/migration")
                    .target("22").load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 Statement s = c.createStatement()) {
                s.execute("insert into agency (id, name) values ('a', '示范机关')");
                // supplemented: notice sent, supplement received; asked: notice sent only; fresh: nothing yet
                for (String id : new String[]{"supplemented", "asked", "fresh"}) {
                    s.execute("insert into application (id, agency_id, applicant_kind, channel, stage, received_on, version)"
                            + " values ('" + id + "', 'a', 'NATURAL_PERSON', 'IN_PERSON', 'RECEIVED', date '2026-12-01', 1)");
                    s.execute("insert into application_event (application_id, sequence, action, effective_on, recorded_at,"
                            + " actor_id, actor_role) values ('" + id + "', 1, 'REGISTER', date '2026-12-01', now(), 'c', 'CLERK')");
                    deadline(s, id, "SUPPLEMENT_NOTICE", "2026-12-10");
                    deadline(s, id, "REPLY", "2026-12-29");
                }
                for (String id : new String[]{"supplemented", "asked"}) {
                    s.execute("insert into application_event (application_id, sequence, action, effective_on, recorded_at,"
                            + " actor_id, actor_role) values ('" + id + "', 2, 'REQUEST_SUPPLEMENT', date '2026-12-02', now(), 'c', 'CLERK')");
                    deadline(s, id, "SUPPLEMENT_REPLY", "2026-12-23");
                }
                s.execute("insert into application_event (application_id, sequence, action, effective_on, recorded_at,"
                        + " actor_id, actor_role) values ('supplemented', 3, 'RECEIVE_SUPPLEMENT', date '2026-12-03', now(), 'x', 'APPLICANT')");
                s.execute("update application set next_due = date '2026-12-10', next_due_provisional = true");
                s.execute("update application_deadline set provisional = true where kind = 'REPLY'");

                Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("classpath:db/migration")
                        .load().migrate();

                assertThat(states(s, "supplemented")).containsExactly(
                        Map.entry("REPLY", "RUNNING"), Map.entry("SUPPLEMENT_NOTICE", "MET"), Map.entry("SUPPLEMENT_REPLY", "MET"));
                assertThat(states(s, "asked")).containsExactly(
                        Map.entry("REPLY", "RUNNING"), Map.entry("SUPPLEMENT_NOTICE", "MET"), Map.entry("SUPPLEMENT_REPLY", "RUNNING"));
                assertThat(states(s, "fresh")).containsExactly(
                        Map.entry("REPLY", "RUNNING"), Map.entry("SUPPLEMENT_NOTICE", "RUNNING"));
                assertThat(nextDue(s)).containsExactly(Map.entry("asked", "2026-12-23/false"),
                        Map.entry("fresh", "2026-12-10/false"), Map.entry("supplemented", "2026-12-29/true"));
            }
        }
    }

    private static void deadline(Statement s, String id, String kind, String due) throws SQLException {
        s.execute("insert into application_deadline (application_id, kind, state, due_on, provisional, calendar_version)"
                + " values ('" + id + "', '" + kind + "', 'RUNNING', date '" + due + "', false, 'v')");
    }

    private static Map<String, String> states(Statement s, String id) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery("select kind, state from application_deadline where application_id = '" + id
                + "' order by kind")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    private static Map<String, String> nextDue(Statement s) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery("select id, next_due, next_due_provisional from application order by id")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2) + "/" + r.getBoolean(3));
            }
        }
        return out;
    }
}
