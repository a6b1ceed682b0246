package cn.gongkai.cli;

import cn.gongkai.applications.DataKeyRotation;
import cn.gongkai.consultations.ConsultationDesk;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./gongkai admin rotate-data-key} covers every encrypted column of the whole product. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AdminCommandTest {
    @Inject
    Instance<AdminCommand.RotateDataKey> rotate;
    @Inject
    DataKeyRotation rotation;
    @Inject
    ConsultationDesk consultations;

    @Test
    void theRotationWalksTheApplicationsAndTheConsultationsAndFindsNothingLeftUnderTheCurrentKey() throws Exception {
        consultations.ask(LocalSeed.DEMO_AGENCY, "政府信息公开申请表在哪里下载？", "13812345678");
        AdminCommand.RotateDataKey command = rotate.get();
        command.batch = 2;
        assertThat(command.call()).isZero();
        assertThat(rotation.status().columns()).extracting(DataKeyRotation.Column::column)
                .containsExactly("application_detail.personal_data", "consultation.contact", "consultation.question");
        assertThat(rotation.status().finished()).isTrue();
    }
}
