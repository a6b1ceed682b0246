package cn.gongkai.cli;

import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.ApplicationTally;
import cn.gongkai.domain.report.ReportBuilder;
import cn.gongkai.domain.report.ReportFormat;
import cn.gongkai.domain.report.ReportInputs;
import cn.gongkai.reports.ReportJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./gongkai report check FILE.json} works on the file alone: the database is unreachable here. */
@QuarkusMainTest
@TestProfile(OneShotCommandTest.UnreachableDatabase.class)
class ReportCheckCommandTest {

    static ObjectNode report() {
        ApplicationTally tally = new ApplicationTally();
        tally.addReceived(ApplicantKind.NATURAL_PERSON, 5);
        tally.addClosed(ApplicantKind.NATURAL_PERSON, Outcome.DISCLOSED, 4);
        tally.addCarriedOut(ApplicantKind.NATURAL_PERSON, 1);
        AnnualReport report = ReportBuilder.build(new ReportInputs("某局", 2023, ReportFormat.GUOBAN_2021_30, tally, List.of(),
                List.of(), null, ReportInputs.FeesCollected.NONE,
                Map.of("一", "本年度新收政府信息公开申请5件。", "五", "无。", "六", "本年度未收取信息处理费。"), null));
        return ReportJson.tree(report);
    }

    @Test
    void aCorrectReportPassesAndAWrongOneIsFlaggedWithItsCell(QuarkusMainLauncher launcher) throws Exception {
        Path good = Files.createTempFile("report", ".json");
        Files.writeString(good, report().toString());
        LaunchResult ok = launcher.launch("report", "check", good.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.getOutput()).contains("\"ok\" : true");

        ObjectNode wrong = report();
        ((ArrayNode) wrong.get("table3").get(0).get("cells")).set(6, 6);
        wrong.put("sections", wrong.get("sections"));
        ((ObjectNode) wrong.get("sections")).put("一", "本年度新收政府信息公开申请7件。");
        ((ArrayNode) wrong.get("table4")).setNull(0);
        Path bad = Files.createTempFile("report", ".json");
        Files.writeString(bad, wrong.toString());
        LaunchResult result = launcher.launch("report", "check", bad.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput()).contains("T3_ROW_TOTAL").contains("表三/一、本年新收政府信息公开申请数量/总计")
                .contains("T3_COLUMN_IDENTITY").contains("BLANK_CELL").contains("TEXT_COUNT_MISMATCH");

        Path notAReport = Files.createTempFile("report", ".json");
        Files.writeString(notAReport, "[1,2]");
        assertThat(launcher.launch("report", "check", notAReport.toString()).exitCode()).isEqualTo(2);
    }
}
