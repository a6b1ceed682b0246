package cn.gongkai.applications;

import cn.gongkai.applications.store.LookupFailureEntity;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Guessing secret codes (an application's query code, a consultation's lookup code) stops for a while after
 * {@value #MAX_FAILED_LOOKUPS} failures in {@value #WINDOW_MINUTES} minutes under any one key (a client, a tracking
 * number). Failures are recorded in their own transaction, so the caller's failing one does not undo them.
 */
@ApplicationScoped
public class LookupThrottle {
    public static final int MAX_FAILED_LOOKUPS = 10;
    public static final int WINDOW_MINUTES = 15;

    @Inject
    Clock clock;

    /** The key for the client asking (its address), shared by every lookup by secret code. */
    public static String clientKey(String client) {
        return "client:" + (client == null ? "unknown" : client);
    }

    /** TOO_MANY_ATTEMPTS when any of the keys has failed too often lately. */
    public void refuseIfThrottled(List<String> keys) {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime since = OffsetDateTime.now(clock).minusMinutes(WINDOW_MINUTES);
            for (String key : keys) {
                long failures = Panache.getEntityManager().createQuery(
                                "select count(f) from LookupFailureEntity f where f.clientKey = ?1 and f.failedAt > ?2", Long.class)
                        .setParameter(1, key).setParameter(2, since).getSingleResult();
                if (failures >= MAX_FAILED_LOOKUPS) {
                    throw new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, WINDOW_MINUTES);
                }
            }
        });
    }

    public void recordFailure(List<String> keys) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String key : keys) {
                LookupFailureEntity failure = new LookupFailureEntity();
                failure.clientKey = key;
                failure.failedAt = OffsetDateTime.now(clock);
                Panache.getEntityManager().persist(failure);
            }
        });
    }
}
