package cn.gongkai.domain.application;

/** The numbered groups of table 三's part 三 (本年度办理结果). */
public enum OutcomeGroup {
    DISCLOSED("（一）予以公开"),
    PARTIALLY_DISCLOSED("（二）部分公开"),
    WITHHELD("（三）不予公开"),
    UNAVAILABLE("（四）无法提供"),
    NOT_HANDLED("（五）不予处理"),
    OTHER("（六）其他处理");

    private final String displayName;

    OutcomeGroup(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
