package cn.gongkai.persistence.calendar;

import cn.gongkai.domain.calendar.Closure;
import cn.gongkai.domain.clock.DeadlineChange;
import cn.gongkai.persistence.application.ApplicationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

/** Keeps open deadlines true to the calendar: every calendar change recomputes them. */
@ApplicationScoped
public class DeadlineMaintenance {
    private static final Logger LOG = Logger.getLogger(DeadlineMaintenance.class);

    @Inject
    CalendarService calendars;
    @Inject
    ApplicationStore applications;

    public String calendarVersion() {
        return calendars.national().version();
    }

    /** A newly published holiday arrangement: stored, then every open deadline computed on the old calendar moves. */
    public List<DeadlineChange> amendCalendar(String content, String note) {
        calendars.amend(content, note);
        return recompute();
    }

    public List<DeadlineChange> addClosure(String agencyId, Closure closure) {
        calendars.addClosure(agencyId, closure);
        return recompute();
    }

    /** Recomputes what a release with new built-in holiday data left stale; run at start-up. */
    public List<DeadlineChange> recompute() {
        List<DeadlineChange> changes = applications.recomputeStaleDeadlines();
        for (DeadlineChange change : changes) {
            LOG.infof("deadline moved: application=%s kind=%s %s -> %s (calendar %s -> %s)", change.applicationId(),
                    change.kind(), change.before(), change.after(), change.calendarBefore(), change.calendarAfter());
        }
        return changes;
    }
}
