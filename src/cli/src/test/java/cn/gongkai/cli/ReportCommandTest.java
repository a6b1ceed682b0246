package cn.gongkai.cli;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** {@code ./gongkai report generate} writes every output, and the local run serves the report functions. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportCommandTest {
    @Inject
    Instance<ReportCommand.Generate> generate;
    @Inject
    Instance<ReportCommand.Summary> summary;

    @Test
    void generateWritesHtmlMarkdownJsonAndWordForTheDemoAgency() throws Exception {
        String token = DevTokens.issue("dev-head", LocalSeed.DEMO_AGENCY, Set.of("clerk", "office-head"), Duration.ofMinutes(5));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"caseNumber\":\"演示复〔2024〕1号\",\"kind\":\"RECONSIDERATION\",\"result\":\"UPHELD\",\"filedOn\":\"2024-03-01\",\"decidedOn\":\"2024-04-01\"}")
                .post("/staff-report-case-record").then().log().ifValidationFails().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"year\":2024}")
                .post("/staff-report-generate").then().statusCode(200).body("report.table4[4]", equalTo(1));

        Path dir = Files.createTempDirectory("report");
        for (String format : new String[] {"html", "md", "json", "docx"}) {
            ReportCommand.Generate command = generate.get();
            command.agency = LocalSeed.DEMO_AGENCY;
            command.year = 2024;
            command.format = format;
            command.out = dir.resolve("report." + format);
            assertThat(command.call()).isZero();
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<table>").contains("2024年度政府信息公开工作年度报告");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("## 四、政府信息公开行政复议、行政诉讼情况");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"schema\" : \"gongkai.annual-report/1\"");
        try (InputStream in = Files.newInputStream(dir.resolve("report.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().get(2).getRow(3).getCell(4).getText()).isEqualTo("1");
        }
        ReportCommand.Summary all = summary.get();
        all.year = 2024;
        all.format = "md";
        all.out = dir.resolve("summary.md");
        assertThat(all.call()).isZero();
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("汇总2024年度政府信息公开工作年度报告");
    }
}
