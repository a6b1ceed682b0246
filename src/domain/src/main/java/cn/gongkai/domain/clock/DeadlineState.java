package cn.gongkai.domain.clock;

public enum DeadlineState {
    /** The period runs and its last day is known. */
    RUNNING("计时中"),
    /** A consultation is under way: the period stands still with some working days left. */
    PAUSED("暂停计算"),
    /** The period has not started: the office waits for the applicant's supplement. */
    WAITING("待补正后起算"),
    /** What the period limits has been done: the notice to supplement went out, or the supplement came. */
    MET("已完成");

    private final String displayName;

    DeadlineState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
