package cn.gongkai.domain.submission;

/** The form the applicant wants the information in (Art. 29 (三)). */
public enum DeliveryForm {
    PAPER("纸质"),
    ELECTRONIC("电子");

    private final String displayName;

    DeliveryForm(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
