package cn.gongkai.domain.report;

import java.time.LocalDate;

/**
 * An administrative reconsideration or lawsuit about the agency's disclosure work, for table 四. A case counts in
 * the year it was filed; its result counts if it was decided by the year's end, otherwise it is 尚未审结.
 */
public record ReviewCase(Kind kind, Result result, LocalDate filedOn, LocalDate decidedOn) {

    public enum Kind {
        RECONSIDERATION("行政复议"),
        LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）"),
        LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public enum Result {
        UPHELD("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果"), PENDING("尚未审结");

        private final String displayName;

        Result(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** The result as it stood at the end of the given day. */
    public Result resultAsOf(LocalDate day) {
        return result == Result.PENDING || decidedOn == null || decidedOn.isAfter(day) ? Result.PENDING : result;
    }
}
