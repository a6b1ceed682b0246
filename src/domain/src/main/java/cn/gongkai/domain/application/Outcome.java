package cn.gongkai.domain.application;

/**
 * How an application ended: exactly one row of the annual report's table 三, part 三. The three 其他处理 rows are the
 * 2021 format's (国办公开办函〔2021〕30号); the 2019 format counts all three in its single （六）其他处理 row.
 */
public enum Outcome {
    DISCLOSED(OutcomeGroup.DISCLOSED, "予以公开", "条例第三十六条第（一）（二）项"),
    PARTIALLY_DISCLOSED(OutcomeGroup.PARTIALLY_DISCLOSED, "部分公开", "条例第三十七条"),
    WITHHELD_STATE_SECRET(OutcomeGroup.WITHHELD, "属于国家秘密", "条例第十四条"),
    WITHHELD_PROHIBITED_BY_LAW(OutcomeGroup.WITHHELD, "其他法律行政法规禁止公开", "条例第十四条"),
    WITHHELD_SECURITY_AND_STABILITY(OutcomeGroup.WITHHELD, "危及“三安全一稳定”", "条例第十四条"),
    WITHHELD_THIRD_PARTY_RIGHTS(OutcomeGroup.WITHHELD, "保护第三方合法权益", "条例第十五条"),
    WITHHELD_INTERNAL_AFFAIRS(OutcomeGroup.WITHHELD, "属于三类内部事务信息", "条例第十六条第一款"),
    WITHHELD_PROCESS_INFORMATION(OutcomeGroup.WITHHELD, "属于四类过程性信息", "条例第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILE(OutcomeGroup.WITHHELD, "属于行政执法案卷", "条例第十六条第二款"),
    WITHHELD_ADMINISTRATIVE_QUERY(OutcomeGroup.WITHHELD, "属于行政查询事项", "条例第三十六条第（七）项"),
    UNAVAILABLE_NOT_HELD(OutcomeGroup.UNAVAILABLE, "本机关不掌握相关政府信息", "条例第三十六条第（四）（五）项"),
    UNAVAILABLE_NEEDS_CREATION(OutcomeGroup.UNAVAILABLE, "没有现成信息需要另行制作", "条例第三十八条"),
    UNAVAILABLE_STILL_UNCLEAR(OutcomeGroup.UNAVAILABLE, "补正后申请内容仍不明确", "条例第三十条"),
    NOT_HANDLED_PETITION(OutcomeGroup.NOT_HANDLED, "信访举报投诉类申请", "条例第三十九条第一款"),
    NOT_HANDLED_REPEATED(OutcomeGroup.NOT_HANDLED, "重复申请", "条例第三十六条第（六）项"),
    NOT_HANDLED_PUBLICATION(OutcomeGroup.NOT_HANDLED, "要求提供公开出版物", "条例第三十九条第二款"),
    NOT_HANDLED_EXCESSIVE(OutcomeGroup.NOT_HANDLED, "无正当理由大量反复申请", "条例第三十五条"),
    NOT_HANDLED_CONFIRMATION(OutcomeGroup.NOT_HANDLED, "要求行政机关确认或重新出具已获取信息", "条例第三十九条第二款"),
    OTHER_SUPPLEMENT_OVERDUE(OutcomeGroup.OTHER, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "条例第三十条"),
    OTHER_FEE_UNPAID(OutcomeGroup.OTHER, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "条例第四十二条"),
    OTHER(OutcomeGroup.OTHER, "其他", "");

    private final OutcomeGroup group;
    private final String displayName;
    private final String basis;

    Outcome(OutcomeGroup group, String displayName, String basis) {
        this.group = group;
        this.displayName = displayName;
        this.basis = basis;
    }

    public OutcomeGroup group() {
        return group;
    }

    public String displayName() {
        return displayName;
    }

    public String basis() {
        return basis;
    }

    /** Whether staff can choose this outcome in a reply; abandonment and non-payment have their own actions. */
    public boolean isReply() {
        return this != OTHER_SUPPLEMENT_OVERDUE && this != OTHER_FEE_UNPAID;
    }
}
