package cn.gongkai.applications;

import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.submission.SubmissionForm;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rotation of the data key on the real database: batches, a stop half-way, the rest on the next run. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@TestProfile(DataKeyRotationTest.Rotated.class)
class DataKeyRotationTest {
    /** The application after the rotation: the new key current, the old one for what is still under it. */
    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.data-key", PersonalDataCipherTest.NEW,
                    "gongkai.data-keys.previous", PersonalDataCipherTest.OLD,
                    "gongkai.data-hash-key", PersonalDataCipherTest.OLD);
        }
    }

    static final Actor CLERK = new Actor("clerk-wang", Role.CLERK);

    @Inject
    ApplicationDesk desk;
    @Inject
    DataKeyRotation rotation;

    @Test
    void everyRowEndsUnderTheNewKeyAcrossAnInterruptedRunAndTheApplicationStillReadsThem() throws Exception {
        rotation.run(100, 0); // whatever other tests left in the database
        String agency = TestAgencies.create();
        List<Views.SubmissionReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receipts.add(desk.submit(new SubmissionForm(agency, "NATURAL_PERSON", "张三丰" + i, "RESIDENT_ID",
                    "11010519491231002X", null, null, null, "13812345678", "zhangsan@example.cn", "北京市东城区某某街1号",
                    "100010", "2023年老旧小区改造资金安排文件 第" + i + "份", null, null, null, "ELECTRONIC", "EMAIL"),
                    Channel.IN_PERSON, CLERK, null, null));
        }
        // as before the rotation: four rows under the old key (one from before key ids), one already under the new
        PersonalDataCipher old = new PersonalDataCipher(PersonalDataCipherTest.OLD);
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = new PersonalDataCipher(PersonalDataCipherTest.NEW).decrypt(personalData(receipts.get(i)));
            plain.add(text);
            if (i < 4) {
                setPersonalData(receipts.get(i), i == 0 ? PersonalDataCipherTest.legacy(PersonalDataCipherTest.OLD, text)
                        : old.encrypt(text));
            }
        }
        assertThat(remaining()).isEqualTo(4);

        DataKeyRotation.Result stopped = rotation.run(3, 1); // one batch of three, then stopped
        assertThat(stopped.finished()).isFalse();
        assertThat(stopped.columns()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo("application_detail.personal_data");
            assertThat(c.reencrypted()).isEqualTo(3);
            assertThat(c.remaining()).isEqualTo(1);
        });
        DataKeyRotation.Result rest = rotation.run(3, 0);
        assertThat(rest.finished()).isTrue();
        assertThat(rest.columns().getFirst().reencrypted()).isEqualTo(1);
        assertThat(rotation.run(3, 0).columns().getFirst().reencrypted()).as("nothing left to do").isZero();

        // the new key alone now opens every row, each with what it held before
        PersonalDataCipher newOnly = new PersonalDataCipher(PersonalDataCipherTest.NEW);
        for (int i = 0; i < 5; i++) {
            assertThat(newOnly.decrypt(personalData(receipts.get(i)))).isEqualTo(plain.get(i));
        }
        // and the application still reads them, and finds them by query code (the keyed hashes kept their key)
        Views.SubmissionReceipt first = receipts.getFirst();
        assertThat(desk.view(agency, first.applicationId(), new Actor("head-li", Role.OFFICE_HEAD)).applicant().name())
                .isEqualTo("张三丰0");
        assertThat(desk.progress(first.trackingNumber(), first.queryCode(), "test-client").trackingNumber())
                .isEqualTo(first.trackingNumber());
    }

    private long remaining() {
        return rotation.status().columns().getFirst().remaining();
    }

    private static byte[] personalData(Views.SubmissionReceipt receipt) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) Panache.getEntityManager()
                .createNativeQuery("select personal_data from application_detail where application_id = ?1")
                .setParameter(1, receipt.applicationId()).getSingleResult());
    }

    private static void setPersonalData(Views.SubmissionReceipt receipt, byte[] value) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update application_detail set personal_data = ?1 where application_id = ?2")
                .setParameter(1, value).setParameter(2, receipt.applicationId()).executeUpdate());
    }
}
