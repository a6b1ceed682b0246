package cn.gongkai.reports;

import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.report.AnnualReport.DocumentCounts;
import cn.gongkai.domain.report.ApplicationTally;
import cn.gongkai.domain.report.DisclosureAttribute;
import cn.gongkai.domain.report.DisclosureEntry;
import cn.gongkai.domain.report.RegisterKind;
import cn.gongkai.domain.report.ReportInputs.FeesCollected;
import cn.gongkai.domain.report.ReviewCase;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a year's report is made of, for one agency or many at once (a summary): one grouped query each over
 * the applications, the fees, the registers. Table 三's rule: an application counts if it was received by the
 * year's end and not closed before the year began; received this year = 一, earlier = 二; closed within the year =
 * its outcome row; still open at the year's end = 四. So 一 + 二 = 三（七） + 四 holds by construction.
 */
@ApplicationScoped
public class ReportData {

    /** Table 三's counts for the agencies together. */
    @Transactional
    public ApplicationTally applications(List<String> agencies, int year) {
        ApplicationTally tally = new ApplicationTally();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                        select applicant_kind, case when closed_on <= :to then outcome end as o,
                               count(*) filter (where received_on >= :from), count(*) filter (where received_on < :from),
                               count(*)
                        from application
                        where agency_id in (:agencies) and received_on <= :to and (closed_on is null or closed_on >= :from)
                        group by 1, 2""")
                .setParameter("agencies", agencies).setParameter("from", from).setParameter("to", to)
                .getResultList();
        for (Object[] row : rows) {
            ApplicantKind kind = ApplicantKind.valueOf((String) row[0]);
            tally.addReceived(kind, ((Number) row[2]).longValue());
            tally.addCarriedIn(kind, ((Number) row[3]).longValue());
            if (row[1] == null) {
                tally.addCarriedOut(kind, ((Number) row[4]).longValue());
            } else {
                tally.addClosed(kind, Outcome.valueOf((String) row[1]), ((Number) row[4]).longValue());
            }
        }
        return tally;
    }

    /** Information processing fees paid within the year: the amount of the fee notice each payment answered. */
    @Transactional
    public FeesCollected fees(List<String> agencies, int year) {
        Object[] row = (Object[]) em().createNativeQuery("""
                        select count(*), coalesce(sum(n.amount_yuan), 0)
                        from application a
                        join application_event p on p.application_id = a.id and p.action = 'RECORD_PAYMENT'
                             and p.effective_on between :from and :to
                        join lateral (select amount_yuan from application_event n
                                      where n.application_id = p.application_id and n.action = 'ISSUE_FEE_NOTICE'
                                        and n.sequence < p.sequence order by n.sequence desc limit 1) n on true
                        where a.agency_id in (:agencies)""")
                .setParameter("agencies", agencies)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult();
        return new FeesCollected(((Number) row[0]).longValue(), new BigDecimal(row[1].toString()));
    }

    /** The register's entries made by the year's end (earlier entries still count for what is in force). */
    @Transactional
    public List<DisclosureEntry> register(List<String> agencies, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                        select kind, on_date, published_on, end_on, quantity, amount_yuan from disclosure_entry
                        where agency_id in (:agencies) and on_date <= :to""")
                .setParameter("agencies", agencies).setParameter("to", LocalDate.of(year, 12, 31)).getResultList();
        List<DisclosureEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            entries.add(new DisclosureEntry(RegisterKind.valueOf((String) r[0]), date(r[1]), date(r[2]), date(r[3]),
                    ((Number) r[4]).longValue(), r[5] == null ? null : new BigDecimal(r[5].toString())));
        }
        return entries;
    }

    @Transactional
    public List<ReviewCase> cases(List<String> agencies, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                        select kind, result, filed_on, decided_on from review_case
                        where agency_id in (:agencies) and filed_on between :from and :to""")
                .setParameter("agencies", agencies)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
        return rows.stream().map(r -> new ReviewCase(ReviewCase.Kind.valueOf((String) r[0]),
                ReviewCase.Result.valueOf((String) r[1]), date(r[2]), date(r[3]))).toList();
    }

    /** The agencies' documents issued in the year by disclosure attribute; null if none was recorded. */
    @Transactional
    public DocumentCounts documents(List<String> agencies, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                        select attribute, count(*) from agency_document
                        where agency_id in (:agencies) and issued_on between :from and :to group by attribute""")
                .setParameter("agencies", agencies)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Map<DisclosureAttribute, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(DisclosureAttribute.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return new DocumentCounts(counts.getOrDefault(DisclosureAttribute.PROACTIVE, 0L),
                counts.getOrDefault(DisclosureAttribute.ON_APPLICATION, 0L),
                counts.getOrDefault(DisclosureAttribute.NOT_DISCLOSED, 0L));
    }

    /** The sections staff wrote for the agency's year, by section. */
    @Transactional
    public Map<String, String> texts(String agency, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery(
                        "select section, body from annual_report_text where agency_id = :agency and year = :year")
                .setParameter("agency", agency).setParameter("year", year).getResultList();
        Map<String, String> texts = new HashMap<>();
        rows.forEach(r -> texts.put((String) r[0], (String) r[1]));
        return texts;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
