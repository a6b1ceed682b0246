package cn.gongkai.cli;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.reminders.ReminderRun;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local run's stand-in for the cloud schedule (EventBridge): the reminders run every morning at
 * {@value #HOUR}:30 Beijing time while {@code ./gongkai serve} runs.
 */
@ApplicationScoped
public class LocalReminderSchedule {
    static final int HOUR = 8;
    private static final Logger LOG = Logger.getLogger(LocalReminderSchedule.class);

    @Inject
    ReminderRun reminders;
    @Inject
    Clock clock;

    private ScheduledExecutorService timer;

    /** Starts the daily run; returns when the first one will happen. */
    public synchronized ZonedDateTime start() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ChinaTime.ZONE));
        ZonedDateTime next = now.with(LocalTime.of(HOUR, 30));
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "reminder-schedule"));
        timer.scheduleAtFixedRate(this::runToday, Duration.between(now, next).toSeconds(),
                Duration.ofDays(1).toSeconds(), TimeUnit.SECONDS);
        return next;
    }

    private void runToday() {
        try {
            reminders.run(ChinaTime.today(clock), false);
        } catch (RuntimeException e) {
            LOG.error("scheduled reminder run failed", e);
        }
    }

    synchronized void stop(@Observes ShutdownEvent shutdown) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
