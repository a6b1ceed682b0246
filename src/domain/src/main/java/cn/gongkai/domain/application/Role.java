package cn.gongkai.domain.application;

/** Who may act. Only the head of the disclosure office may approve an extension (Art. 33). */
public enum Role {
    APPLICANT("申请人"),
    CLERK("经办人"),
    OFFICE_HEAD("政府信息公开工作机构负责人"),
    SYSTEM("系统");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
