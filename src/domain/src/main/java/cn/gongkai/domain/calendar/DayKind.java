package cn.gongkai.domain.calendar;

/** Why a day is or is not a working day. */
public enum DayKind {
    WORKDAY("工作日", true),
    WEEKEND("周末", false),
    HOLIDAY("法定节假日", false),
    MAKE_UP_WORKDAY("调休上班日", true),
    CLOSURE("本机关停止办公", false);

    private final String displayName;
    private final boolean working;

    DayKind(String displayName, boolean working) {
        this.displayName = displayName;
        this.working = working;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isWorking() {
        return working;
    }
}
