package cn.gongkai.domain.clock;

/** Consultations during which the reply period does not run (Art. 33, third paragraph). */
public enum PauseKind {
    THIRD_PARTY("征求第三方意见", "条例第三十二条"),
    OTHER_AGENCY("征求其他机关意见", "条例第三十四条"),
    /** From the fee notice to payment the reply period does not run (国办函〔2020〕109号). */
    FEE("收费通知后待缴费", "国办函〔2020〕109号");

    private final String displayName;
    private final String basis;

    PauseKind(String displayName, String basis) {
        this.displayName = displayName;
        this.basis = basis;
    }

    public String displayName() {
        return displayName;
    }

    public String basis() {
        return basis;
    }
}
