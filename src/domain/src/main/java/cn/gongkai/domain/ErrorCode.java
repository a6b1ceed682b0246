package cn.gongkai.domain;

/**
 * Stable error codes. Clients match on the code; the Chinese text comes from {@code messages.properties}.
 */
public enum ErrorCode {
    CALENDAR_DATA_INVALID,
    DATE_OUTSIDE_CALENDAR,
    INVALID_WORKING_DAYS,
    RESIDENT_ID_FORMAT,
    RESIDENT_ID_BIRTH_DATE,
    RESIDENT_ID_CHECK_DIGIT,
    CREDIT_CODE_FORMAT,
    CREDIT_CODE_CHECK_CHARACTER,
    ILLEGAL_TRANSITION,
    SUPPLEMENT_ALREADY_REQUESTED,
    SUPPLEMENT_NOTICE_TOO_LATE,
    SUPPLEMENT_DUE_BEFORE_REQUEST,
    SUPPLEMENT_NOT_OVERDUE,
    EXTENSION_ALREADY_GRANTED,
    EXTENSION_NEEDS_OFFICE_HEAD,
    EXTENSION_AFTER_DUE,
    OUTCOME_NOT_A_REPLY,
    DATE_BEFORE_PREVIOUS_STEP,
    DATE_IN_FUTURE,
    EXTENSION_DAYS_INVALID,
    REASON_REQUIRED;

    public String message(Object... args) {
        return Messages.format(name(), args);
    }
}
