package cn.gongkai.domain.submission;

/** The identity documents a natural person may show (Art. 29 身份证明). */
public enum IdDocumentType {
    RESIDENT_ID("居民身份证"),
    PASSPORT("护照"),
    HK_MACAO_PERMIT("港澳居民来往内地通行证"),
    TAIWAN_PERMIT("台湾居民来往大陆通行证"),
    FOREIGNER_PERMANENT_RESIDENCE("外国人永久居留身份证"),
    OTHER("其他有效身份证件");

    private final String displayName;

    IdDocumentType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
