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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Stores new applications with group commit: a submission joins a queue, and whichever request thread holds one of
 * the few writer permits takes everything queued (up to {@value #MAX_BATCH}) and stores it in one statement and one
 * commit: the applications, their events, their deadlines and their detail rows go to PostgreSQL together
 * (data-modifying CTEs over arrays). Each submission is answered only once the commit holding it is done, so every
 * receipt is durable; under load one commit carries many submissions, and PostgreSQL's cost per submission falls.
 *
 * <p>The database checks what would otherwise cost a query each: an unknown agency fails the agency's foreign key,
 * a reused idempotency key or tracking number a unique key. A statement is all or nothing, so when one of a batch
 * fails that way, nothing of the batch was stored and each of them is stored again on its own, to answer each with
 * its own result.
 */
@ApplicationScoped
public class SubmissionWriter {
    static final int MAX_BATCH = 128;

    private static final String INSERT = """
            with app as (
              insert into application (id, agency_id, applicant_kind, channel, stage, received_on, outcome, version,
                                       closed_on, created_at, updated_at, next_due, next_due_provisional)
              select a.id, a.agency_id, a.applicant_kind, a.channel, a.stage, a.received_on::date, null::text,
                     a.version::int, null::date, a.created_at::timestamptz, a.created_at::timestamptz,
                     a.next_due::date, a.next_due_provisional::boolean
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[])
                   as a(id, agency_id, applicant_kind, channel, stage, received_on, version, created_at, next_due,
                        next_due_provisional)),
            events as (
              insert into application_event (application_id, sequence, action, effective_on, recorded_at, actor_id,
                                             actor_role, note, channel, due_date, working_days, pause_kind, party,
                                             outcome, amount_yuan)
              select e.application_id, e.sequence::int, e.action, e.effective_on::date, e.recorded_at::timestamptz,
                     e.actor_id, e.actor_role, e.note, e.channel, e.due_date::date, e.working_days::int, e.pause_kind,
                     e.party, e.outcome, e.amount_yuan::bigint
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as e(application_id, sequence, action, effective_on, recorded_at, actor_id, actor_role, note,
                        channel, due_date, working_days, pause_kind, party, outcome, amount_yuan)),
            deadlines as (
              insert into application_deadline (application_id, kind, state, due_on, remaining_working_days,
                                                provisional, calendar_version)
              select d.application_id, d.kind, d.state, d.due_on::date, d.remaining::int, d.provisional::boolean,
                     d.calendar_version
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as d(application_id, kind, state, due_on, remaining, provisional, calendar_version))
            insert into application_detail (application_id, agency_id, tracking_number, query_code_hash,
                                            idempotency_key, request_fingerprint, applicant_key_hash, applicant_masked,
                                            personal_data, description, document_title, document_number, purpose,
                                            delivery_form, delivery_method, submitted_at)
            select t.application_id, t.agency_id, t.tracking_number, t.query_code_hash, t.idempotency_key,
                   t.request_fingerprint, t.applicant_key_hash, t.applicant_masked,
                   t.personal_data, t.description, t.document_title, t.document_number, t.purpose,
                   t.delivery_form, t.delivery_method, t.submitted_at::timestamptz
            from unnest(?::text[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::bytea[], ?::bytea[], ?::text[],
                        ?::bytea[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as t(application_id, agency_id, tracking_number, query_code_hash, idempotency_key,
                      request_fingerprint, applicant_key_hash, applicant_masked, personal_data, description,
                      document_title, document_number, purpose, delivery_form, delivery_method, submitted_at)""";

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

    /** One submission waiting to be stored: its rows, and the answer its request thread waits for. */
    private record Pending(Application application, List<ApplicationEvent> events, List<Deadline> deadlines,
                           String calendarVersion, ApplicationDetailEntity detail, CompletableFuture<Void> stored) {
    }

    // through Instance: a direct injection makes the datasource start with every command, also those that run
    // without a database
    @Inject
    Instance<AgroalDataSource> dataSource;

    private final Queue<Pending> queued = new ConcurrentLinkedQueue<>();
    private final Semaphore writers;
    private final AtomicLong commits = new AtomicLong();

    @Inject
    SubmissionWriter(@ConfigProperty(name = "gongkai.submissions.writers", defaultValue = "1") int writers) {
        if (writers < 1) {
            throw new IllegalArgumentException("gongkai.submissions.writers must be at least 1, not " + writers);
        }
        this.writers = new Semaphore(writers);
    }

    /**
     * Stores a registered application that was never stored, with its deadlines ({@code null} when closed) and its
     * detail row, committed before this returns (possibly together with other submissions); marks it stored.
     */
    public void insert(Application application, Deadlines deadlines, ApplicationDetailEntity detail) {
        // as ApplicationStore does: the provisional deadlines of an application not yet received are not stored
        List<Deadline> due = deadlines == null || application.receivedOn() == null ? List.of() : deadlines.all();
        Pending mine = new Pending(application, application.unstoredEvents(), due,
                deadlines == null ? "" : deadlines.calendarVersion(), detail, new CompletableFuture<>());
        queued.add(mine);
        writers.acquireUninterruptibly();
        try {
            if (!mine.stored().isDone()) {
                writeQueued(); // takes this one too: it is queued and not yet taken by another writer
            }
        } finally {
            writers.release();
        }
        try {
            mine.stored().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        application.markStored();
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = queued.poll()) != null; ) {
            batch.add(next);
        }
        try {
            if (batch.size() == 1) {
                writeAlone(batch.getFirst());
            } else if (!batch.isEmpty()) {
                try {
                    write(batch);
                    batch.forEach(p -> p.stored().complete(null));
                } catch (SQLException e) {
                    // nothing of the batch was stored: each on its own, so one bad row costs no other its receipt
                    batch.forEach(this::writeAlone);
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.stored().completeExceptionally(e)); // those already answered keep their answer
        } finally {
            for (Pending p : batch) { // nobody waits forever, whatever happened
                if (!p.stored().isDone()) {
                    p.stored().completeExceptionally(new IllegalStateException("the application could not be stored"));
                }
            }
        }
    }

    private void writeAlone(Pending one) {
        try {
            write(List.of(one));
            one.stored().complete(null);
        } catch (SQLException e) {
            one.stored().completeExceptionally(translated(e, one.application().agencyId()));
        }
    }

    private void write(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            Columns columns = new Columns(insert);
            columns.add(batch, p -> p.application().id());
            columns.add(batch, p -> p.application().agencyId());
            columns.add(batch, p -> p.application().applicantKind());
            columns.add(batch, p -> p.application().channel());
            columns.add(batch, p -> p.application().stage());
            columns.add(batch, p -> p.application().receivedOn());
            columns.add(batch, p -> p.application().events().size());
            columns.add(batch, p -> p.detail().submittedAt);
            columns.add(batch, p -> Deadlines.nextDue(p.deadlines()).orElse(null));
            columns.add(batch, p -> Deadlines.nextDueProvisional(p.deadlines()));

            List<Row<ApplicationEvent>> events = rows(batch, Pending::events);
            columns.add(events, Row::applicationId);
            for (Function<ApplicationEvent, Object> column : EVENT_COLUMNS) {
                columns.add(events, row -> column.apply(row.value()));
            }

            List<Row<Deadline>> due = rows(batch, Pending::deadlines);
            columns.add(due, Row::applicationId);
            for (Function<Deadline, Object> column : DEADLINE_COLUMNS) {
                columns.add(due, row -> column.apply(row.value()));
            }
            columns.add(due, row -> row.owner().calendarVersion());

            columns.add(batch, p -> p.detail().applicationId);
            columns.add(batch, p -> p.detail().agencyId);
            columns.add(batch, p -> p.detail().trackingNumber);
            columns.addBytes(batch, p -> p.detail().queryCodeHash);
            columns.add(batch, p -> p.detail().idempotencyKey);
            columns.addBytes(batch, p -> p.detail().requestFingerprint);
            columns.addBytes(batch, p -> p.detail().applicantKeyHash);
            columns.add(batch, p -> p.detail().applicantMasked);
            columns.addBytes(batch, p -> p.detail().personalData);
            columns.add(batch, p -> p.detail().description);
            columns.add(batch, p -> p.detail().documentTitle);
            columns.add(batch, p -> p.detail().documentNumber);
            columns.add(batch, p -> p.detail().purpose);
            columns.add(batch, p -> p.detail().deliveryForm);
            columns.add(batch, p -> p.detail().deliveryMethod);
            columns.add(batch, p -> p.detail().submittedAt);
            insert.executeUpdate();
            commits.incrementAndGet();
        }
    }

    /** Commits that stored submissions since start (fewer than the submissions when they were grouped). */
    public long commits() {
        return commits.get();
    }

    /** A child row (event, deadline) with the submission it belongs to. */
    private record Row<T>(Pending owner, T value) {
        String applicationId() {
            return owner.application().id();
        }
    }

    private static <T> List<Row<T>> rows(List<Pending> batch, Function<Pending, List<T>> children) {
        List<Row<T>> rows = new ArrayList<>();
        for (Pending p : batch) {
            for (T child : children.apply(p)) {
                rows.add(new Row<>(p, child));
            }
        }
        return rows;
    }

    /** The statement's parameters in order, each one column of rows as a text (or bytea) array. */
    private static final class Columns {
        private final PreparedStatement statement;
        private int parameter = 1;

        Columns(PreparedStatement statement) {
            this.statement = statement;
        }

        <T> void add(List<T> rows, Function<T, Object> column) throws SQLException {
            String[] values = new String[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = text(column.apply(rows.get(i)));
            }
            statement.setObject(parameter++, values); // a String[] goes as text[] in binary form, no literal to escape
        }

        /** A bytea column: the bytes go as they are (bytea[] in binary form), neither hex-encoded here nor parsed there. */
        <T> void addBytes(List<T> rows, Function<T, byte[]> column) throws SQLException {
            byte[][] values = new byte[rows.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = column.apply(rows.get(i));
            }
            statement.setObject(parameter++, values);
        }
    }

    /**
     * A value as the statement casts it from text: enums by name, dates and instants in ISO form (their
     * {@code toString}), numbers and booleans as PostgreSQL reads them (bytes go as bytea[], {@link Columns#addBytes}).
     */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
    }

    private static final List<Function<ApplicationEvent, Object>> EVENT_COLUMNS = List.of(
            ApplicationEvent::sequence, ApplicationEvent::action, ApplicationEvent::on, ApplicationEvent::recordedAt,
            e -> e.actor().id(), e -> e.actor().role(), ApplicationEvent::note, ApplicationEvent::channel,
            ApplicationEvent::dueDate, ApplicationEvent::workingDays, ApplicationEvent::pauseKind,
            ApplicationEvent::party, ApplicationEvent::outcome, ApplicationEvent::amountYuan);

    private static final List<Function<Deadline, Object>> DEADLINE_COLUMNS = List.of(
            Deadline::kind, Deadline::state, Deadline::due, Deadline::remainingWorkingDays, Deadline::provisional);

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
