package cn.gongkai.reminders;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.reminder.ReminderPolicy;
import cn.gongkai.domain.reminder.ReminderTier;
import cn.gongkai.persistence.calendar.CalendarService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;

/**
 * One reminder run: finds the open deadlines due soon, today or overdue, records one reminder per (deadline, tier)
 * before sending anything, then delivers what is recorded and not yet sent. A crashed run, run again, sends what is
 * missing and nothing already marked sent; failed deliveries wait with growing backoff and go dead after
 * {@value #MAX_ATTEMPTS} tries.
 */
@ApplicationScoped
public class ReminderRun {
    static final int MAX_ATTEMPTS = 5;
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(ReminderRun.class);

    @Inject
    CalendarService calendars;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    Mailer mailer;
    @Inject
    ReminderSettings settings;
    @Inject
    OutboundHttp http;
    @Inject
    @Any
    Instance<DeadlineSource> sources;

    /** What a run did; {@code peakHeapMb} is the JVM's peak heap use so far, for the scan benchmark. */
    public record Summary(LocalDate asOf, boolean dryRun, int found, int recorded, int sent, int failed, int dead,
                          int skipped, long millis, long peakHeapMb) {
    }

    public Summary run(LocalDate asOf, boolean dryRun) {
        long started = System.nanoTime();
        Plan plan = plan(asOf);
        int recorded = dryRun ? 0 : QuarkusTransaction.requiringNew().call(() -> record(plan.reminders()));
        int[] delivery = dryRun ? new int[3] : deliver(claim());
        Summary summary = new Summary(asOf, dryRun, plan.found(), recorded, delivery[0], delivery[1], delivery[2],
                plan.skipped(), (System.nanoTime() - started) / 1_000_000, peakHeapMb());
        try {
            LOG.info(json.writeValueAsString(Map.of("event", "reminder-run", "summary", summary)));
        } catch (Exception e) {
            LOG.info(summary);
        }
        return summary;
    }

    /** The reminders a run on {@code asOf} owes: every open deadline in the horizon, at its most urgent tier. */
    private record Plan(int found, int skipped, List<Planned> reminders) {
    }

    private Plan plan(LocalDate asOf) {
        WorkingDayCalendar national = QuarkusTransaction.requiringNew().call(() -> calendars.national());
        LocalDate horizon = national.workingDaysAfter(asOf, settings.widestHorizon());
        List<DueDeadline> due = new ArrayList<>();
        for (DeadlineSource source : sources) {
            due.addAll(source.dueBy(asOf, horizon));
        }
        Map<String, ReminderPolicy> policies = new HashMap<>();
        Map<String, WorkingDayCalendar> agencyCalendars = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        int skipped = 0;
        for (DueDeadline deadline : due) {
            String agency = deadline.agencyId();
            WorkingDayCalendar calendar = agencyCalendars.computeIfAbsent(agency,
                    a -> QuarkusTransaction.requiringNew().call(() -> calendars.clockFor(a).calendar()));
            ReminderPolicy policy = policies.computeIfAbsent(agency, settings::policy);
            var tier = policy.tierFor(deadline.due(), asOf, calendar);
            if (tier.isEmpty()) {
                skipped++;
                continue;
            }
            planned.add(new Planned(deadline, tier.get()));
        }
        return new Plan(due.size(), skipped, planned);
    }

    /** A run's first half on its own: what a run that dies before sending anything leaves behind. */
    int recordOnly(LocalDate asOf) {
        Plan plan = plan(asOf);
        return QuarkusTransaction.requiringNew().call(() -> record(plan.reminders()));
    }

    private record Planned(DueDeadline deadline, ReminderTier tier) {
    }

    private int record(List<Planned> planned) {
        EntityManager em = Panache.getEntityManager();
        int inserted = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Planned p : planned) {
            DueDeadline d = p.deadline();
            inserted += em.createNativeQuery("""
                            insert into reminder (id, subject, subject_title, agency_id, deadline_kind, deadline_name, basis,
                                                  due_on, tier, escalate, status, next_attempt_at, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'PENDING', ?11, ?11)
                            on conflict (id) do nothing""")
                    .setParameter(1, reminderId(d.agencyId(), d.subject(), d.kind(), d.due(), p.tier()))
                    .setParameter(2, d.subject()).setParameter(3, d.subjectTitle()).setParameter(4, d.agencyId())
                    .setParameter(5, d.kind()).setParameter(6, d.name()).setParameter(7, d.basis())
                    .setParameter(8, d.due()).setParameter(9, p.tier().code()).setParameter(10, p.tier().escalates())
                    .setParameter(11, now).executeUpdate();
        }
        return inserted;
    }

    /**
     * Claims every recorded reminder due for an attempt: pushing next_attempt_at past a lease keeps an overlapping run
     * off these reminders (skip locked); a run that dies holding them leaves them to be tried again once the lease is
     * over.
     */
    List<Object[]> claim() {
        OffsetDateTime claimedAt = OffsetDateTime.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery("""
                        update reminder set next_attempt_at = ?2 where id in (
                            select id from reminder where status in ('PENDING', 'FAILED') and next_attempt_at <= ?1
                            order by due_on, id for update skip locked)
                        returning id, agency_id, subject, subject_title, deadline_kind, deadline_name, basis, due_on, tier,
                                  escalate, attempts""",
                        Object[].class)
                .setParameter(1, claimedAt).setParameter(2, claimedAt.plus(LEASE)).getResultList());
    }

    /** Sends the claimed reminders; returns {sent, failed, dead}. */
    private int[] deliver(List<Object[]> pending) {
        int[] counts = new int[3];
        for (Object[] r : pending) {
            String id = (String) r[0];
            String agency = (String) r[1];
            ReminderMessage message = message(id, agency, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (LocalDate) r[7], (String) r[8], (Boolean) r[9]);
            int attempts = ((Number) r[10]).intValue() + 1;
            String error = null;
            try {
                List<ReminderChannel> channels = QuarkusTransaction.requiringNew().call(() -> channelsOf(agency));
                if (channels.isEmpty()) {
                    throw new IllegalStateException("no reminder channel configured for agency " + agency);
                }
                for (ReminderChannel channel : channels) {
                    channel.send(message);
                }
            } catch (Exception e) {
                error = describe(e);
            }
            String failure = error;
            String status = failure == null ? "SENT" : attempts >= MAX_ATTEMPTS ? "DEAD" : "FAILED";
            counts[failure == null ? 0 : "DEAD".equals(status) ? 2 : 1]++;
            OffsetDateTime now = OffsetDateTime.now(clock);
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                            update reminder set status = ?2, attempts = ?3, last_error = ?4, next_attempt_at = ?5,
                                   sent_at = case when ?2 = 'SENT' then ?6 else sent_at end where id = ?1""")
                    .setParameter(1, id).setParameter(2, status).setParameter(3, attempts).setParameter(4, failure)
                    .setParameter(5, now.plus(backoff(attempts))).setParameter(6, now).executeUpdate());
        }
        return counts;
    }

    /** Reminders that went dead after every try: the list staff must look at. */
    public List<Map<String, Object>> deadLetters(String agencyId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                            select id, subject, deadline_kind, due_on, tier, attempts, last_error from reminder
                            where status = 'DEAD' and (cast(?1 as text) is null or agency_id = cast(?1 as text)) order by due_on""", Object[].class)
                    .setParameter(1, agencyId).getResultList();
            return rows.stream().map(r -> Map.<String, Object>of("id", r[0], "subject", r[1], "deadline", r[2],
                    "due", r[3].toString(), "tier", r[4], "attempts", r[5], "lastError", r[6] == null ? "" : r[6])).toList();
        });
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(5L << Math.min(attempts - 1, 8));
    }

    private List<ReminderChannel> channelsOf(String agency) {
        return configuredChannels(agency).stream().map(ConfiguredChannel::channel).toList();
    }

    private record ConfiguredChannel(String kind, String url, ReminderChannel channel) {
    }

    private List<ConfiguredChannel> configuredChannels(String agency) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select kind, url, secret from reminder_channel where agency_id = ?1 order by id", Object[].class)
                .setParameter(1, agency).getResultList();
        List<ConfiguredChannel> channels = new ArrayList<>();
        for (Object[] row : rows) {
            URI url = URI.create((String) row[1]);
            String secret = (String) row[2];
            ReminderChannel channel = switch ((String) row[0]) {
                case "WEBHOOK" -> new WebhookChannel(url, secret, json, http);
                case "WECOM" -> new ChatRobots.WeCom(url, json, http);
                case "DINGTALK" -> new ChatRobots.DingTalk(url, secret, json, clock, http);
                case "FEISHU" -> new ChatRobots.Feishu(url, secret, json, clock, http);
                case "EMAIL" -> new EmailChannel(mailer, url);
                default -> throw new IllegalStateException("unknown reminder channel kind " + row[0]);
            };
            channels.add(new ConfiguredChannel((String) row[0], (String) row[1], channel));
        }
        return channels;
    }

    /** What a test message did on one channel. */
    public record TestDelivery(String kind, String url, boolean delivered, String error) {
    }

    /**
     * Sends a test message through every channel of the agency at once (nothing is recorded): staff check that the
     * group robot or mailbox really receives reminders. The message says it is a test and carries a TEST- id.
     */
    public List<TestDelivery> testSend(String agency, String requestedBy) {
        List<ConfiguredChannel> channels = QuarkusTransaction.requiringNew().call(() -> configuredChannels(agency));
        LocalDate today = cn.gongkai.domain.ChinaTime.today(clock);
        String id = "TEST-" + HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8).putLong(clock.millis()).array());
        ReminderMessage message = new ReminderMessage(id, agency, "test", "TEST", "测试提醒", today, "TEST", "测试",
                false, "这是一条测试提醒（由" + requestedBy + "发送），收到即说明本渠道可以接收政府信息公开期限提醒，无需处理。");
        List<TestDelivery> results = new ArrayList<>();
        for (ConfiguredChannel c : channels) {
            String error = null;
            try {
                c.channel().send(message);
            } catch (Exception e) {
                error = describe(e);
            }
            results.add(new TestDelivery(c.kind(), c.url(), error == null, error));
        }
        return results;
    }

    private static ReminderMessage message(String id, String agency, String subject, String subjectTitle, String kind,
                                           String deadlineName, String basis, LocalDate due, String tierCode,
                                           boolean escalate) {
        String tierName = tierCode.startsWith("BEFORE_") ? "还有" + tierCode.substring(7) + "个工作日到期"
                : "DUE_TODAY".equals(tierCode) ? ReminderTier.Kind.DUE_TODAY.displayName() : ReminderTier.Kind.OVERDUE.displayName();
        String text = subjectTitle + "的" + deadlineName + "（" + basis + "）为" + due
                + "，" + tierName + (escalate ? "，请政府信息公开工作机构负责人督办。" : "。");
        return new ReminderMessage(id, agency, subject, kind, deadlineName, due, tierCode, tierName, escalate, text);
    }

    /** Stable across runs: the same deadline (application, kind, due date) and tier always give the same id. */
    static String reminderId(String agency, String subject, String kind, LocalDate due, ReminderTier tier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (agency + "|" + subject + "|" + kind + "|" + due + "|" + tier.code()).getBytes(StandardCharsets.UTF_8));
            return "R" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
