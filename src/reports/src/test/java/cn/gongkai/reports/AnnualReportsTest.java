package cn.gongkai.reports;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.Finding;
import cn.gongkai.persistence.application.ApplicationStore;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.reports.render.DocxReport;
import cn.gongkai.reports.render.HtmlReport;
import cn.gongkai.reports.render.MarkdownReport;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AnnualReportsTest {
    /** The seed report's table 三 (2019 format, 23 rows): natural persons' column and 总计; all other cells 0. */
    static final String[] TABLE3_SEED = {
            "3,0,0,0,0,0,3", "0,0,0,0,0,0,0", "1,0,0,0,0,0,1", "0,0,0,0,0,0,0",
            "0,0,0,0,0,0,0", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0",
            "0,0,0,0,0,0,0", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0",
            "2,0,0,0,0,0,2", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0",
            "0,0,0,0,0,0,0", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0", "0,0,0,0,0,0,0",
            "0,0,0,0,0,0,0", "3,0,0,0,0,0,3", "0,0,0,0,0,0,0"};
    /** Its table 二, block by block (rows separated by ;). */
    static final String[] TABLE2_SEED = {"0,0,0;0,0,0", "0,11,11;0,0,0", "0,0,0;0,0,0", "0,0", "9,2232951"};
    static final String TABLE4_SEED = "1,0,0,0,1,0,0,0,0,0,0,0,0,0,0";

    @Inject
    AnnualReports reports;
    @Inject
    Registers registers;
    @Inject
    ApplicationStore store;

    static String cells(List<BigDecimal> cells) {
        return String.join(",", cells.stream().map(c -> c == null ? "null" : c.toPlainString()).toList());
    }

    @Test
    void theSeedReportComesOutOfTheRecordedDataCellForCell() throws Exception {
        String agency = SeedData.record(store, registers);

        AnnualReports.Generated generated = reports.generate(agency, 2020, null, "clerk-zhao");
        AnnualReport report = generated.report();

        assertThat(report.format()).isEqualTo("2019-60");
        assertThat(report.agency()).isEqualTo(SeedData.AGENCY_NAME);
        assertThat(report.table3()).hasSize(TABLE3_SEED.length);
        for (int i = 0; i < TABLE3_SEED.length; i++) {
            assertThat(cells(report.table3().get(i).cells())).as(report.table3().get(i).name()).isEqualTo(TABLE3_SEED[i]);
        }
        for (int b = 0; b < TABLE2_SEED.length; b++) {
            String[] rows = TABLE2_SEED[b].split(";");
            assertThat(report.table2().get(b).rows()).hasSize(rows.length);
            for (int r = 0; r < rows.length; r++) {
                assertThat(cells(report.table2().get(b).rows().get(r).cells())).as(report.table2().get(b).item()).isEqualTo(rows[r]);
            }
        }
        assertThat(cells(report.table4())).isEqualTo(TABLE4_SEED);
        assertThat(report.documents().proactiveRate()).isEqualByComparingTo("84.38");
        assertThat(report.previous().documents().proactive()).isEqualTo(18);
        assertThat(generated.findings()).extracting(Finding::code).containsOnly("TEXT_PLACEHOLDER");
        assertThat(generated.changes()).isEmpty();
        assertThat(generated.previousSnapshotId()).isNull();

        // staff put the seed's own sentence in section 一: its wrong 2019 rate is flagged; the change is shown
        reports.setText(agency, 2020, "一", "我办2020年度主动公开文件27件,依申请公开3件,不予公开2件,主动公开率为84.38%;"
                + "2019年度主动公开文件18件,依申请公开2件,不予公开2件,主动公开率为81.18%。", "clerk-zhao");
        AnnualReports.Generated again = reports.generate(agency, 2020, null, "clerk-zhao");
        assertThat(again.findings()).filteredOn(f -> f.severity() == Finding.Severity.ERROR).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TEXT_RATE_ARITHMETIC");
            assertThat(f.expected()).startsWith("81.82%");
            assertThat(f.found()).isEqualTo("81.18%");
        });
        assertThat(again.previousSnapshotId()).isEqualTo(generated.snapshotId());
        assertThat(again.changes()).extracting(c -> c.location()).containsExactly("正文/一");
        assertThat(reports.snapshots(agency, 2020)).hasSize(2);
        assertThat(reports.snapshot(agency, generated.snapshotId())).isEqualTo(report);

        // the outputs: HTML in the official layout, Markdown, Word read back with POI
        String html = HtmlReport.render(report);
        assertThat(html).contains("<th rowspan=\"20\">三、本年度办理结果</th>").contains("<th rowspan=\"8\">（三）不予公开</th>")
                .contains(">2,232,951</td>").contains("国办公开办函〔2019〕60号");
        String md = MarkdownReport.render(report);
        assertThat(md).contains("| 三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |")
                .contains("| 政府集中采购 | 9 | 2,232,951 |");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReport.render(again.report())))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            XWPFTable t3 = tables.get(1);
            assertThat(t3.getNumberOfRows()).isEqualTo(3 + 23);
            for (int i = 0; i < TABLE3_SEED.length; i++) {
                String[] expected = TABLE3_SEED[i].split(",");
                var row = t3.getRow(3 + i);
                for (int c = 0; c < 7; c++) {
                    assertThat(row.getCell(3 + c).getText()).as("docx 表三 row %d col %d", i, c).isEqualTo(expected[c]);
                }
            }
            assertThat(t3.getRow(3 + 12).getCell(2).getText()).isEqualTo("1.本机关不掌握相关政府信息");
            // merged cells as in the official layout: every grid position a cell, the covered ones continuing
            assertThat(t3.getRow(1).getCell(0).getText()).isEqualTo("申请人情况");
            var applicant = t3.getRow(1).getCell(0).getCTTc().getTcPr();
            assertThat(applicant.getHMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(applicant.getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            var covered = t3.getRow(2).getCell(1).getCTTc().getTcPr();
            assertThat(covered.getHMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(covered.getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(t3.getRow(2).getCell(1).getText()).isEmpty();
            assertThat(t3.getRow(0).getCell(9).getCTTc().getTcPr().getHMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            XWPFTable t2 = tables.getFirst();
            assertThat(Arrays.asList(t2.getRow(t2.getNumberOfRows() - 1).getCell(0).getText(),
                    t2.getRow(t2.getNumberOfRows() - 1).getCell(1).getText(),
                    t2.getRow(t2.getNumberOfRows() - 1).getCell(2).getText())).containsExactly("政府集中采购", "9", "2,232,951");
            XWPFTable t4 = tables.get(2);
            assertThat(t4.getRow(3).getCell(0).getText()).isEqualTo("1");
            assertThat(t4.getRow(3).getCell(4).getText()).isEqualTo("1");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("81.18%"));
        }
        // and the JSON reads back as the same report, which the standalone check finds the same error in
        AnnualReport read = ReportJson.read(new String(cn.gongkai.reports.render.ReportOutput.JSON.render(again.report()),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(again.report());
        assertThat(reports.check(read)).extracting(Finding::code).contains("TEXT_RATE_ARITHMETIC");
    }

    @Test
    void theNextYearsReportIsIn2021FormatAndCarriesInWhatWasOpen() throws Exception {
        String agency = SeedData.agency("某区司法局");
        var open = SeedData.received(store, agency, ApplicantKind.LEGAL_SERVICE_INSTITUTION, "2021-12-20");
        SeedData.replied(store, SeedData.received(store, agency, ApplicantKind.NATURAL_PERSON, "2021-05-10"), "2021-05-20",
                Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
        registers.recordDisclosure(agency, new Registers.DisclosureInput("NORMATIVE_DOCUMENT", "规范性文件一", "某司规〔2021〕1号",
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), null, null, null), "clerk");
        AnnualReports.Generated y2021 = reports.generate(agency, 2021, null, "clerk");
        assertThat(y2021.report().format()).isEqualTo("2021-30");
        assertThat(y2021.report().table3()).hasSize(25);
        assertThat(cells(y2021.report().table3().getLast().cells())).isEqualTo("0,0,0,0,1,0,1");

        SeedData.replied(store, open, "2022-01-10", Outcome.OTHER);
        registers.recordDisclosure(agency, new Registers.DisclosureInput("NORMATIVE_DOCUMENT", "规范性文件二", "某司规〔2022〕1号",
                LocalDate.of(2022, 3, 1), null, null, null, null), "clerk");
        registers.recordDisclosure(agency, new Registers.DisclosureInput("FEE_COLLECTED", "行政事业性收费", null,
                LocalDate.of(2022, 6, 1), null, null, null, new BigDecimal("25000")), "clerk");
        AnnualReports.Generated y2022 = reports.generate(agency, 2022, null, "clerk");
        AnnualReport r = y2022.report();
        assertThat(r.previous().source()).isEqualTo("snapshot");
        assertThat(cells(r.table3().get(1).cells())).isEqualTo("0,0,0,0,1,0,1");
        assertThat(cells(r.table3().get(22).cells())).as("（六）其他处理/3.其他").isEqualTo("0,0,0,0,1,0,1");
        assertThat(cells(r.table2().getFirst().rows().get(1).cells())).isEqualTo("1,0,2");
        assertThat(cells(r.table2().get(3).rows().getFirst().cells())).isEqualTo("2.5");
        assertThat(y2022.findings()).extracting(Finding::code).containsOnly("TEXT_PLACEHOLDER");
        assertThat(r.sections().get("六")).isEqualTo("本年度未收取信息处理费。");
        assertThat(r.sections().get("一")).contains("上年结转1件").contains("其他处理1件");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReport.render(r)))) {
            XWPFTable t3 = doc.getTables().get(1);
            assertThat(t3.getNumberOfRows()).isEqualTo(3 + 25);
            assertThat(t3.getRow(3 + 22).getCell(2).getText()).isEqualTo("3.其他");
            assertThat(t3.getRow(3 + 22).getCell(7).getText()).isEqualTo("1");
        }
        // the format can be overridden
        assertThat(reports.generate(agency, 2022, "2019-60", "clerk").report().table3()).hasSize(23);
        // a wrong figure in last year's frozen report shows as a carry-over error; the recorded data is not changed
        AnnualReport tampered = new AnnualReport(r.schema(), r.agency(), r.year(), r.format(), r.sections(), r.table2(),
                r.table3(), r.table4(), r.documents(), new AnnualReport.PreviousYear(
                List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                Map.of(), null, "given"));
        assertThat(reports.check(tampered)).extracting(Finding::code).contains("T3_CARRIED_IN");
    }

    @Test
    void aSummaryAddsUpItsAgencies() {
        String a = SeedData.agency("甲局");
        String b = SeedData.agency("乙局");
        SeedData.replied(store, SeedData.received(store, a, ApplicantKind.NATURAL_PERSON, "2023-03-01"), "2023-03-10", Outcome.DISCLOSED);
        SeedData.replied(store, SeedData.received(store, b, ApplicantKind.RESEARCH_INSTITUTION, "2023-03-01"), "2023-03-10", Outcome.DISCLOSED);
        SeedData.received(store, b, ApplicantKind.NATURAL_PERSON, "2023-12-28");
        registers.recordCase(b, new Registers.CaseInput("（2023）沪0107行初1号", "LITIGATION_DIRECT", "CORRECTED",
                LocalDate.of(2023, 4, 1), LocalDate.of(2023, 9, 1), null), "clerk");
        AnnualReport sum = reports.summary(List.of(b, a), "某区汇总", 2023, null, "head").report();
        assertThat(sum.agency()).isEqualTo("某区汇总");
        assertThat(cells(sum.table3().getFirst().cells())).isEqualTo("2,0,1,0,0,0,3");
        assertThat(cells(sum.table3().get(2).cells())).isEqualTo("1,0,1,0,0,0,2");
        assertThat(cells(sum.table3().getLast().cells())).isEqualTo("1,0,0,0,0,0,1");
        assertThat(cells(sum.table4())).isEqualTo("0,0,0,0,0,0,1,0,0,1,0,0,0,0,0");
        assertThat(reports.check(sum)).extracting(Finding::code).containsOnly("TEXT_PLACEHOLDER");
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        String agency = SeedData.agency("丙局");
        assertThatThrownBy(() -> registers.importDisclosures(agency, List.of(
                new Registers.DisclosureInput("PROCUREMENT", "x", null, LocalDate.of(2023, 1, 1), null, null, null, BigDecimal.ONE),
                new Registers.DisclosureInput("BRIBES", "x", null, LocalDate.of(2023, 1, 1), null, null, null, null)), "clerk"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_NOT_ALLOWED);
                    assertThat(e.field()).isEqualTo("entries[1].kind");
                });
        assertThat(registers.disclosures(agency, null)).isEmpty();
        assertThatThrownBy(() -> registers.recordDocument(agency, new Registers.DocumentInput("文", null, LocalDate.of(2023, 1, 1), "保密"), "c"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("attribute"));
        assertThatThrownBy(() -> registers.recordCase(agency, new Registers.CaseInput("1", "RECONSIDERATION", "UPHELD",
                LocalDate.of(2023, 5, 1), null, null), "c"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("decidedOn"));
        assertThatThrownBy(() -> reports.generate(agency, 2018, null, "c"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REPORT_YEAR_INVALID));
        assertThatThrownBy(() -> reports.generate(agency, 2023, "2007", "c"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("format"));
        assertThatThrownBy(() -> reports.generate("no-such-agency", 2023, null, "c"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AGENCY_NOT_FOUND));
        assertThatThrownBy(() -> ReportJson.read("{\"schema\":\"other\"}"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REPORT_JSON_INVALID));
        long id = registers.recordDocument(agency, new Registers.DocumentInput("文", null, LocalDate.of(2023, 1, 1), "主动公开"), "c").id();
        assertThatThrownBy(() -> registers.deleteDocument("another", id))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REPORT_ENTRY_NOT_FOUND));
        registers.deleteDocument(agency, id);
        assertThat(registers.documents(agency, 2023)).isEmpty();
    }
}
