package cn.gongkai.domain.submission;

/**
 * An application as filled in (Art. 29), every field as typed, before any check. The same form serves citizens
 * online and staff registering a paper, post, in-person or fax application on the applicant's behalf.
 */
public record SubmissionForm(
        String agencyId,
        String applicantKind,
        String name,
        String idType,
        String idNumber,
        String creditCode,
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
        String deliveryForm,
        String deliveryMethod) {
}
