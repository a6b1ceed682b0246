package cn.gongkai.domain.application;

/** The six applicant columns of the annual report's table 三. */
public enum ApplicantKind {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    SOCIAL_WELFARE_ORGANISATION("社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER_ORGANISATION("其他");

    private final String displayName;

    ApplicantKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }
}
