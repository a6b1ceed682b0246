package cn.gongkai.domain.clock;

/** The statutory time limits of an application, each with the article it comes from. */
public enum DeadlineKind {
    SUPPLEMENT_NOTICE("补正告知期限", "条例第三十条"),
    SUPPLEMENT_REPLY("申请人补正期限", "条例第三十条"),
    REPLY("答复期限", "条例第三十三条第二款"),
    EXTENDED_REPLY("延长后答复期限", "条例第三十三条第二款"),
    CONSULTATION("征求意见期限", "条例第三十二条、第三十四条"),
    FEE_PAYMENT("缴费期限", "国办函〔2020〕109号");

    private final String displayName;
    private final String basis;

    DeadlineKind(String displayName, String basis) {
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
