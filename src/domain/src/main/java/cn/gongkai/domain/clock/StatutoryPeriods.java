package cn.gongkai.domain.clock;

/** The periods of the Regulation (2019), in working days. */
public final class StatutoryPeriods {
    /** Art. 30: tell the applicant what to supplement within 7 working days of receipt. */
    public static final int SUPPLEMENT_NOTICE = 7;
    /** Art. 33: reply within 20 working days of receipt. */
    public static final int REPLY = 20;
    /** Art. 33: an extension adds at most 20 working days. */
    public static final int MAX_EXTENSION = 20;
    /** Arts. 32 and 34: a third party or another agency has 15 working days to give its opinion. */
    public static final int CONSULTATION = 15;
    /** Art. 30 sets no figure for the applicant's supplement; the office names a reasonable date, by default this. */
    public static final int DEFAULT_SUPPLEMENT_REPLY = 15;
    /** The payment period the office names in a fee notice, by default this. */
    public static final int DEFAULT_FEE_PAYMENT = 20;

    private StatutoryPeriods() {
    }
}
