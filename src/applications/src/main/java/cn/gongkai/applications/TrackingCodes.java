package cn.gongkai.applications;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Tracking numbers (printed on receipts, said on the phone) and query codes (the applicant's secret). Both use an
 * alphabet without look-alikes (no 0/O, 1/I/L); a query code carries 8 × log2(31) ≈ 39.6 bits, and lookups are
 * throttled, so guessing is hopeless.
 */
final class TrackingCodes {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(PersonalDataCipher::randomSource);

    String trackingNumber(LocalDate today) {
        return "GK" + DAY.format(today) + randomChars(8);
    }

    String queryCode() {
        return randomChars(8);
    }

    private String randomChars(int n) {
        SecureRandom source = random.get();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = ALPHABET[source.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
