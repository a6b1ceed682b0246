package cn.gongkai.applications.store;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Application;
import cn.gongkai.domain.application.ApplicationEvent;
import cn.gongkai.domain.clock.Deadline;
import cn.gongkai.domain.clock.Deadlines;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Stores a new application in one statement and one commit: the application row, its events, its deadlines and
 * its detail row go to PostgreSQL together (data-modifying CTEs), so a submission is either wholly stored or not at
 * all, in a single round trip. The database checks what would otherwise cost a query each: an unknown agency fails
 * the agency's foreign key, a reused idempotency key fails the detail's unique key.
 */
@ApplicationScoped
public class SubmissionWriter {
    private static final String INSERT = """
            with app as (
              insert into application (id, agency_id, applicant_kind, channel, stage, received_on, outcome, version,
                                       closed_on, created_at, updated_at)
              values (?, ?, ?, ?, ?, ?, null, ?, null, ?, ?)),
            events as (
              insert into application_event (application_id, sequence, action, effective_on, recorded_at, actor_id,
                                             actor_role, note, channel, due_date, working_days, pause_kind, party,
                                             outcome, amount_yuan)
              select ?, e.sequence::int, e.action, e.effective_on::date, e.recorded_at::timestamptz, e.actor_id,
                     e.actor_role, e.note, e.channel, e.due_date::date, e.working_days::int, e.pause_kind, e.party,
                     e.outcome, e.amount_yuan::bigint
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as e(sequence, action, effective_on, recorded_at, actor_id, actor_role, note, channel, due_date,
                        working_days, pause_kind, party, outcome, amount_yuan)),
            deadlines as (
              insert into application_deadline (application_id, kind, state, due_on, remaining_working_days,
                                                provisional, calendar_version)
              select ?, d.kind, d.state, d.due_on::date, d.remaining::int, d.provisional::boolean, ?
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as d(kind, state, due_on, remaining, provisional))
            insert into application_detail (application_id, agency_id, tracking_number, query_code_hash,
                                            idempotency_key, request_fingerprint, applicant_key_hash, applicant_masked,
                                            personal_data, description, document_title, document_number, purpose,
                                            delivery_form, delivery_method, submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** What happened to a write that did not store the application. */
    public enum Clash { IDEMPOTENCY_KEY, TRACKING_NUMBER }

    /** The write met an existing row with the same idempotency key or tracking number: nothing was stored. */
    public static final class ClashException extends RuntimeException {
        private final Clash clash;

        ClashException(Clash clash, SQLException cause) {
            super(clash.name(), cause, false, false);
            this.clash = clash;
        }

        public Clash clash() {
            return clash;
        }
    }

    // through Instance: a direct injection makes the datasource start with every command, also those that run
    // without a database
    @Inject
    Instance<AgroalDataSource> dataSource;

    /**
     * Stores a registered application that was never stored, with its deadlines ({@code null} when closed)
     * and its detail row, in one transaction of its own; marks the application stored.
     */
    public void insert(Application application, Deadlines deadlines, ApplicationDetailEntity detail) {
        List<ApplicationEvent> events = application.unstoredEvents();
        // as ApplicationStore does: the provisional deadlines of an application not yet received are not stored
        List<Deadline> due = deadlines == null || application.receivedOn() == null ? List.of() : deadlines.all();
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            int p = 1;
            insert.setString(p++, application.id());
            insert.setString(p++, application.agencyId());
            insert.setString(p++, application.applicantKind().name());
            insert.setString(p++, application.channel().name());
            insert.setString(p++, application.stage().name());
            insert.setObject(p++, application.receivedOn());
            insert.setInt(p++, application.events().size());
            insert.setObject(p++, detail.submittedAt);
            insert.setObject(p++, detail.submittedAt);

            insert.setString(p++, application.id());
            for (Function<ApplicationEvent, Object> column : EVENT_COLUMNS) {
                insert.setArray(p++, connection.createArrayOf("text", column(events, column)));
            }

            insert.setString(p++, application.id());
            insert.setString(p++, deadlines == null ? "" : deadlines.calendarVersion());
            for (Function<Deadline, Object> column : DEADLINE_COLUMNS) {
                insert.setArray(p++, connection.createArrayOf("text", column(due, column)));
            }

            insert.setString(p++, detail.applicationId);
            insert.setString(p++, detail.agencyId);
            insert.setString(p++, detail.trackingNumber);
            insert.setBytes(p++, detail.queryCodeHash);
            insert.setString(p++, detail.idempotencyKey);
            insert.setBytes(p++, detail.requestFingerprint);
            insert.setBytes(p++, detail.applicantKeyHash);
            insert.setString(p++, detail.applicantMasked);
            insert.setBytes(p++, detail.personalData);
            insert.setString(p++, detail.description);
            insert.setString(p++, detail.documentTitle);
            insert.setString(p++, detail.documentNumber);
            insert.setString(p++, detail.purpose);
            insert.setString(p++, detail.deliveryForm);
            insert.setString(p++, detail.deliveryMethod);
            insert.setObject(p, detail.submittedAt);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw translated(e, application.agencyId());
        }
        application.markStored();
    }

    private static final List<Function<ApplicationEvent, Object>> EVENT_COLUMNS = List.of(
            ApplicationEvent::sequence, ApplicationEvent::action, ApplicationEvent::on, ApplicationEvent::recordedAt,
            e -> e.actor().id(), e -> e.actor().role(), ApplicationEvent::note, ApplicationEvent::channel,
            ApplicationEvent::dueDate, ApplicationEvent::workingDays, ApplicationEvent::pauseKind,
            ApplicationEvent::party, ApplicationEvent::outcome, ApplicationEvent::amountYuan);

    private static final List<Function<Deadline, Object>> DEADLINE_COLUMNS = List.of(
            Deadline::kind, Deadline::state, Deadline::due, Deadline::remainingWorkingDays, Deadline::provisional);

    /**
     * One column of rows as text, cast by the statement: enums by name, dates and instants in ISO form (their
     * {@code toString}), numbers and booleans as PostgreSQL reads them.
     */
    private static <T> String[] column(List<T> rows, Function<T, Object> column) {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = column.apply(rows.get(i));
            values[i] = value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
        return values;
    }

    private static RuntimeException translated(SQLException e, String agencyId) {
        String state = e.getSQLState();
        String constraint = e instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null
                ? Objects.toString(pg.getServerErrorMessage().getConstraint(), "") : "";
        if ("23503".equals(state) && constraint.contains("agency")) {
            return new DomainException("agencyId", ErrorCode.AGENCY_NOT_FOUND, agencyId);
        }
        if ("23505".equals(state) && constraint.contains("idempotency")) {
            return new ClashException(Clash.IDEMPOTENCY_KEY, e);
        }
        if ("23505".equals(state) && constraint.contains("tracking")) {
            return new ClashException(Clash.TRACKING_NUMBER, e);
        }
        return new IllegalStateException("the application could not be stored", e);
    }
}
