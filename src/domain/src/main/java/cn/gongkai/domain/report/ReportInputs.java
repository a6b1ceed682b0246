package cn.gongkai.domain.report;

import cn.gongkai.domain.report.AnnualReport.DocumentCounts;
import cn.gongkai.domain.report.AnnualReport.PreviousYear;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything one year's report is made from.
 *
 * @param agency            the agency's name (or the group's, for a summary)
 * @param year              the reporting year
 * @param format            the official format
 * @param applications      table 三's counts
 * @param register          the proactive disclosure register's entries (any year: the builder picks)
 * @param cases             reconsideration and litigation cases (any year)
 * @param documents         this year's own documents by disclosure attribute, null if none recorded
 * @param feesCollected     information processing fees collected this year (条例第四十二条), count and amount in 元
 * @param staffTexts        sections staff wrote themselves (一, 五, 六), replacing the drafts
 * @param previous          last year's report, when known
 */
public record ReportInputs(String agency, int year, ReportFormat format, ApplicationTally applications,
                           List<DisclosureEntry> register, List<ReviewCase> cases, DocumentCounts documents,
                           FeesCollected feesCollected, Map<String, String> staffTexts, PreviousYear previous) {

    public record FeesCollected(long applications, BigDecimal amountYuan) {
        public static final FeesCollected NONE = new FeesCollected(0, BigDecimal.ZERO);
    }
}
