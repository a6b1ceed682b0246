package cn.gongkai.domain.application;

/** What can be done to an application; each is recorded as an event. */
public enum Action {
    REGISTER("登记申请"),
    CONFIRM_RECEIPT("确认收到申请"),
    REQUEST_SUPPLEMENT("告知补正"),
    RECEIVE_SUPPLEMENT("收到补正材料"),
    START_CONSULTATION("征求意见"),
    END_CONSULTATION("征求意见结束"),
    EXTEND("延长答复期限"),
    ISSUE_FEE_NOTICE("发出收费通知"),
    RECORD_PAYMENT("确认已缴费"),
    MARK_FEE_UNPAID("逾期未缴费，不再处理"),
    REPLY("作出答复"),
    MARK_ABANDONED("视为放弃申请"),
    WITHDRAW("撤回申请");

    private final String displayName;

    Action(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
