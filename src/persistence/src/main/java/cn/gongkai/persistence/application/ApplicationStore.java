package cn.gongkai.persistence.application;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Action;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Application;
import cn.gongkai.domain.application.ApplicationEvent;
import cn.gongkai.domain.application.ApplicationRepository;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.Deadline;
import cn.gongkai.domain.clock.DeadlineChange;
import cn.gongkai.domain.clock.DeadlineKind;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.PauseKind;
import cn.gongkai.persistence.calendar.CalendarService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps applications as their events, with a derived row for queries and the current deadlines. A save appends
 * the new events only if nobody else appended since the application was loaded (optimistic locking on the event
 * count), and stores the deadlines computed on the agency's calendar in the same transaction.
 */
@ApplicationScoped
public class ApplicationStore implements ApplicationRepository {
    @Inject
    CalendarService calendars;

    @Override
    @Transactional
    public Optional<Application> find(String id) {
        EntityManager em = Panache.getEntityManager();
        ApplicationEntity row = em.find(ApplicationEntity.class, id);
        if (row == null) {
            return Optional.empty();
        }
        List<ApplicationEvent> events = em.createQuery(
                        "from ApplicationEventEntity where applicationId = ?1 order by sequence", ApplicationEventEntity.class)
                .setParameter(1, id).getResultList().stream().map(ApplicationStore::toEvent).toList();
        return Optional.of(Application.replay(row.id, row.agencyId, ApplicantKind.valueOf(row.applicantKind), events));
    }

    @Override
    @Transactional
    public void save(Application application) {
        List<ApplicationEvent> fresh = application.unstoredEvents();
        if (fresh.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        OffsetDateTime now = OffsetDateTime.now();
        Deadlines deadlines = deadlinesToStore(application);
        List<Deadline> due = deadlines == null ? List.of() : deadlines.all();
        try {
            if (application.storedVersion() == 0) {
                ApplicationEntity row = new ApplicationEntity();
                row.id = application.id();
                row.agencyId = application.agencyId();
                row.applicantKind = application.applicantKind().name();
                row.channel = application.channel().name();
                row.createdAt = now;
                copyState(application, row, now);
                row.nextDue = nextDue(due);
                row.nextDueProvisional = Deadlines.nextDueProvisional(due);
                em.persist(row);
            } else {
                int updated = em.createQuery("""
                                update ApplicationEntity set stage = ?1, receivedOn = ?2, outcome = ?3, version = ?4,
                                updatedAt = ?5, closedOn = ?8, nextDue = ?9, nextDueProvisional = ?10
                                where id = ?6 and version = ?7""")
                        .setParameter(1, application.stage().name())
                        .setParameter(2, application.receivedOn())
                        .setParameter(3, application.outcome() == null ? null : application.outcome().name())
                        .setParameter(4, application.events().size())
                        .setParameter(5, now)
                        .setParameter(6, application.id())
                        .setParameter(7, application.storedVersion())
                        .setParameter(8, closedOn(application))
                        .setParameter(9, nextDue(due))
                        .setParameter(10, Deadlines.nextDueProvisional(due))
                        .executeUpdate();
                if (updated == 0) {
                    throw new DomainException(ErrorCode.CONCURRENT_UPDATE, application.id());
                }
            }
            for (ApplicationEvent event : fresh) {
                em.persist(toEntity(application.id(), event));
            }
            em.flush();
        } catch (PersistenceException e) {
            if (isKeyClash(e)) {
                throw new DomainException(ErrorCode.CONCURRENT_UPDATE, application.id());
            }
            throw e;
        }
        storeDeadlines(application, deadlines, application.storedVersion() == 0);
        application.markStored();
    }

    @Override
    @Transactional
    public List<String> openApplicationIds() {
        return Panache.getEntityManager().createQuery(
                        "select id from ApplicationEntity where stage not in ('REPLIED', 'WITHDRAWN', 'ABANDONED') order by id",
                        String.class).getResultList();
    }

    /** The stored deadlines of one application, by kind. */
    @Transactional
    public Map<DeadlineKind, ApplicationDeadlineEntity> deadlines(String applicationId) {
        return Panache.getEntityManager().createQuery(
                        "from ApplicationDeadlineEntity where applicationId = ?1", ApplicationDeadlineEntity.class)
                .setParameter(1, applicationId).getResultList().stream()
                .collect(Collectors.toMap(d -> DeadlineKind.valueOf(d.kind), Function.identity()));
    }

    /**
     * Recomputes the deadlines of every open application whose stored deadlines were computed on another calendar
     * version than its agency's current one, and reports the ones that moved.
     */
    @Transactional
    public List<DeadlineChange> recomputeStaleDeadlines() {
        EntityManager em = Panache.getEntityManager();
        List<Object[]> stamped = em.createQuery("""
                select a.id, a.agencyId, d.calendarVersion from ApplicationEntity a, ApplicationDeadlineEntity d
                where d.applicationId = a.id and a.stage not in ('REPLIED', 'WITHDRAWN', 'ABANDONED')
                group by a.id, a.agencyId, d.calendarVersion""", Object[].class).getResultList();
        List<DeadlineChange> changes = new ArrayList<>();
        for (Object[] row : stamped) {
            String id = (String) row[0];
            String version = (String) row[2];
            if (calendars.clockFor((String) row[1]).calendar().version().equals(version)) {
                continue;
            }
            Application application = find(id).orElseThrow();
            Map<DeadlineKind, LocalDate> before = new java.util.EnumMap<>(DeadlineKind.class);
            deadlines(id).forEach((kind, stored) -> before.put(kind, stored.dueOn));
            Deadlines now = deadlinesToStore(application);
            storeDeadlines(application, now, false);
            List<Deadline> due = now == null ? List.of() : now.all();
            em.createQuery("update ApplicationEntity set nextDue = ?1, nextDueProvisional = ?2 where id = ?3")
                    .setParameter(1, nextDue(due))
                    .setParameter(2, Deadlines.nextDueProvisional(due))
                    .setParameter(3, id).executeUpdate();
            changes.addAll(DeadlineChange.compare(id, before, version, now));
        }
        return changes;
    }

    /** The queue's order as V22 keeps it on the application row. */
    private static LocalDate nextDue(List<Deadline> stored) {
        return Deadlines.nextDue(stored).orElse(null);
    }

    /** The deadlines to store: none for a closed application or one not yet received. */
    private Deadlines deadlinesToStore(Application application) {
        return !application.stage().isOpen() || application.receivedOn() == null ? null
                : application.deadlines(calendars.clockFor(application.agencyId()));
    }

    private void storeDeadlines(Application application, Deadlines deadlines, boolean isNew) {
        EntityManager em = Panache.getEntityManager();
        if (!isNew) {
            em.createQuery("from ApplicationDeadlineEntity where applicationId = ?1", ApplicationDeadlineEntity.class)
                    .setParameter(1, application.id()).getResultList().forEach(em::remove);
            em.flush();
        }
        if (deadlines == null) {
            return;
        }
        for (Deadline deadline : deadlines.all()) {
            ApplicationDeadlineEntity row = new ApplicationDeadlineEntity();
            row.applicationId = application.id();
            row.kind = deadline.kind().name();
            row.state = deadline.state().name();
            row.dueOn = deadline.due();
            row.remainingWorkingDays = deadline.remainingWorkingDays();
            row.provisional = deadline.provisional();
            row.calendarVersion = deadlines.calendarVersion();
            em.persist(row);
        }
        em.flush();
    }

    /** Another transaction inserted the same application or the same event number first. */
    private static boolean isKeyClash(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName();
                return name != null && name.endsWith("_pkey");
            }
        }
        return false;
    }

    private static void copyState(Application application, ApplicationEntity row, OffsetDateTime now) {
        row.stage = application.stage().name();
        row.receivedOn = application.receivedOn();
        row.outcome = application.outcome() == null ? null : application.outcome().name();
        row.version = application.events().size();
        row.closedOn = closedOn(application);
        row.updatedAt = now;
    }

    /** The day the closing step took effect, for the annual report; null while the application is open. */
    static LocalDate closedOn(Application application) {
        if (application.stage().isOpen()) {
            return null;
        }
        List<ApplicationEvent> events = application.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            switch (events.get(i).action()) {
                case REPLY, WITHDRAW, MARK_ABANDONED, MARK_FEE_UNPAID -> {
                    return events.get(i).on();
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static ApplicationEventEntity toEntity(String applicationId, ApplicationEvent event) {
        ApplicationEventEntity row = new ApplicationEventEntity();
        row.applicationId = applicationId;
        row.sequence = event.sequence();
        row.action = event.action().name();
        row.effectiveOn = event.on();
        row.recordedAt = event.recordedAt();
        row.actorId = event.actor().id();
        row.actorRole = event.actor().role().name();
        row.note = event.note();
        row.channel = event.channel() == null ? null : event.channel().name();
        row.dueDate = event.dueDate();
        row.workingDays = event.workingDays();
        row.pauseKind = event.pauseKind() == null ? null : event.pauseKind().name();
        row.party = event.party();
        row.outcome = event.outcome() == null ? null : event.outcome().name();
        row.amountYuan = event.amountYuan();
        return row;
    }

    private static ApplicationEvent toEvent(ApplicationEventEntity row) {
        return new ApplicationEvent(row.sequence, Action.valueOf(row.action), row.effectiveOn, row.recordedAt,
                new Actor(row.actorId, Role.valueOf(row.actorRole)), row.note,
                row.channel == null ? null : Channel.valueOf(row.channel), row.dueDate, row.workingDays,
                row.pauseKind == null ? null : PauseKind.valueOf(row.pauseKind), row.party,
                row.outcome == null ? null : Outcome.valueOf(row.outcome), row.amountYuan);
    }
}
