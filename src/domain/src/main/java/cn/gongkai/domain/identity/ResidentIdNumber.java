package cn.gongkai.domain.identity;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A 居民身份证 number (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence and an ISO 7064
 * MOD 11-2 check character. {@link #toString()} is masked so that the number never reaches a log by accident.
 */
public final class ResidentIdNumber extends IdentityNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber(String value) {
        super(value, 6, 4);
    }

    /** Validates a number as typed (spaces trimmed, a lower-case x accepted) against {@code today} for the birth date. */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        String value = normalise(raw);
        if (value.length() != 18 || !digits(value, 0, 17) || !(digits(value, 17, 18) || value.charAt(17) == 'X')) {
            throw new DomainException(ErrorCode.RESIDENT_ID_FORMAT);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new DomainException(ErrorCode.RESIDENT_ID_BIRTH_DATE);
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new DomainException(ErrorCode.RESIDENT_ID_BIRTH_DATE);
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw new DomainException(ErrorCode.RESIDENT_ID_CHECK_DIGIT);
        }
        return new ResidentIdNumber(value);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
