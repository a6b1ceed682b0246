package cn.gongkai.consultations;

import cn.gongkai.applications.EncryptedColumn;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The consultations' personal data, re-encrypted with the applications' when the data key rotates. */
public class ConsultationColumns {
    @Produces
    @Singleton
    EncryptedColumn question() {
        return new EncryptedColumn("consultation", "id", "question");
    }

    @Produces
    @Singleton
    EncryptedColumn contact() {
        return new EncryptedColumn("consultation", "id", "contact");
    }
}
