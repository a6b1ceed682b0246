package cn.gongkai.domain.report;

import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.report.AnnualReport.DocumentCounts;
import cn.gongkai.domain.report.AnnualReport.PreviousYear;
import cn.gongkai.domain.report.AnnualReport.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTest {

    static ReportInputs seedInputs() {
        ApplicationTally tally = new ApplicationTally();
        tally.addReceived(ApplicantKind.NATURAL_PERSON, 3);
        tally.addClosed(ApplicantKind.NATURAL_PERSON, Outcome.DISCLOSED, 1);
        tally.addClosed(ApplicantKind.NATURAL_PERSON, Outcome.UNAVAILABLE_NOT_HELD, 2);
        List<DisclosureEntry> register = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            register.add(new DisclosureEntry(RegisterKind.LICENSING_ITEM, LocalDate.of(2020, 3, 1 + i), null, null, 1, null));
        }
        register.add(new DisclosureEntry(RegisterKind.LICENSING_DECISIONS, LocalDate.of(2020, 6, 30), null, null, 11, null));
        long[] amounts = {300_000, 250_000, 200_000, 400_000, 182_951, 300_000, 200_000, 200_000, 200_000};
        for (long amount : amounts) {
            register.add(new DisclosureEntry(RegisterKind.PROCUREMENT, LocalDate.of(2020, 9, 1), null, null, 1, BigDecimal.valueOf(amount)));
        }
        // outside the year: must not count
        register.add(new DisclosureEntry(RegisterKind.PROCUREMENT, LocalDate.of(2019, 12, 31), null, null, 1, BigDecimal.TEN));
        register.add(new DisclosureEntry(RegisterKind.LICENSING_DECISIONS, LocalDate.of(2021, 1, 1), null, null, 5, null));
        List<ReviewCase> cases = List.of(
                new ReviewCase(ReviewCase.Kind.RECONSIDERATION, ReviewCase.Result.UPHELD, LocalDate.of(2020, 5, 6), LocalDate.of(2020, 7, 1)),
                new ReviewCase(ReviewCase.Kind.RECONSIDERATION, ReviewCase.Result.CORRECTED, LocalDate.of(2019, 5, 6), LocalDate.of(2020, 7, 1)));
        return new ReportInputs(SeedReportFixture.AGENCY, 2020, ReportFormat.forYear(2020), tally, register, cases,
                new DocumentCounts(27, 3, 2), ReportInputs.FeesCollected.NONE, Map.of(),
                new PreviousYear(null, null, new DocumentCounts(18, 2, 2), "given"));
    }

    @Test
    void theSeedReportsTablesComeOutCellForCell() {
        AnnualReport report = ReportBuilder.build(seedInputs());

        assertThat(report.format()).isEqualTo("2019-60");
        assertThat(report.table2()).hasSize(SeedReportFixture.TABLE2.size());
        for (int b = 0; b < SeedReportFixture.TABLE2.size(); b++) {
            List<Row> rows = report.table2().get(b).rows();
            assertThat(rows).hasSize(SeedReportFixture.TABLE2.get(b).size());
            for (int r = 0; r < rows.size(); r++) {
                assertThat(longs(rows.get(r).cells())).as("表二 block %d row %s", b, rows.get(r).name())
                        .isEqualTo(SeedReportFixture.TABLE2.get(b).get(r));
            }
        }
        assertThat(report.table3()).hasSize(23);
        for (int r = 0; r < 23; r++) {
            assertThat(longs(report.table3().get(r).cells())).as("表三 %s", report.table3().get(r).name())
                    .isEqualTo(SeedReportFixture.TABLE3.get(r));
        }
        assertThat(longs(report.table4())).isEqualTo(SeedReportFixture.TABLE4);
        assertThat(report.documents().proactiveRate()).isEqualByComparingTo("84.38");
        assertThat(report.table2().get(4).rows().getFirst().cells().get(1)).isEqualByComparingTo("2232951");
    }

    @Test
    void officialRowNamesAndCounts() {
        List<ReportFormat.Table3Row> rows2019 = ReportFormat.GUOBAN_2019_60.table3();
        List<ReportFormat.Table3Row> rows2021 = ReportFormat.GUOBAN_2021_30.table3();
        assertThat(rows2019).hasSize(25 - 2 + 1 - 1);
        assertThat(rows2021).hasSize(25);
        assertThat(rows2019.get(4).name()).isEqualTo("三、本年度办理结果/（三）不予公开/1.属于国家秘密");
        assertThat(rows2019.get(3).name()).isEqualTo("三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(rows2019.get(12).name()).isEqualTo("三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息");
        assertThat(rows2019.get(20).name()).isEqualTo("三、本年度办理结果/（六）其他处理");
        assertThat(rows2021.get(21).name()).isEqualTo("三、本年度办理结果/（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        assertThat(rows2021.get(22).name()).isEqualTo("三、本年度办理结果/（六）其他处理/3.其他");
        assertThat(rows2021.get(23).name()).isEqualTo("三、本年度办理结果/（七）总计");
        assertThat(ReportFormat.forYear(2019)).isEqualTo(ReportFormat.GUOBAN_2019_60);
        assertThat(ReportFormat.forYear(2021)).isEqualTo(ReportFormat.GUOBAN_2021_30);
        assertThat(ReportFormat.TABLE3_COLUMNS.get(1)).isEqualTo("法人或其他组织/商业企业");
    }

    @Test
    void format2021CountsDocumentsInForceAndFeesInTenThousands() {
        List<DisclosureEntry> register = List.of(
                new DisclosureEntry(RegisterKind.NORMATIVE_DOCUMENT, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 2), null, 1, null),
                new DisclosureEntry(RegisterKind.NORMATIVE_DOCUMENT, LocalDate.of(2020, 4, 1), null, LocalDate.of(2022, 3, 1), 1, null),
                new DisclosureEntry(RegisterKind.NORMATIVE_DOCUMENT, LocalDate.of(2022, 4, 1), null, null, 1, null),
                new DisclosureEntry(RegisterKind.FEE_COLLECTED, LocalDate.of(2022, 4, 1), null, null, 1, new BigDecimal("12345")),
                new DisclosureEntry(RegisterKind.PENALTY_DECISIONS, LocalDate.of(2022, 5, 1), null, null, 7, null));
        List<AnnualReport.Table2Section> t2 = ReportBuilder.table2(ReportFormat.GUOBAN_2021_30, register,
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        assertThat(longs(t2.get(0).rows().get(1).cells())).containsExactly(1L, 1L, 2L);
        assertThat(t2.get(0).rows().get(1).name()).isEqualTo("行政规范性文件");
        assertThat(t2.get(2).rows().get(0).cells().getFirst()).isEqualByComparingTo("7");
        assertThat(t2.get(3).rows().get(0).cells().getFirst()).isEqualByComparingTo("1.2345");
        assertThat(t2).hasSize(4);
    }

    static List<Long> longs(List<BigDecimal> cells) {
        return cells.stream().map(c -> c == null ? null : c.longValueExact()).toList();
    }
}
