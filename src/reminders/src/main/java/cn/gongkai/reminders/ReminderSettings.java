package cn.gongkai.reminders;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.reminder.ReminderPolicy;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Each agency's reminder tiers and channels, as staff set them. */
@ApplicationScoped
public class ReminderSettings {
    static final Set<String> CHANNEL_KINDS = Set.of("WEBHOOK", "WECOM", "DINGTALK", "FEISHU", "EMAIL");

    public record ChannelSetting(String kind, String url, boolean hasSecret) {
    }

    @Transactional
    public ReminderPolicy policy(String agencyId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select working_days_before, on_the_day, escalate_overdue from reminder_policy where agency_id = ?1",
                        Object[].class)
                .setParameter(1, agencyId).getResultList();
        if (rows.isEmpty()) {
            return ReminderPolicy.DEFAULT;
        }
        Object[] row = rows.getFirst();
        List<Integer> days = ((String) row[0]).isBlank() ? List.of()
                : Arrays.stream(((String) row[0]).split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new ReminderPolicy(days, (Boolean) row[1], (Boolean) row[2]);
    }

    /** The furthest any agency looks ahead, so one scan serves all. */
    @Transactional
    public int widestHorizon() {
        int widest = ReminderPolicy.DEFAULT.horizon();
        for (Object days : Panache.getEntityManager().createNativeQuery("select working_days_before from reminder_policy").getResultList()) {
            for (String n : ((String) days).split(",")) {
                if (!n.isBlank()) {
                    widest = Math.max(widest, Integer.parseInt(n.strip()));
                }
            }
        }
        return widest;
    }

    @Transactional
    public ReminderPolicy setPolicy(String agencyId, ReminderPolicy policy) {
        if (policy.workingDaysBefore().stream().anyMatch(n -> n < 1 || n > 40)) {
            throw new DomainException("workingDaysBefore", ErrorCode.FIELD_NOT_ALLOWED, "提前提醒的工作日数", policy.workingDaysBefore());
        }
        Panache.getEntityManager().createNativeQuery("""
                        insert into reminder_policy (agency_id, working_days_before, on_the_day, escalate_overdue)
                        values (?1, ?2, ?3, ?4) on conflict (agency_id) do update set
                        working_days_before = excluded.working_days_before, on_the_day = excluded.on_the_day,
                        escalate_overdue = excluded.escalate_overdue""")
                .setParameter(1, agencyId)
                .setParameter(2, String.join(",", policy.workingDaysBefore().stream().map(String::valueOf).toList()))
                .setParameter(3, policy.onTheDay()).setParameter(4, policy.escalateOverdue()).executeUpdate();
        return policy;
    }

    @Transactional
    public List<ChannelSetting> channels(String agencyId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select kind, url, secret from reminder_channel where agency_id = ?1 order by id", Object[].class)
                .setParameter(1, agencyId).getResultList();
        return rows.stream().map(r -> new ChannelSetting((String) r[0], (String) r[1], r[2] != null)).toList();
    }

    /** Replaces the agency's channels; secrets are write-only (never read back). */
    @Transactional
    public List<ChannelSetting> setChannels(String agencyId, List<Channel> channels) {
        EntityManager em = Panache.getEntityManager();
        for (Channel c : channels) {
            String kind = c.kind() == null ? "" : c.kind().strip().toUpperCase(Locale.ROOT);
            if (!CHANNEL_KINDS.contains(kind)) {
                throw new DomainException("kind", ErrorCode.FIELD_NOT_ALLOWED, "提醒渠道", c.kind());
            }
            URI url;
            try {
                url = URI.create(c.url() == null ? "" : c.url().strip());
            } catch (IllegalArgumentException e) {
                throw new DomainException("url", ErrorCode.FIELD_NOT_ALLOWED, "地址", c.url());
            }
            boolean mail = "EMAIL".equals(kind);
            if (mail ? !"mailto".equals(url.getScheme()) : !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                throw new DomainException("url", ErrorCode.FIELD_NOT_ALLOWED, "地址", c.url());
            }
        }
        em.createNativeQuery("delete from reminder_channel where agency_id = ?1").setParameter(1, agencyId).executeUpdate();
        for (Channel c : channels) {
            em.createNativeQuery("insert into reminder_channel (agency_id, kind, url, secret) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, agencyId).setParameter(2, c.kind().strip().toUpperCase(Locale.ROOT))
                    .setParameter(3, c.url().strip())
                    .setParameter(4, c.secret() == null || c.secret().isBlank() ? null : c.secret())
                    .executeUpdate();
        }
        return channels(agencyId);
    }

    public record Channel(String kind, String url, String secret) {
    }
}
