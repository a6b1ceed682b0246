package cn.gongkai.functions.reminders;

import cn.gongkai.consultations.ConsultationDeadlineSource;
import cn.gongkai.consultations.ConsultationDesk;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import cn.gongkai.reminders.DeadlineSource;
import io.quarkus.arc.All;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The deployed reminder run scans online consultations' reply deadlines (网上咨询) as well as the applications'. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConsultationRemindersTest {
    @Inject
    ConsultationDesk desk;
    @Inject
    @All
    List<DeadlineSource> sources;

    @Test
    void anOpenConsultationsReplyDeadlineIsInTheScheduledScan() {
        assertThat(sources).hasAtLeastOneElementOfType(ConsultationDeadlineSource.class);
        int before = found();
        String agency = TestAgencies.create();
        ConsultationDesk.Receipt receipt = desk.ask(agency, "本机关2025年的政府信息公开工作年度报告何时发布？", null);
        // asked today, due in 5 working days: inside the run's horizon, so the scheduled event finds one more
        assertThat(found()).isEqualTo(before + 1);

        desk.reply(agency, receipt.consultationId(), "将于2026年1月31日前在门户网站发布。",
                new Actor("clerk-1", Role.CLERK));
        assertThat(found()).as("a replied consultation owes no reminder").isEqualTo(before);
    }

    /** The scheduler's event through the mock event server, as Lambda invokes the function (a dry run). */
    private int found() {
        return given().contentType(ContentType.JSON).body("{\"dryRun\":true}")
                .post().then().statusCode(200).extract().path("found");
    }
}
