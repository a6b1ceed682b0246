package cn.gongkai.domain.submission;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.ApplicantKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionValidatorTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private static void rejected(SubmissionForm form, String field, ErrorCode code) {
        assertThatThrownBy(() -> SubmissionValidator.validate(form, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("{0}");
                });
    }

    private static SubmissionForm citizenWith(String idNumber, String phone, String email, String description) {
        SubmissionForm f = SubmissionFixture.citizen();
        return new SubmissionForm(f.agencyId(), f.applicantKind(), f.name(), f.idType(), idNumber, null, null, null, phone,
                email, f.address(), f.postcode(), description, f.documentTitle(), f.documentNumber(), null,
                f.deliveryForm(), f.deliveryMethod());
    }

    @Test
    void acceptsACitizensAndACompanysApplication() {
        ValidSubmission citizen = SubmissionValidator.validate(SubmissionFixture.citizen(), TODAY);
        ValidSubmission company = SubmissionValidator.validate(SubmissionFixture.company(), TODAY);

        assertThat(citizen.applicantKind()).isEqualTo(ApplicantKind.NATURAL_PERSON);
        assertThat(citizen.applicantKey()).isEqualTo("RESIDENT_ID:11010519491231002X");
        assertThat(company.applicantKey()).isEqualTo("USCC:91350100M000100Y43");
        assertThat(company.deliveryMethod()).isEqualTo(DeliveryMethod.POST);
        assertThat(citizen.toString()).doesNotContain("11010519491231002X", "13812345678");
    }

    @Test
    void namesTheFieldAtFault() {
        rejected(citizenWith("110105194912310021", "13812345678", null, "某某文件全文"), "idNumber", ErrorCode.RESIDENT_ID_CHECK_DIGIT);
        rejected(citizenWith("11010519491231002X", "12345", null, "某某文件全文"), "phone", ErrorCode.PHONE_INVALID);
        rejected(citizenWith("11010519491231002X", "13812345678", "not-an-email", "某某文件全文"), "email", ErrorCode.EMAIL_INVALID);
        rejected(citizenWith("11010519491231002X", "13812345678", null, "某某文件全文"), "email", ErrorCode.EMAIL_REQUIRED_FOR_EMAIL);
        rejected(citizenWith("11010519491231002X", "13812345678", null, " "), "description", ErrorCode.FIELD_REQUIRED);
        rejected(citizenWith("11010519491231002X", "13812345678", null, "文件"), "description", ErrorCode.FIELD_TOO_SHORT);
        rejected(citizenWith("11010519491231002X", "13812345678", null, "文".repeat(2001)), "description", ErrorCode.FIELD_TOO_LONG);
        rejected(citizenWith("11010519491231002X", "138\u000012345678", null, "某某文件全文"), "phone", ErrorCode.CONTROL_CHARACTERS);
    }

    @Test
    void rejectsUnknownChoices() {
        SubmissionForm f = SubmissionFixture.company();
        rejected(new SubmissionForm(f.agencyId(), "GOVERNMENT", f.name(), null, null, f.creditCode(), null, null,
                f.phone(), null, f.address(), null, f.description(), null, null, null, "PAPER", "POST"),
                "applicantKind", ErrorCode.FIELD_NOT_ALLOWED);
        rejected(new SubmissionForm(f.agencyId(), f.applicantKind(), f.name(), null, null, "91350100M000100Y44", null,
                null, f.phone(), null, f.address(), null, f.description(), null, null, null, "PAPER", "POST"),
                "creditCode", ErrorCode.CREDIT_CODE_CHECK_CHARACTER);
        rejected(new SubmissionForm(f.agencyId(), f.applicantKind(), f.name(), null, null, f.creditCode(), null, null,
                f.phone(), null, null, null, f.description(), null, null, null, "PAPER", "POST"),
                "address", ErrorCode.ADDRESS_REQUIRED_FOR_POST);
    }
}
