package cn.gongkai.applications;

import cn.gongkai.domain.identity.Masking;
import cn.gongkai.domain.submission.ValidSubmission;

/** The personal part of a submission, stored only encrypted. */
record PersonalData(String name, String idType, String idNumber, String legalRepresentative, String contactPerson,
                    String phone, String email, String address, String postcode, String queryCode) {

    static PersonalData of(ValidSubmission s, String queryCode) {
        return new PersonalData(s.name(), s.idType() == null ? null : s.idType().name(), s.idNumber(),
                s.legalRepresentative(), s.contactPerson(), s.phone(), s.email(), s.address(), s.postcode(), queryCode);
    }

    Views.Applicant view(String kind, String kindName, boolean whole) {
        if (whole) {
            return new Views.Applicant(kind, kindName, name, idType, idNumber, legalRepresentative, contactPerson, phone,
                    email, address, postcode, false);
        }
        return new Views.Applicant(kind, kindName, maskedName(kind), idType, Masking.keepEnds(idNumber, 4, 4),
                legalRepresentative == null ? null : Masking.name(legalRepresentative),
                contactPerson == null ? null : Masking.name(contactPerson), Masking.phone(phone),
                email == null ? null : Masking.keepEnds(email, 2, 0), address == null ? null : Masking.keepEnds(address, 6, 0),
                postcode, true);
    }

    /** People's names are masked; an organisation's name is public. */
    String maskedName(String kind) {
        return "NATURAL_PERSON".equals(kind) ? Masking.name(name) : name;
    }

    @Override
    public String toString() {
        return "PersonalData[masked]";
    }
}
