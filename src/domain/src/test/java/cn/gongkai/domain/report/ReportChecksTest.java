package cn.gongkai.domain.report;

import cn.gongkai.domain.report.AnnualReport.DocumentCounts;
import cn.gongkai.domain.report.AnnualReport.PreviousYear;
import cn.gongkai.domain.report.AnnualReport.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChecksTest {

    private static AnnualReport seed() {
        return ReportBuilder.build(ReportBuilderTest.seedInputs());
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void ourOwnDraftOfTheSeedReportPassesEveryCheckButThePlaceholders() {
        List<Finding> findings = ReportChecks.check(seed());
        assertThat(findings).allMatch(f -> f.code().equals("TEXT_PLACEHOLDER"), findings.toString());
        assertThat(findings).hasSize(2);
        assertThat(seed().sections().get("一")).contains("主动公开率为84.38%").contains("2019年度制发文件22件")
                .contains("主动公开率为81.82%").contains("主动公开率较上年提高2.56个百分点")
                .contains("新收政府信息公开申请3件").contains("无法提供2件").contains("行政复议1件")
                .contains("采购总金额2,232,951元");
    }

    @Test
    void theSeedReportsWrong2019RateIsFlagged() {
        AnnualReport report = seed().withSections(Map.of("一", SeedReportFixture.RATE_SENTENCE, "五", "无。", "六", "无。"));
        List<Finding> findings = ReportChecks.check(report);
        assertThat(codes(findings)).containsExactly("TEXT_RATE_ARITHMETIC");
        Finding f = findings.getFirst();
        assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(f.expected()).startsWith("81.82%");
        assertThat(f.found()).isEqualTo("81.18%");
        assertThat(f.location()).isEqualTo("一/第1句");
        assertThat(f.sentence()).contains("2019年度主动公开文件18件");
    }

    @Test
    void statedCountsAreComparedWithTheRegisterAndTheTables() {
        AnnualReport report = seed().withSections(Map.of(
                "一", "2020年度主动公开文件26件,依申请公开3件,不予公开2件,主动公开率为83.87%。本年度新收政府信息公开申请4件，其中予以公开1件，无法提供2件。"
                        + "被申请行政复议2件。主动公开率较上年提高3个百分点。满意率为99%。",
                "五", "无。", "六", "无。"));
        List<Finding> findings = ReportChecks.check(report);
        assertThat(codes(findings)).containsExactlyInAnyOrder("TEXT_COUNT_MISMATCH", "TEXT_COUNT_MISMATCH",
                "TEXT_COUNT_MISMATCH", "TEXT_RATE_MISMATCH", "TEXT_POINTS_MISMATCH", "TEXT_PERCENT_UNVERIFIED");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("TEXT_COUNT_MISMATCH");
            assertThat(f.expected()).isEqualTo("3（表三/一、本年新收政府信息公开申请数量/总计）");
            assertThat(f.found()).isEqualTo("4");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.expected()).startsWith("84.38%"));
    }

    @Test
    void arithmeticOfTheTables() {
        AnnualReport good = seed();
        List<Row> t3 = new ArrayList<>(good.table3());
        // 一 says 4 for natural persons but 总计 stays 3; (七) for other organisations says 1 with no outcome
        t3.set(0, row(t3.get(0).name(), 4, 0, 0, 0, 0, 0, 3));
        t3.set(21, row(t3.get(21).name(), 3, 0, 0, 0, 0, 1, 4));
        t3.set(1, row(t3.get(1).name(), 0, 0, 0, 0, 0, 0, null));
        List<BigDecimal> t4 = new ArrayList<>(good.table4());
        t4.set(14, BigDecimal.ONE);
        AnnualReport bad = new AnnualReport(good.schema(), good.agency(), good.year(), good.format(), Map.of(),
                good.table2(), t3, t4, good.documents(),
                new PreviousYear(List.of(v(1), v(0), v(0), v(0), v(0), v(0), v(1)), null, null, "given"));
        List<Finding> findings = ReportChecks.check(bad);
        assertThat(codes(findings)).contains("T3_ROW_TOTAL", "T3_OUTCOME_TOTAL", "T3_COLUMN_IDENTITY", "BLANK_CELL",
                "T3_CARRIED_IN", "T4_TOTAL");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("T3_ROW_TOTAL");
            assertThat(f.location()).isEqualTo("表三/一、本年新收政府信息公开申请数量/总计");
            assertThat(f.expected()).startsWith("4");
            assertThat(f.found()).isEqualTo("3");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("T3_COLUMN_IDENTITY");
            assertThat(f.location()).isEqualTo("表三/自然人");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("T3_CARRIED_IN");
            assertThat(f.location()).isEqualTo("表三/二、上年结转政府信息公开申请数量/自然人");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("T4_TOTAL");
            assertThat(f.location()).isEqualTo("表四/行政诉讼/复议后起诉/总计");
        });
    }

    @Test
    void inForceDocumentsAgainstLastYearAreAWarning() {
        AnnualReport report = ReportBuilder.build(new ReportInputs("某局", 2022, ReportFormat.GUOBAN_2021_30,
                new ApplicationTally(), List.of(), List.of(), null, ReportInputs.FeesCollected.NONE,
                Map.of("一", "无。", "五", "无。", "六", "本年度未收取信息处理费。"),
                new PreviousYear(null, Map.of("规章", v(0), "行政规范性文件", v(5)), null, "given")));
        List<Finding> findings = ReportChecks.check(report);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("T2_IN_FORCE");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.location()).isEqualTo("表二/第二十条第（一）项/行政规范性文件/现行有效件数");
        });
        AnnualReport noFees = report.withSections(Map.of("一", "无。", "五", "无。", "六", "无。"));
        assertThat(codes(ReportChecks.check(noFees))).contains("TEXT_FEES_NOT_REPORTED");
    }

    @Test
    void layoutFindings() {
        AnnualReport good = seed();
        List<Row> t3 = new ArrayList<>(good.table3());
        t3.remove(5);
        t3.add(row("三、本年度办理结果/（六）其他处理/3.其他", 0, 0, 0, 0, 0, 0, 0));
        AnnualReport bad = new AnnualReport(good.schema(), good.agency(), good.year(), good.format(), Map.of(),
                List.of(), t3, List.of(v(1)), null, null);
        List<String> codes = codes(ReportChecks.check(bad));
        assertThat(codes).contains("STRUCTURE_MISSING", "STRUCTURE_UNKNOWN", "STRUCTURE_CELLS", "BLANK_CELL");
        AnnualReport unknown = new AnnualReport(good.schema(), good.agency(), good.year(), "2007", Map.of(), List.of(),
                List.of(), List.of(), null, null);
        assertThat(codes(ReportChecks.check(unknown))).containsExactly("FORMAT_UNKNOWN");
    }

    static BigDecimal v(long n) {
        return BigDecimal.valueOf(n);
    }

    static Row row(String name, Integer... cells) {
        List<BigDecimal> list = new ArrayList<>();
        for (Integer c : cells) {
            list.add(c == null ? null : BigDecimal.valueOf(c));
        }
        return new Row(name, list);
    }

    @SuppressWarnings("unused")
    private static DocumentCounts none() {
        return null;
    }
}
