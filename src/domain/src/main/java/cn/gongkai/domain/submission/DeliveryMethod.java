package cn.gongkai.domain.submission;

/** How the applicant wants to obtain the information (Art. 29 (三)). */
public enum DeliveryMethod {
    POST("邮寄"),
    EMAIL("电子邮件"),
    COLLECT("当面领取"),
    ONLINE("网上获取");

    private final String displayName;

    DeliveryMethod(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
