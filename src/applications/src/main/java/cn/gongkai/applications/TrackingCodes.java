package cn.gongkai.applications;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

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

    /**
     * A time-ordered (version 7) UUID: the first 48 bits are the Unix time in milliseconds, the other 74 (besides
     * version and variant) come from this thread's generator ({@code UUID.randomUUID} shares one lock JVM-wide).
     * New applications' keys fall at the right edge of the primary-key indexes of the application tables, instead
     * of anywhere in them: fewer index pages touched and written per insert, which keeps mattering once the indexes
     * outgrow the database's memory. The key is internal (citizens see the tracking number); that it shows when an
     * application was created is no secret, the application says so itself.
     */
    String applicationId() {
        byte[] b = new byte[16];
        random.get().nextBytes(b);
        long millis = System.currentTimeMillis(); // the machine's time, not the office's clock: only the order matters
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (millis >>> (40 - 8 * i));
        }
        b[6] = (byte) ((b[6] & 0x0F) | 0x70);
        b[8] = (byte) ((b[8] & 0x3F) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(b);
        return new UUID(bits.getLong(), bits.getLong()).toString();
    }

    /**
     * n characters drawn uniformly: bytes below 248 (8 × 31) map to a character by their remainder, the few above
     * are skipped. The bytes come in one call to the generator (a DRBG call costs a hash, whatever its length).
     */
    private String randomChars(int n) {
        SecureRandom source = random.get();
        char[] out = new char[n];
        byte[] bytes = new byte[n + 8];
        int used = bytes.length;
        for (int i = 0; i < n; ) {
            if (used == bytes.length) {
                source.nextBytes(bytes);
                used = 0;
            }
            int b = bytes[used++] & 0xFF;
            if (b < ALPHABET.length * 8) {
                out[i++] = ALPHABET[b % ALPHABET.length];
            }
        }
        return new String(out);
    }
}
