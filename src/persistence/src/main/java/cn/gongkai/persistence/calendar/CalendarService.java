package cn.gongkai.persistence.calendar;

import cn.gongkai.domain.calendar.Closure;
import cn.gongkai.domain.calendar.HolidaySchedule;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calendar in force: the built-in State Council arrangements plus the amendments stored since the release,
 * and, per agency, its own closures. Rebuilt whenever either changes.
 */
@ApplicationScoped
public class CalendarService {
    private volatile WorkingDayCalendar national;
    private final Map<String, StatutoryClock> clocks = new ConcurrentHashMap<>();

    @Transactional
    public WorkingDayCalendar national() {
        WorkingDayCalendar current = national;
        if (current == null) {
            current = loadNational();
            national = current;
        }
        return current;
    }

    /** The agency's clock; served from memory (no transaction) once built. */
    public StatutoryClock clockFor(String agencyId) {
        StatutoryClock clock = clocks.get(agencyId);
        if (clock != null) {
            return clock;
        }
        return QuarkusTransaction.joiningExisting().call(() -> clocks.computeIfAbsent(agencyId,
                id -> new StatutoryClock(national().withClosures(closuresOf(id)))));
    }

    /** Adds a published arrangement (text in the built-in file's format); rejects text that does not parse. */
    @Transactional
    public WorkingDayCalendar amend(String content, String note) {
        HolidaySchedule.parse(content);
        CalendarAmendmentEntity amendment = new CalendarAmendmentEntity();
        amendment.content = content;
        amendment.note = note;
        amendment.createdAt = OffsetDateTime.now();
        Panache.getEntityManager().persist(amendment);
        Panache.getEntityManager().flush();
        invalidate();
        return national();
    }

    @Transactional
    public void addClosure(String agencyId, Closure closure) {
        AgencyClosureEntity entity = new AgencyClosureEntity();
        entity.agencyId = agencyId;
        entity.fromDate = closure.from();
        entity.toDate = closure.to();
        entity.reason = closure.reason();
        Panache.getEntityManager().persist(entity);
        Panache.getEntityManager().flush();
        clocks.remove(agencyId);
    }

    public void invalidate() {
        national = null;
        clocks.clear();
    }

    private WorkingDayCalendar loadNational() {
        HolidaySchedule schedule = HolidaySchedule.builtIn();
        List<CalendarAmendmentEntity> amendments = Panache.getEntityManager()
                .createQuery("from CalendarAmendmentEntity order by id", CalendarAmendmentEntity.class).getResultList();
        for (CalendarAmendmentEntity amendment : amendments) {
            schedule = schedule.plus(amendment.content);
        }
        return WorkingDayCalendar.of(schedule);
    }

    private static List<Closure> closuresOf(String agencyId) {
        return Panache.getEntityManager()
                .createQuery("from AgencyClosureEntity where agencyId = ?1 order by fromDate", AgencyClosureEntity.class)
                .setParameter(1, agencyId).getResultList().stream()
                .map(c -> new Closure(c.fromDate, c.toDate, c.reason)).toList();
    }

}
