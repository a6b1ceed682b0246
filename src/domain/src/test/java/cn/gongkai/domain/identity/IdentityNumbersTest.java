package cn.gongkai.domain.identity;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityNumbersTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private static ErrorCode residentIdError(String raw) {
        try {
            ResidentIdNumber.parse(raw, TODAY);
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    private static ErrorCode creditCodeError(String raw) {
        try {
            UnifiedSocialCreditCode.parse(raw);
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", " 440304199001011233 "})
    void acceptsResidentIdNumbersWithTheirCheckCharacter(String raw) {
        assertThat(ResidentIdNumber.parse(raw, TODAY).value()).isEqualTo(raw.strip().toUpperCase());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "110105194912310021, RESIDENT_ID_CHECK_DIGIT",
            "440304199001011234, RESIDENT_ID_CHECK_DIGIT",
            "11010519491231002, RESIDENT_ID_FORMAT",
            "11010519491231002XX, RESIDENT_ID_FORMAT",
            "1101051949123100AX, RESIDENT_ID_FORMAT",
            "110105194913310020, RESIDENT_ID_BIRTH_DATE",
            "110105189912310023, RESIDENT_ID_BIRTH_DATE",
            "110105203001010023, RESIDENT_ID_BIRTH_DATE",
    })
    void rejectsMalformedResidentIdNumbersWithAStableCode(String raw, ErrorCode expected) {
        assertThat(residentIdError(raw)).isEqualTo(expected);
    }

    @Test
    void rejectsAMissingResidentIdNumber() {
        assertThat(residentIdError(null)).isEqualTo(ErrorCode.RESIDENT_ID_FORMAT);
        assertThat(residentIdError("")).isEqualTo(ErrorCode.RESIDENT_ID_FORMAT);
    }

    @Test
    void theCheckCharacterCatchesEverySingleDigitTypo() {
        String valid = "440304199001011233";
        int caught = 0;
        int typos = 0;
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String typo = valid.substring(0, i) + d + valid.substring(i + 1);
                typos++;
                ErrorCode error = residentIdError(typo);
                if (error != null) {
                    caught++;
                }
            }
        }
        assertThat(caught).isEqualTo(typos);
    }

    @Test
    void aResidentIdNumberNeverPrintsWhole() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);

        assertThat(id.toString()).isEqualTo("110105********002X");
        assertThat(String.valueOf(id)).doesNotContain("19491231");
        assertThat(new DomainException(ErrorCode.RESIDENT_ID_CHECK_DIGIT).getMessage()).doesNotContain("1101");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91350100m000100y43"})
    void acceptsUnifiedSocialCreditCodesWithTheirCheckCharacter(String raw) {
        assertThat(UnifiedSocialCreditCode.parse(raw).value()).isEqualTo(raw.toUpperCase());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "91350100M000100Y44, CREDIT_CODE_CHECK_CHARACTER",
            "91110000600037341M, CREDIT_CODE_CHECK_CHARACTER",
            "91350100M000100Y4, CREDIT_CODE_FORMAT",
            "91350100I000100Y43, CREDIT_CODE_FORMAT",
            "91350100O000100Y43, CREDIT_CODE_FORMAT",
            "9135010Z0000100Y43, CREDIT_CODE_FORMAT",
            "91350100S000100Y43, CREDIT_CODE_FORMAT",
            "91350100V000100Y43, CREDIT_CODE_FORMAT",
            "91350100-000100Y43, CREDIT_CODE_FORMAT",
    })
    void rejectsMalformedCreditCodesWithAStableCode(String raw, ErrorCode expected) {
        assertThat(creditCodeError(raw)).isEqualTo(expected);
    }

    @Test
    void acceptsNumbersTypedInFullWidthAndRejectsOtherDigits() {
        assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２Ｘ", TODAY).value()).isEqualTo("11010519491231002X");
        assertThat(UnifiedSocialCreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３").value()).isEqualTo("91350100M000100Y43");
        assertThat(residentIdError("11010519491231002٣")).isEqualTo(ErrorCode.RESIDENT_ID_FORMAT);
    }

    @Test
    void aCreditCodeNeverPrintsWhole() {
        assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43").toString()).isEqualTo("9135**********0Y43");
    }

    @Test
    void masksNamesAndPhones() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.keepEnds("abc", 2, 2)).isEqualTo("***");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null)).isInstanceOf(DomainException.class);
    }
}
