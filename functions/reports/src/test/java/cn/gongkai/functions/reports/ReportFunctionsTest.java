package cn.gongkai.functions.reports;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportFunctionsTest {
    String agency;

    @BeforeEach
    void anAgency() {
        agency = TestAgencies.create();
    }

    String token(String role) {
        return token(role, agency);
    }

    static String token(String role, String agency) {
        return DevTokens.issue("user-" + role, agency, Set.of(role), Duration.ofMinutes(5));
    }

    JsonPath post(String function, String role, String body, int status) {
        return given().auth().oauth2(token(role)).contentType(ContentType.JSON).body(body)
                .post("/" + function).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void staffKeepTheRegistersAndGenerateTheReportInEveryOutput() throws Exception {
        given().contentType(ContentType.JSON).body("{\"year\":2023}").post("/staff-report-generate")
                .then().statusCode(401).body("error.code", equalTo("UNAUTHENTICATED"));

        post("staff-report-disclosure-import", "clerk", """
                {"entries":[
                  {"kind":"NORMATIVE_DOCUMENT","title":"关于规范政务公开的通知","reference":"某府规〔2023〕1号","on":"2023-02-01","publishedOn":"2023-02-03"},
                  {"kind":"PENALTY_DECISIONS","on":"2023-06-30","quantity":42},
                  {"kind":"FEE_COLLECTED","on":"2023-07-01","amountYuan":1500}]}""", 200);
        assertThat(post("staff-report-disclosure-import", "clerk", """
                {"entries":[{"kind":"LICENSING_DECISIONS","on":"2023-06-30","quantity":3},{"kind":"NOPE","on":"2023-06-30"}]}""", 400)
                .getString("error.field")).isEqualTo("entries[1].kind");
        given().auth().oauth2(token("clerk")).contentType(ContentType.JSON).body("{\"year\":2023}")
                .post("/staff-report-disclosures").then().statusCode(200).body("$", hasSize(3));
        post("staff-report-document-import", "clerk", """
                {"documents":[{"title":"甲","issuedOn":"2023-03-01","attribute":"主动公开"},
                              {"title":"乙","issuedOn":"2023-04-01","attribute":"主动公开"},
                              {"title":"丙","issuedOn":"2023-05-01","attribute":"依申请公开"}]}""", 200);
        JsonPath recorded = post("staff-report-case-record", "clerk", """
                {"caseNumber":"某复〔2023〕7号","kind":"RECONSIDERATION","result":"CORRECTED","filedOn":"2023-03-01","decidedOn":"2023-05-20"}""", 200);
        assertThat(recorded.getString("resultName")).isEqualTo("结果纠正");

        JsonPath report = post("staff-report-generate", "clerk", "{\"year\":2023,\"output\":\"docx\"}", 200);
        assertThat(report.getString("report.format")).isEqualTo("2021-30");
        assertThat(report.getList("report.table4")).startsWith(0, 1, 0, 0, 1);
        assertThat(report.getList("report.table2[0].rows[1].cells")).containsExactly(1, 0, 1);
        assertThat(report.getList("report.table2[2].rows[0].cells")).containsExactly(42);
        assertThat(report.getString("report.sections.一")).contains("主动公开率为66.67%");
        assertThat(report.getString("rendered.encoding")).isEqualTo("base64");
        byte[] docx = Base64.getDecoder().decode(report.getString("rendered.content"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getTables().get(2).getRow(3).getCell(1).getText()).isEqualTo("1");
        }
        long first = report.getLong("snapshotId");

        post("staff-report-text", "clerk", "{\"year\":2023,\"section\":\"五\",\"text\":\"本年度主动公开率为70%。\"}", 200);
        post("staff-report-text", "clerk", "{\"year\":2023,\"section\":\"七\",\"text\":\"x\"}", 400);
        JsonPath again = post("staff-report-generate", "clerk", "{\"year\":2023,\"output\":\"html\"}", 200);
        assertThat(again.getLong("previousSnapshotId")).isEqualTo(first);
        assertThat(again.getList("changes.location")).containsExactly("正文/五");
        assertThat(again.getList("findings.code")).contains("TEXT_RATE_MISMATCH");
        assertThat(again.getString("rendered.content")).startsWith("<!DOCTYPE html>").contains("<th colspan=\"5\">行政复议</th>");
        given().auth().oauth2(token("clerk")).contentType(ContentType.JSON).body("{\"year\":2023}")
                .post("/staff-report-snapshots").then().statusCode(200).body("$", hasSize(2));

        // the standalone check, on this report's JSON with one cell changed
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(again.prettify()).get("report");
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("table4")).set(4, 7);
        given().auth().oauth2(token("clerk")).contentType(ContentType.JSON).body(tree.toString())
                .post("/staff-report-check").then().statusCode(200)
                .body("ok", equalTo(false)).body("findings.code", hasItem("T4_TOTAL"));
        given().auth().oauth2(token("clerk")).contentType(ContentType.JSON).body("{\"schema\":\"x\"}")
                .post("/staff-report-check").then().statusCode(400).body("error.code", equalTo("REPORT_JSON_INVALID"));
    }

    @Test
    void deletingAndSummariesAreForOfficeHeadsAndStayWithinTheAgency() {
        long id = post("staff-report-case-record", "clerk", """
                {"caseNumber":"A1","kind":"LITIGATION_DIRECT","filedOn":"2023-03-01"}""", 200).getLong("id");
        post("staff-report-case-delete", "clerk", "{\"id\":" + id + "}", 403);
        String other = TestAgencies.create();
        given().auth().oauth2(token("office-head", other)).contentType(ContentType.JSON).body("{\"id\":" + id + "}")
                .post("/staff-report-case-delete").then().statusCode(404).body("error.code", equalTo("REPORT_ENTRY_NOT_FOUND"));
        post("staff-report-case-delete", "office-head", "{\"id\":" + id + "}", 200);

        post("staff-report-summary", "clerk", "{\"year\":2023,\"agencies\":[\"" + agency + "\"]}", 403);
        JsonPath summary = post("staff-report-summary", "office-head",
                "{\"year\":2023,\"agencies\":[\"" + agency + "\",\"" + other + "\"],\"name\":\"某区\",\"output\":\"md\"}", 200);
        assertThat(summary.getString("report.agency")).isEqualTo("某区");
        assertThat(summary.getString("rendered.content")).startsWith("# 某区2023年度政府信息公开工作年度报告");
        given().auth().oauth2(token("office-head")).contentType(ContentType.JSON).body("{\"year\":2023,\"format\":\"1999\"}")
                .post("/staff-report-generate").then().statusCode(400).body("error.field", equalTo("format"))
                .body("error.message", startsWith("报告格式"));
    }
}
