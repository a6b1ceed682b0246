package cn.gongkai.domain.submission;

import cn.gongkai.domain.application.ApplicantKind;

/**
 * A submission that passed every check of Art. 29, normalised.
 *
 * @param idNumber    the identity document number (a checked 居民身份证 number, or the organisation's 统一社会信用代码)
 * @param applicantKey a stable key for "the same applicant" (document type and number), for fee counting (109号)
 *                    and for spotting repeated requests (Art. 44); never shown
 */
public record ValidSubmission(
        String agencyId,
        ApplicantKind applicantKind,
        String name,
        IdDocumentType idType,
        String idNumber,
        String legalRepresentative,
        String contactPerson,
        String phone,
        String email,
        String address,
        String postcode,
        String description,
        String documentTitle,
        String documentNumber,
        String purpose,
        DeliveryForm deliveryForm,
        DeliveryMethod deliveryMethod) {

    public String applicantKey() {
        return (applicantKind.isOrganisation() ? "USCC" : idType.name()) + ":" + idNumber;
    }

    @Override
    public String toString() {
        return "ValidSubmission[agency=" + agencyId + ", kind=" + applicantKind + "]";
    }
}
