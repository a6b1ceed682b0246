package cn.gongkai.domain.clock;

/** How an application arrived, which decides its date of receipt (Art. 31). */
public enum Channel {
    IN_PERSON("当面提交", "申请人提交政府信息公开申请之日", false),
    ORAL("口头提出（工作人员代为填写）", "申请人提出申请之日", false),
    REGISTERED_POST("邮政挂号/特快专递", "行政机关签收之日", false),
    ORDINARY_LETTER("平常信函", "政府信息公开工作机构与申请人确认之日", true),
    ONLINE("互联网渠道", "双方确认之日", true),
    FAX("传真", "双方确认之日", true);

    private final String displayName;
    private final String receiptRule;
    private final boolean needsConfirmation;

    Channel(String displayName, String receiptRule, boolean needsConfirmation) {
        this.displayName = displayName;
        this.receiptRule = receiptRule;
        this.needsConfirmation = needsConfirmation;
    }

    public String displayName() {
        return displayName;
    }

    /** Art. 31's rule for this channel, in its words. */
    public String receiptRule() {
        return receiptRule;
    }

    /** Whether receipt waits for a confirmation between the office and the applicant. */
    public boolean needsConfirmation() {
        return needsConfirmation;
    }
}
