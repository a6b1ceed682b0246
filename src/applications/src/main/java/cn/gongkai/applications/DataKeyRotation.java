package cn.gongkai.applications;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-encrypts personal data under the current data key after a rotation ({@link PersonalDataCipher}): every
 * {@link EncryptedColumn} bean's rows not yet under the current key, in batches of their own transaction, so a run
 * that stops (or is stopped) leaves only finished batches and the next run picks up what is left. A row changed by
 * the application meanwhile is left as the application wrote it (already under the current key).
 */
@ApplicationScoped
public class DataKeyRotation {
    @Inject
    PersonalDataCipher cipher;
    @Inject
    Instance<EncryptedColumn> columns;

    /** The application's own column: the applicant's personal data. */
    @Produces
    @Singleton
    static EncryptedColumn applicantPersonalData() {
        return new EncryptedColumn("application_detail", "application_id", "personal_data");
    }

    /** Per column: how many values a run re-encrypted and how many are still under an older key. */
    public record Column(String column, int reencrypted, long remaining) {
    }

    public record Result(List<Column> columns, boolean finished) {
    }

    /** How many values each column still holds under an older key (nothing changes). */
    public Result status() {
        List<Column> out = new ArrayList<>();
        for (EncryptedColumn c : ordered()) {
            out.add(new Column(c.toString(), 0, remaining(c)));
        }
        return new Result(out, out.stream().allMatch(c -> c.remaining() == 0));
    }

    /**
     * Re-encrypts up to {@code maxBatches} batches of {@code batchSize} values per column (0: until none is left).
     */
    public Result run(int batchSize, int maxBatches) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        List<Column> out = new ArrayList<>();
        for (EncryptedColumn c : ordered()) {
            int done = 0;
            String after = "";
            for (int batch = 0; maxBatches == 0 || batch < maxBatches; batch++) {
                String from = after;
                Batch b = QuarkusTransaction.requiringNew().call(() -> batch(c, from, batchSize));
                done += b.changed();
                if (b.last() == null) {
                    break;
                }
                after = b.last();
            }
            out.add(new Column(c.toString(), done, remaining(c)));
        }
        return new Result(out, out.stream().allMatch(c -> c.remaining() == 0));
    }

    private record Batch(int changed, String last) {
    }

    /** One batch: the next rows after {@code after} not under the current key, each replaced if still unchanged. */
    private Batch batch(EncryptedColumn c, String after, int size) {
        var em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + c.idColumn() + ", " + c.column() + " from " + c.table()
                        + " where " + c.idColumn() + " > ?1 and " + c.column() + " is not null and substring("
                        + c.column() + " from 1 for ?2) <> ?3 order by " + c.idColumn() + " limit ?4"
                        + " for update skip locked")
                .setParameter(1, after).setParameter(2, cipher.currentPrefix().length)
                .setParameter(3, cipher.currentPrefix()).setParameter(4, size).getResultList();
        int changed = 0;
        String last = null;
        for (Object[] row : rows) {
            String id = (String) row[0];
            byte[] old = (byte[]) row[1];
            last = id;
            byte[] renewed = cipher.encrypt(cipher.decrypt(old));
            changed += em.createNativeQuery("update " + c.table() + " set " + c.column() + " = ?1 where "
                            + c.idColumn() + " = ?2 and " + c.column() + " = ?3")
                    .setParameter(1, renewed).setParameter(2, id).setParameter(3, old).executeUpdate();
        }
        return new Batch(changed, last);
    }

    private long remaining(EncryptedColumn c) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(
                        "select count(*) from " + c.table() + " where " + c.column() + " is not null and substring("
                                + c.column() + " from 1 for ?1) <> ?2")
                .setParameter(1, cipher.currentPrefix().length).setParameter(2, cipher.currentPrefix())
                .getSingleResult()).longValue());
    }

    private List<EncryptedColumn> ordered() {
        Map<String, EncryptedColumn> byName = new LinkedHashMap<>();
        columns.stream().sorted(java.util.Comparator.comparing(EncryptedColumn::toString))
                .forEach(c -> byName.putIfAbsent(c.toString(), c));
        return List.copyOf(byName.values());
    }
}
