package cn.gongkai.reports;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.AnnualReport.PreviousYear;
import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.ApplicationTally;
import cn.gongkai.domain.report.Finding;
import cn.gongkai.domain.report.ReportBuilder;
import cn.gongkai.domain.report.ReportChecks;
import cn.gongkai.domain.report.ReportDiff;
import cn.gongkai.domain.report.ReportFormat;
import cn.gongkai.domain.report.ReportInputs;
import cn.gongkai.persistence.AgencyEntity;
import cn.gongkai.persistence.AgencyRepository;
import cn.gongkai.reports.store.ReportSnapshotEntity;
import cn.gongkai.reports.store.ReportTextEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates annual reports from the recorded data, checks them, and freezes each generated report as a snapshot
 * with its generation time; a regenerated report says what changed since the last snapshot. Last year's snapshot,
 * when there is one, is what the carry-over and in-force checks compare with.
 */
@ApplicationScoped
public class AnnualReports {
    public static final int FIRST_YEAR = 2019;

    @Inject
    ReportData data;
    @Inject
    AgencyRepository agencies;
    @Inject
    Clock clock;

    /**
     * A generated report.
     *
     * @param previousSnapshotId  the snapshot this one is compared with, null for the first
     * @param changes             what differs from it
     */
    public record Generated(AnnualReport report, List<Finding> findings, long snapshotId, Instant generatedAt,
                            Long previousSnapshotId, Instant previousGeneratedAt, List<ReportDiff.Change> changes) {
    }

    public record SnapshotView(long id, int year, String format, Instant generatedAt, String generatedBy) {
    }

    @Transactional
    public Generated generate(String agencyId, int year, String format, String by) {
        AgencyEntity agency = agency(agencyId);
        ReportFormat chosen = format(year, format);
        ReportInputs inputs = inputs(List.of(agencyId), agency.name, year, chosen, data.texts(agencyId, year), agencyId);
        return freeze(agencyId, ReportBuilder.build(inputs), by);
    }

    /** The same tables summed over a group of agencies (all of them when {@code agencyIds} is empty). */
    @Transactional
    public Generated summary(List<String> agencyIds, String name, int year, String format, String by) {
        List<String> ids = agencyIds == null || agencyIds.isEmpty()
                ? agencies.listByName().stream().map(a -> a.id).toList()
                : agencyIds.stream().distinct().sorted().toList();
        List<String> known = Panache.getEntityManager()
                .createQuery("select id from AgencyEntity where id in ?1", String.class).setParameter(1, ids).getResultList();
        ids.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(this::agency);
        if (ids.isEmpty()) {
            throw new DomainException("agencies", ErrorCode.FIELD_REQUIRED, "汇总的机关");
        }
        String scope = summaryScope(ids);
        String title = name == null || name.isBlank() ? "所属" + ids.size() + "个机关汇总" : name;
        ReportInputs inputs = inputs(ids, title, year, format(year, format), Map.of(), scope);
        return freeze(scope, ReportBuilder.build(inputs), by);
    }

    public List<Finding> check(AnnualReport report) {
        return ReportChecks.check(report);
    }

    /** Staff's own text for a section (一, 五 or 六) of the agency's year; blank text brings the draft back. */
    @Transactional
    public void setText(String agencyId, int year, String section, String text, String by) {
        agency(agencyId);
        checkYear(year);
        if (!AnnualReport.TEXT_SECTIONS.contains(section)) {
            throw new DomainException("section", ErrorCode.FIELD_NOT_ALLOWED, "正文部分", section);
        }
        if (text != null && text.length() > 20_000) {
            throw new DomainException("text", ErrorCode.FIELD_TOO_LONG, "正文", 20_000);
        }
        var em = Panache.getEntityManager();
        ReportTextEntity row = em.find(ReportTextEntity.class, new ReportTextEntity.Key(agencyId, year, section));
        if (text == null || text.isBlank()) {
            if (row != null) {
                em.remove(row);
            }
            return;
        }
        boolean fresh = row == null;
        if (fresh) {
            row = new ReportTextEntity();
            row.agencyId = agencyId;
            row.year = year;
            row.section = section;
        }
        row.body = text;
        row.writtenBy = by;
        row.writtenAt = Instant.now(clock);
        if (fresh) {
            em.persist(row);
        }
    }

    @Transactional
    public List<SnapshotView> snapshots(String agencyId, int year) {
        return Panache.getEntityManager().createQuery(
                        "from ReportSnapshotEntity where scope = ?1 and year = ?2 order by id", ReportSnapshotEntity.class)
                .setParameter(1, agencyId).setParameter(2, year).getResultList().stream()
                .map(s -> new SnapshotView(s.id, s.year, s.format, s.generatedAt, s.generatedBy)).toList();
    }

    /** A frozen report, as it was generated. */
    @Transactional
    public AnnualReport snapshot(String agencyId, long id) {
        ReportSnapshotEntity s = Panache.getEntityManager().find(ReportSnapshotEntity.class, id);
        if (s == null || !s.scope.equals(agencyId)) {
            throw new DomainException("snapshotId", ErrorCode.REPORT_ENTRY_NOT_FOUND);
        }
        return ReportJson.read(s.data);
    }

    private ReportInputs inputs(List<String> ids, String name, int year, ReportFormat format, Map<String, String> texts,
                                String scope) {
        ApplicationTally tally = data.applications(ids, year);
        return new ReportInputs(name, year, format, tally, data.register(ids, year), data.cases(ids, year),
                data.documents(ids, year), data.fees(ids, year), texts, previous(ids, scope, year));
    }

    /** Last year's frozen report if there is one; otherwise last year's recorded documents and in-force counts. */
    private PreviousYear previous(List<String> ids, String scope, int year) {
        ReportSnapshotEntity last = latest(scope, year - 1);
        if (last != null) {
            AnnualReport report = ReportJson.read(last.data);
            List<BigDecimal> carriedOut = report.table3().isEmpty() ? null : report.table3().getLast().cells();
            Map<String, BigDecimal> inForce = null;
            if (ReportFormat.GUOBAN_2021_30.code().equals(report.format())) {
                inForce = new LinkedHashMap<>();
                for (String row : List.of("规章", "行政规范性文件")) {
                    Row r = report.table2Row("第二十条第（一）项", row);
                    if (r != null && r.cells().size() == 3 && r.cells().get(2) != null) {
                        inForce.put(row, r.cells().get(2));
                    }
                }
            }
            return new PreviousYear(carriedOut, inForce, report.documents(), "snapshot");
        }
        if (year - 1 < FIRST_YEAR - 1) {
            return null;
        }
        Map<String, BigDecimal> inForce = new LinkedHashMap<>();
        ReportBuilder.table2(ReportFormat.GUOBAN_2021_30, data.register(ids, year - 1), LocalDate.of(year - 1, 1, 1),
                        LocalDate.of(year - 1, 12, 31)).getFirst().rows()
                .forEach(r -> inForce.put(r.name(), r.cells().get(2)));
        return new PreviousYear(null, inForce, data.documents(ids, year - 1), "recorded");
    }

    private Generated freeze(String scope, AnnualReport report, String by) {
        List<Finding> findings = ReportChecks.check(report);
        ReportSnapshotEntity before = latest(scope, report.year());
        ReportSnapshotEntity s = new ReportSnapshotEntity();
        s.scope = scope;
        s.year = report.year();
        s.format = report.format();
        s.generatedAt = Instant.now(clock);
        s.generatedBy = by;
        s.data = ReportJson.write(report);
        Panache.getEntityManager().persist(s);
        Panache.getEntityManager().flush();
        List<ReportDiff.Change> changes = before == null ? List.of() : ReportDiff.between(ReportJson.read(before.data), report);
        return new Generated(report, findings, s.id, s.generatedAt, before == null ? null : before.id,
                before == null ? null : before.generatedAt, changes);
    }

    private ReportSnapshotEntity latest(String scope, int year) {
        return Panache.getEntityManager().createQuery(
                        "from ReportSnapshotEntity where scope = ?1 and year = ?2 order by id desc", ReportSnapshotEntity.class)
                .setParameter(1, scope).setParameter(2, year).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private AgencyEntity agency(String id) {
        if (id == null || id.isBlank()) {
            throw new DomainException("agency", ErrorCode.FIELD_REQUIRED, "机关");
        }
        AgencyEntity agency = agencies.findById(id);
        if (agency == null) {
            throw new DomainException("agency", ErrorCode.AGENCY_NOT_FOUND, id);
        }
        return agency;
    }

    private ReportFormat format(int year, String code) {
        checkYear(year);
        if (code == null || code.isBlank()) {
            return ReportFormat.forYear(year);
        }
        return ReportFormat.ofCode(code).orElseThrow(() -> new DomainException("format", ErrorCode.FIELD_NOT_ALLOWED, "报告格式", code));
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > ChinaTime.today(clock).getYear()) {
            throw new DomainException("year", ErrorCode.REPORT_YEAR_INVALID, String.valueOf(year));
        }
    }

    static String summaryScope(List<String> sortedIds) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\n", sortedIds).getBytes(StandardCharsets.UTF_8));
            return "summary:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
