package cn.gongkai.domain.submission;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.Messages;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.identity.ResidentIdNumber;
import cn.gongkai.domain.identity.UnifiedSocialCreditCode;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a submission against Art. 29: who applies (name, identity document, contact), what is asked for (a
 * description specific enough to search by) and in what form. The first fault found is reported, with its field.
 */
public final class SubmissionValidator {
    static final int NAME_MAX = 100;
    static final int SHORT_TEXT_MAX = 200;
    static final int DESCRIPTION_MIN = 5;
    static final int DESCRIPTION_MAX = 2000;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9]{4,40}");

    private SubmissionValidator() {
    }

    public static ValidSubmission validate(SubmissionForm form, LocalDate today) {
        String agencyId = required("agencyId", form.agencyId(), 64);
        ApplicantKind kind = choice("applicantKind", form.applicantKind(), ApplicantKind.class);
        String name = required("name", form.name(), NAME_MAX);
        IdDocumentType idType;
        String idNumber;
        String legalRepresentative = optional("legalRepresentative", form.legalRepresentative(), NAME_MAX);
        if (kind.isOrganisation()) {
            idType = null;
            required("creditCode", form.creditCode(), 18 * 2);
            idNumber = withField("creditCode", () -> UnifiedSocialCreditCode.parse(form.creditCode()).value());
        } else {
            idType = form.idType() == null || form.idType().isBlank() ? IdDocumentType.RESIDENT_ID
                    : choice("idType", form.idType(), IdDocumentType.class);
            required("idNumber", form.idNumber(), 40);
            idNumber = idType == IdDocumentType.RESIDENT_ID
                    ? withField("idNumber", () -> ResidentIdNumber.parse(form.idNumber(), today).value())
                    : otherDocumentNumber(form.idNumber());
        }
        String contactPerson = optional("contactPerson", form.contactPerson(), NAME_MAX);
        String phone = required("phone", form.phone(), 30).replace(" ", "");
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            throw new DomainException("phone", ErrorCode.PHONE_INVALID);
        }
        String email = optional("email", form.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new DomainException("email", ErrorCode.EMAIL_INVALID);
        }
        String address = optional("address", form.address(), SHORT_TEXT_MAX);
        String postcode = optional("postcode", form.postcode(), 6);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            throw new DomainException("postcode", ErrorCode.POSTCODE_INVALID);
        }
        String description = multiline("description", form.description());
        String documentTitle = optional("documentTitle", form.documentTitle(), SHORT_TEXT_MAX);
        String documentNumber = optional("documentNumber", form.documentNumber(), NAME_MAX);
        String purpose = optional("purpose", form.purpose(), SHORT_TEXT_MAX);
        DeliveryForm deliveryForm = choice("deliveryForm", form.deliveryForm(), DeliveryForm.class);
        DeliveryMethod deliveryMethod = choice("deliveryMethod", form.deliveryMethod(), DeliveryMethod.class);
        if (deliveryMethod == DeliveryMethod.POST && address == null) {
            throw new DomainException("address", ErrorCode.ADDRESS_REQUIRED_FOR_POST);
        }
        if (deliveryMethod == DeliveryMethod.EMAIL && email == null) {
            throw new DomainException("email", ErrorCode.EMAIL_REQUIRED_FOR_EMAIL);
        }
        return new ValidSubmission(agencyId, kind, name, idType, idNumber, legalRepresentative, contactPerson, phone,
                email, address, postcode, description, documentTitle, documentNumber, purpose, deliveryForm,
                deliveryMethod);
    }

    /** A free-text answer such as a supplement: required, multi-line, bounded. */
    public static String multiline(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new DomainException(field, ErrorCode.FIELD_REQUIRED, label(field));
        }
        if (text.codePointCount(0, text.length()) > DESCRIPTION_MAX) {
            throw new DomainException(field, ErrorCode.FIELD_TOO_LONG, label(field), DESCRIPTION_MAX);
        }
        if (text.codePointCount(0, text.length()) < DESCRIPTION_MIN) {
            throw new DomainException(field, ErrorCode.FIELD_TOO_SHORT, label(field), DESCRIPTION_MIN);
        }
        rejectControlCharacters(field, text, true);
        return text;
    }

    private static String otherDocumentNumber(String raw) {
        String value = raw.strip().toUpperCase(Locale.ROOT);
        if (!DOCUMENT_NUMBER.matcher(value).matches()) {
            throw new DomainException("idNumber", ErrorCode.ID_DOCUMENT_NUMBER_INVALID);
        }
        return value;
    }

    private static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new DomainException(field, ErrorCode.FIELD_REQUIRED, label(field));
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        rejectControlCharacters(field, text, false);
        if (text.codePointCount(0, text.length()) > max) {
            throw new DomainException(field, ErrorCode.FIELD_TOO_LONG, label(field), max);
        }
        return text;
    }

    /** One of an enum's names, as typed (any case); a missing or unknown value is the field's fault. */
    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        String text = required(field, value, 64);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(field, ErrorCode.FIELD_NOT_ALLOWED, label(field), text);
        }
    }

    private static void rejectControlCharacters(String field, String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedBreak = multiline && (c == '\n' || c == '\r' || c == '\t');
            if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') && !allowedBreak) {
                throw new DomainException(field, ErrorCode.CONTROL_CHARACTERS, label(field));
            }
        }
    }

    private static <T> T withField(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            throw new DomainException(field, e.code());
        }
    }

    public static String label(String field) {
        return Messages.format("field." + field);
    }
}
