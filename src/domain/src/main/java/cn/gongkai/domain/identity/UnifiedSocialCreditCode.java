package cn.gongkai.domain.identity;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;

/**
 * An organisation's 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters without I, O, Z,
 * S and V, the last a MOD 31 check character. {@link #toString()} is masked.
 */
public final class UnifiedSocialCreditCode extends IdentityNumber {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode(String value) {
        super(value, 4, 4);
    }

    public static UnifiedSocialCreditCode parse(String raw) {
        String value = normalise(raw);
        if (value.length() != 18) {
            throw new DomainException(ErrorCode.CREDIT_CODE_FORMAT);
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                throw new DomainException(ErrorCode.CREDIT_CODE_FORMAT);
            }
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw new DomainException(ErrorCode.CREDIT_CODE_CHECK_CHARACTER);
        }
        return new UnifiedSocialCreditCode(value);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
