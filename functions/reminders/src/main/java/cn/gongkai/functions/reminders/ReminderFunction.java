package cn.gongkai.functions.reminders;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.reminders.ReminderRun;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;

/** The scheduled reminder run: EventBridge Scheduler invokes it every working-day morning (Beijing time). */
public class ReminderFunction {
    private static final Logger LOG = Logger.getLogger(ReminderFunction.class);

    @Inject
    ReminderRun reminders;
    @Inject
    OverdueApplications overdue;
    @Inject
    Clock clock;

    /** The schedule's input may name the day to run as and ask for a dry run; by default today, for real. */
    public record Trigger(LocalDate asOf, Boolean dryRun) {
    }

    @Funq("remind")
    public ReminderRun.Summary remind(Trigger trigger) {
        LocalDate asOf = trigger != null && trigger.asOf() != null ? trigger.asOf() : ChinaTime.today(clock);
        ReminderRun.Summary summary = reminders.run(asOf, trigger != null && Boolean.TRUE.equals(trigger.dryRun()));
        LOG.info(overdue.metricLine(overdue.count(asOf), clock.instant()));
        return summary;
    }
}
