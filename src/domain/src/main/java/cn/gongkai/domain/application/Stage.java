package cn.gongkai.domain.application;

/** Where an application stands in its life (Arts. 30–36). */
public enum Stage {
    AWAITING_CONFIRMATION("待确认收到"),
    RECEIVED("办理中"),
    AWAITING_SUPPLEMENT("待补正"),
    CONSULTING("征求意见中"),
    EXTENDED("已延期办理"),
    AWAITING_FEE("待缴费"),
    REPLIED("已答复"),
    WITHDRAWN("已撤回"),
    ABANDONED("视为放弃申请");

    private final String displayName;

    Stage(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isOpen() {
        return this != REPLIED && this != WITHDRAWN && this != ABANDONED;
    }
}
