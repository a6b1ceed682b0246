package cn.gongkai.domain.fee;

/**
 * The per-item information processing fee of 国办函〔2020〕109号 Art. 4 (按件计收), progressive over one applicant's
 * applications to one agency in one calendar month: items 1–10 free, 11–30 at 100 元, and from the 31st each band of
 * 10 items costs 100 元 more per item than the band before (31–40 at 200 元, 41–50 at 300 元, ...).
 */
public final class ProcessingFeeSchedule {
    public static final int FREE_ITEMS_PER_MONTH = 10;
    private static final int FIRST_PAID_BAND_END = 30;
    private static final int BAND = 10;
    private static final long STEP_YUAN = 100;

    private ProcessingFeeSchedule() {
    }

    /** The fee, in yuan, for the n-th application (1-based) of an applicant in a calendar month. */
    public static long feeForNth(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        if (n <= FREE_ITEMS_PER_MONTH) {
            return 0;
        }
        if (n <= FIRST_PAID_BAND_END) {
            return STEP_YUAN;
        }
        int band = (n - FIRST_PAID_BAND_END + BAND - 1) / BAND;
        return STEP_YUAN * (1 + band);
    }

    /** The fee for the items numbered {@code from}..{@code to} (inclusive) of one month: one application split into items. */
    public static long feeForItems(int from, int to) {
        long total = 0;
        for (int n = from; n <= to; n++) {
            total += feeForNth(n);
        }
        return total;
    }
}
