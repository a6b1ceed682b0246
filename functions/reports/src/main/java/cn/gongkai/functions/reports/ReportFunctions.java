package cn.gongkai.functions.reports;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.Finding;
import cn.gongkai.domain.report.ReportDiff;
import cn.gongkai.functions.common.security.Staff;
import cn.gongkai.reports.AnnualReports;
import cn.gongkai.reports.Registers;
import cn.gongkai.reports.ReportJson;
import cn.gongkai.reports.render.ReportOutput;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The annual report for staff: generate (frozen as a snapshot, with what changed since the last one), render as
 * HTML, Markdown, JSON or Word, check any report's JSON, write the text sections, summarise a group of agencies,
 * and keep the registers the report reads. Every function acts within the token's agency (a summary, office
 * heads only, over the agencies named).
 */
public class ReportFunctions {
    @Inject
    AnnualReports reports;
    @Inject
    Registers registers;
    @Inject
    Staff staff;

    public record GenerateRequest(Integer year, String format, String output) {
    }

    public record SummaryRequest(Integer year, List<String> agencies, String name, String format, String output) {
    }

    public record Rendered(String output, String mediaType, String encoding, String fileName, String content) {
    }

    public record GeneratedView(long snapshotId, Instant generatedAt, Long previousSnapshotId, Instant previousGeneratedAt,
                                List<ReportDiff.Change> changes, List<Finding> findings, AnnualReport report,
                                Rendered rendered) {
    }

    public record CheckResult(boolean ok, int errors, int warnings, List<Finding> findings) {
        public static CheckResult of(List<Finding> findings) {
            int errors = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            int warnings = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
            return new CheckResult(errors == 0, errors, warnings, findings);
        }
    }

    public record TextRequest(Integer year, String section, String text) {
    }

    public record YearRequest(Integer year) {
    }

    public record IdRequest(Long id) {
    }

    public record SnapshotRequest(Long snapshotId, String output) {
    }

    public record DisclosureImport(List<Registers.DisclosureInput> entries) {
    }

    public record DocumentImport(List<Registers.DocumentInput> documents) {
    }

    @Funq("staff-report-generate")
    public GeneratedView generate(GenerateRequest request) {
        Actor actor = staff.actor();
        GenerateRequest r = required(request);
        return view(reports.generate(staff.agency(), year(r.year()), r.format(), actor.id()), r.output());
    }

    @Funq("staff-report-summary")
    public GeneratedView summary(SummaryRequest request) {
        Actor actor = officeHead();
        SummaryRequest r = required(request);
        return view(reports.summary(r.agencies(), r.name(), year(r.year()), r.format(), actor.id()), r.output());
    }

    @Funq("staff-report-check")
    public CheckResult check(JsonNode report) {
        staff.actor();
        return CheckResult.of(reports.check(ReportJson.read(report)));
    }

    /** Staff's own text for section 一, 五 or 六; empty text brings the generated draft back. */
    @Funq("staff-report-text")
    public TextRequest text(TextRequest request) {
        Actor actor = staff.actor();
        TextRequest r = required(request);
        reports.setText(staff.agency(), year(r.year()), r.section(), r.text(), actor.id());
        return r;
    }

    @Funq("staff-report-snapshots")
    public List<AnnualReports.SnapshotView> snapshots(YearRequest request) {
        staff.actor();
        return reports.snapshots(staff.agency(), year(required(request).year()));
    }

    /** A frozen report, as it was generated, optionally rendered. */
    @Funq("staff-report-snapshot")
    public GeneratedView snapshot(SnapshotRequest request) {
        staff.actor();
        SnapshotRequest r = required(request);
        if (r.snapshotId() == null) {
            throw new DomainException("snapshotId", ErrorCode.FIELD_REQUIRED, "快照编号");
        }
        AnnualReport report = reports.snapshot(staff.agency(), r.snapshotId());
        return new GeneratedView(r.snapshotId(), null, null, null, List.of(), reports.check(report), report,
                render(report, r.output()));
    }

    // ---- registers

    @Funq("staff-report-disclosure-record")
    public Registers.DisclosureView recordDisclosure(Registers.DisclosureInput entry) {
        Actor actor = staff.actor();
        return registers.recordDisclosure(staff.agency(), required(entry), actor.id());
    }

    @Funq("staff-report-disclosure-import")
    public List<Registers.DisclosureView> importDisclosures(DisclosureImport request) {
        Actor actor = staff.actor();
        return registers.importDisclosures(staff.agency(), required(request).entries(), actor.id());
    }

    @Funq("staff-report-disclosures")
    public List<Registers.DisclosureView> disclosures(YearRequest request) {
        staff.actor();
        return registers.disclosures(staff.agency(), request == null ? null : request.year());
    }

    @Funq("staff-report-disclosure-delete")
    public List<Registers.DisclosureView> deleteDisclosure(IdRequest request) {
        officeHead();
        registers.deleteDisclosure(staff.agency(), id(request));
        return registers.disclosures(staff.agency(), null);
    }

    @Funq("staff-report-document-record")
    public Registers.DocumentView recordDocument(Registers.DocumentInput document) {
        Actor actor = staff.actor();
        return registers.recordDocument(staff.agency(), required(document), actor.id());
    }

    @Funq("staff-report-document-import")
    public List<Registers.DocumentView> importDocuments(DocumentImport request) {
        Actor actor = staff.actor();
        return registers.importDocuments(staff.agency(), required(request).documents(), actor.id());
    }

    @Funq("staff-report-documents")
    public List<Registers.DocumentView> documents(YearRequest request) {
        staff.actor();
        return registers.documents(staff.agency(), request == null ? null : request.year());
    }

    @Funq("staff-report-document-delete")
    public List<Registers.DocumentView> deleteDocument(IdRequest request) {
        officeHead();
        registers.deleteDocument(staff.agency(), id(request));
        return registers.documents(staff.agency(), null);
    }

    @Funq("staff-report-case-record")
    public Registers.CaseView recordCase(Registers.CaseInput reviewCase) {
        Actor actor = staff.actor();
        return registers.recordCase(staff.agency(), required(reviewCase), actor.id());
    }

    @Funq("staff-report-cases")
    public List<Registers.CaseView> cases(YearRequest request) {
        staff.actor();
        return registers.cases(staff.agency(), request == null ? null : request.year());
    }

    @Funq("staff-report-case-delete")
    public List<Registers.CaseView> deleteCase(IdRequest request) {
        officeHead();
        registers.deleteCase(staff.agency(), id(request));
        return registers.cases(staff.agency(), null);
    }

    // ---- helpers

    private GeneratedView view(AnnualReports.Generated g, String output) {
        return new GeneratedView(g.snapshotId(), g.generatedAt(), g.previousSnapshotId(), g.previousGeneratedAt(),
                g.changes(), g.findings(), g.report(), render(g.report(), output));
    }

    static Rendered render(AnnualReport report, String output) {
        if (output == null || output.isBlank()) {
            return null;
        }
        ReportOutput out = ReportOutput.parse(output);
        byte[] bytes = out.render(report);
        String fileName = report.year() + "年度政府信息公开工作年度报告." + out.extension();
        return out.binary()
                ? new Rendered(out.extension(), out.mediaType(), "base64", fileName, Base64.getEncoder().encodeToString(bytes))
                : new Rendered(out.extension(), out.mediaType(), "utf-8", fileName, new String(bytes, StandardCharsets.UTF_8));
    }

    private Actor officeHead() {
        Actor actor = staff.actor();
        if (actor.role() != Role.OFFICE_HEAD) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        return actor;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        return body;
    }

    private static int year(Integer year) {
        if (year == null) {
            throw new DomainException("year", ErrorCode.FIELD_REQUIRED, "报告年度");
        }
        return year;
    }

    private static long id(IdRequest request) {
        if (request == null || request.id() == null) {
            throw new DomainException("id", ErrorCode.FIELD_REQUIRED, "登记编号");
        }
        return request.id();
    }
}
