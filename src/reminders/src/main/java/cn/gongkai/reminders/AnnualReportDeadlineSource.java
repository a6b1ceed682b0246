package cn.gongkai.reminders;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Every agency publishes its annual report for year N by 1月31日 of N+1 (Art. 49). Warned before it like any deadline,
 * and escalated when missed; after {@value #OVERDUE_MONTHS} months the missed report is no longer scanned.
 */
@ApplicationScoped
public class AnnualReportDeadlineSource implements DeadlineSource {
    static final MonthDay DUE = MonthDay.of(1, 31);
    static final int OVERDUE_MONTHS = 2;

    @Override
    @Transactional
    public List<DueDeadline> dueBy(LocalDate asOf, LocalDate horizon) {
        LocalDate due = DUE.atYear(horizon.getYear());
        if (due.isAfter(horizon) || asOf.isAfter(due.plusMonths(OVERDUE_MONTHS))) {
            return List.of();
        }
        int reportYear = due.getYear() - 1;
        List<String> agencies = Panache.getEntityManager().createQuery("select id from AgencyEntity order by id", String.class)
                .getResultList();
        return agencies.stream().map(agency -> new DueDeadline("annual-report:" + reportYear,
                reportYear + "年政府信息公开工作年度报告", agency, "ANNUAL_REPORT", "年度报告公布期限", "条例第四十九条", due)).toList();
    }
}
